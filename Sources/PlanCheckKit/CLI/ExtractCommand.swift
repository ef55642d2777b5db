import Foundation

/// `plancheck extract [--format json|text] [--rules DIR] FILE...`
enum ExtractCommand {
    static func run(_ args: [String]) -> Int32 {
        0
    }
}
