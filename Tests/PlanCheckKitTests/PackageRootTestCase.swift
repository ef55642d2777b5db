import Foundation
import XCTest
@testable import PlanCheckKit

/// A test case that runs the CLI from the package root, as a reviewer would after cloning, with a scratch
/// folder `tmp` for its outputs; the language and the current folder are restored afterwards.
class PackageRootTestCase: XCTestCase {
    var saved: Language = .vi
    var cwd = ""
    var tmp: URL!

    override func setUpWithError() throws {
        saved = L10n.current
        cwd = FileManager.default.currentDirectoryPath
        FileManager.default.changeCurrentDirectoryPath(AuditFixtures.packageRoot.path)
        tmp = try TestDirectory.make(String(describing: type(of: self)))
    }

    override func tearDown() {
        L10n.current = saved
        FileManager.default.changeCurrentDirectoryPath(cwd)
        try? FileManager.default.removeItem(at: tmp)
    }
}
