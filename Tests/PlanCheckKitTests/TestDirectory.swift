import Foundation

/// A fresh, empty folder under the system's temporary directory for one test (`plancheck-<name>-<uuid>`);
/// the test removes it when done.
enum TestDirectory {
    static func make(_ name: String) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("plancheck-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}
