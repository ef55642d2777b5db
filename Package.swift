// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "plancheck",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "PlanCheckKit", targets: ["PlanCheckKit"]),
        .executable(name: "plancheck", targets: ["plancheck"]),
    ],
    targets: [
        .target(name: "PlanCheckKit", path: "Sources/PlanCheckKit"),
        .executableTarget(name: "plancheck", dependencies: ["PlanCheckKit"], path: "Sources/plancheck"),
        .executableTarget(name: "plancheck-bench", dependencies: ["PlanCheckKit"], path: "Sources/Benchmark"),
        .testTarget(
            name: "PlanCheckKitTests",
            dependencies: ["PlanCheckKit"],
            path: "Tests/PlanCheckKitTests",
            // Golden files are read from the source tree (#filePath), not bundled.
            exclude: ["Golden"]
        ),
    ]
)
