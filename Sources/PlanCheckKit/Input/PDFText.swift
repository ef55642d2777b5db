import Foundation

/// PDF plans through `pdftotext -layout` (Debian package poppler-utils), turned into lines:
/// form feeds of page breaks dropped, trailing spaces cut and the common left margin of each page
/// removed, so that the hard-wrap clean-up sees the same kind of lines as in PDF-exported text.
enum PDFText {
    /// Where `pdftotext` is, searched on `PATH` (nil when poppler-utils is not installed).
    static func toolPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        let dirs = (environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":")
        for d in dirs {
            let p = String(d) + "/pdftotext"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    static func lines(path: String, limits: InputLimits, tool: String? = toolPath()) throws(InputError) -> [String] {
        // The magic check avoids running an external program on something that is not a PDF at all.
        guard let head = try? FileHandle(forReadingFrom: URL(fileURLWithPath: path)).read(upToCount: 1024),
              head.range(of: Data("%PDF-".utf8)) != nil else {
            throw InputError(file: path, .pdfNotPDF)
        }
        guard let tool else { throw InputError(file: path, .pdfToolMissing) }
        let output = try run(tool: tool, path: path, limits: limits)
        let text = String(decoding: output, as: UTF8.self)
        let result = PDFTables.tabulate(layoutLines(text))
        if result.allSatisfy({ $0.isEmpty }) { throw InputError(file: path, .pdfNoText) }
        return result
    }

    /// Runs pdftotext with a timeout and an output cap; maps its failures to messages.
    static func run(tool: String, path: String, limits: InputLimits) throws(InputError) -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        // `-enc UTF-8`: never a locale-dependent encoding. (No `-q`: its messages tell an encrypted file.)
        process.arguments = ["-layout", "-enc", "UTF-8", path, "-"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw InputError(file: path, .pdfFailed(detail: "\(error)"))
        }
        // stderr is drained on another thread so that a chatty pdftotext can never block on a full pipe.
        let errData = LockedData()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            errData.set(err.fileHandleForReading.readDataToEndOfFile())
            group.leave()
        }
        let timedOut = LockedFlag()
        let timer = DispatchWorkItem {
            if process.isRunning {
                timedOut.set()
                process.terminate()
            }
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + .seconds(limits.pdfTimeoutSeconds), execute: timer)
        var data = Data()
        // The text of a PDF is much smaller than the file; more than the file-size limit is not a plan.
        let cap = limits.maxFileBytes
        var overflow = false
        while true {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            if !overflow { data.append(chunk) }
            if data.count > cap && !overflow {
                overflow = true
                process.terminate()
            }
        }
        process.waitUntilExit()
        timer.cancel()
        group.wait()
        if timedOut.value { throw InputError(file: path, .pdfTimeout(seconds: limits.pdfTimeoutSeconds)) }
        if overflow { throw InputError(file: path, .tooLarge(size: data.count, limit: cap)) }
        if process.terminationStatus != 0 {
            let message = String(decoding: errData.value, as: UTF8.self)
            // pdftotext exits with 1 and "Incorrect password" for encrypted files, 3 for permission errors.
            if message.localizedCaseInsensitiveContains("password") || process.terminationStatus == 3 {
                throw InputError(file: path, .pdfEncrypted)
            }
            let lines = message.split(separator: "\n")
            let firstLine = (lines.first { $0.contains("Error") } ?? lines.first).map(String.init) ?? "exit status \(process.terminationStatus)"
            throw InputError(file: path, .pdfFailed(detail: firstLine))
        }
        return data
    }

    /// Layout text → lines, one per line of pdftotext's output (so line numbers match
    /// `pdftotext -layout FILE - | cat -n`): the form feed that starts each page dropped, the common
    /// left margin of each page removed, trailing spaces cut. Runs of spaces inside a line are kept
    /// (the clean-up collapses them).
    static func layoutLines(_ text: String) -> [String] {
        var lines: [Substring] = []
        var pageStarts: [Int] = [0]
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var l = raw
            if l.first == "\u{0C}" {
                pageStarts.append(lines.count)
                l = l.drop(while: { $0 == "\u{0C}" })
            }
            while let last = l.last, last == " " || last == "\r" || last == "\u{0C}" { l = l.dropLast() }
            lines.append(l)
        }
        pageStarts.append(lines.count)
        var result: [String] = []
        result.reserveCapacity(lines.count)
        for (a, b) in zip(pageStarts, pageStarts.dropFirst()) where a < b {
            let page = lines[a..<b]
            let margin = page.filter { !$0.isEmpty }.map { $0.prefix(while: { $0 == " " }).count }.min() ?? 0
            result.append(contentsOf: page.map { String($0.dropFirst(margin)) })
        }
        while result.last?.isEmpty == true { result.removeLast() }
        return result
    }
}

/// Tiny thread-safe boxes for the pdftotext reader threads.
final class LockedData: @unchecked Sendable {
    private let lock = NSLock()
    private var data = Data()
    func set(_ d: Data) { lock.lock(); data = d; lock.unlock() }
    var value: Data { lock.lock(); defer { lock.unlock() }; return data }
}

final class LockedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var flag = false
    func set() { lock.lock(); flag = true; lock.unlock() }
    var value: Bool { lock.lock(); defer { lock.unlock() }; return flag }
}
