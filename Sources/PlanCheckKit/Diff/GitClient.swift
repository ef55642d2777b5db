import Foundation

/// A failure of the `diff` command that ends it with exit code 2 and a message naming the cause.
struct DiffFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// Runs `git` as a child process (no shell) in one directory and returns what it printed.
/// Output goes to temporary files rather than pipes, so a large blob cannot deadlock the child.
struct GitClient {
    /// The directory git runs in (`--repo`, or the current directory).
    var directory: URL

    struct Output {
        var status: Int32
        var stdout: Data
        var stderr: String
    }

    func run(_ args: [String]) throws -> Output {
        let fm = FileManager.default
        let tmp = fm.temporaryDirectory.appendingPathComponent("plancheck-git-\(UUID().uuidString)")
        try? fm.createDirectory(at: tmp, withIntermediateDirectories: true)
        defer { try? fm.removeItem(at: tmp) }
        let outURL = tmp.appendingPathComponent("out"), errURL = tmp.appendingPathComponent("err")
        _ = fm.createFile(atPath: outURL.path, contents: nil)
        _ = fm.createFile(atPath: errURL.path, contents: nil)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["git"] + args
        p.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["GIT_PAGER"] = "cat"
        env["LC_ALL"] = "C"
        p.environment = env
        do {
            let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
            defer { try? out.close(); try? err.close() }
            p.standardOutput = out
            p.standardError = err
            p.standardInput = FileHandle.nullDevice
            try p.run()
            p.waitUntilExit()
        } catch {
            throw DiffFailure(message: DiffText().gitMissing)
        }
        let stdout = (try? Data(contentsOf: outURL)) ?? Data()
        let stderr = String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self)
        // `env` exits 127 when git itself is not installed.
        if p.terminationStatus == 127 && stdout.isEmpty && stderr.contains("git") && stderr.contains("No such file") {
            throw DiffFailure(message: DiffText().gitMissing)
        }
        return Output(status: p.terminationStatus, stdout: stdout, stderr: stderr)
    }

    /// The top directory of the work tree; fails clearly outside a repository.
    func topLevel() throws -> URL {
        let o = try run(["rev-parse", "--show-toplevel"])
        guard o.status == 0 else { throw DiffFailure(message: DiffText().notARepository) }
        let path = String(decoding: o.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return URL(fileURLWithPath: path, isDirectory: true)
    }

    /// Whether `rev` names a commit.
    func isCommit(_ rev: String) throws -> Bool {
        guard !rev.hasPrefix("-") else { return false }
        return try run(["rev-parse", "--verify", "--quiet", "--end-of-options", rev + "^{commit}"]).status == 0
    }

    /// The content of `path` (relative to the top directory) at `rev`, or nil when it does not exist there.
    func show(_ rev: String, _ path: String) throws -> Data? {
        // --no-textconv: a configured plancheck textconv driver must not turn the plan into its canonical form.
        let o = try run(["show", "--no-textconv", "\(rev):\(path)"])
        guard o.status == 0 else {
            if o.stderr.contains("does not exist") || o.stderr.contains("exists on disk, but not in") { return nil }
            throw DiffFailure(message: DiffText().gitFailed(o.stderr.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        return o.stdout
    }

    /// Paths (relative to the top directory) of plan files changed between `rev` and `rev2`
    /// (or the working tree), limited to `pathspecs` when given. Plan files are those whose git attribute
    /// `diff` is `plancheck` (the textconv setup); in a repository without that attribute, every `.txt` file.
    func changedPlans(_ rev: String, _ rev2: String?, pathspecs: [String]) throws -> [String] {
        var args = ["diff", "--name-only", "--no-renames", "-z", rev]
        if let r = rev2 { args.append(r) }
        args.append("--")
        args += pathspecs.isEmpty ? ["."] : pathspecs
        let o = try run(args)
        guard o.status == 0 else { throw DiffFailure(message: DiffText().gitFailed(o.stderr.trimmingCharacters(in: .whitespacesAndNewlines))) }
        let changed = String(decoding: o.stdout, as: UTF8.self).split(separator: "\0").map(String.init).sorted()
        if try attributeConfigured() {
            let marked = try planAttribute(changed)
            return changed.filter { marked.contains($0) }
        }
        return changed.filter { $0.lowercased().hasSuffix(".txt") }
    }

    /// Whether any attributes file of the repository mentions `diff=plancheck`.
    func attributeConfigured() throws -> Bool {
        let o = try run(["ls-files", "-z", "--", ".gitattributes", "*/.gitattributes"])
        var files = String(decoding: o.stdout, as: UTF8.self).split(separator: "\0").map { directory.appendingPathComponent(String($0)).path }
        let info = try run(["rev-parse", "--git-path", "info/attributes"])
        let infoPath = String(decoding: info.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if !infoPath.isEmpty { files.append(infoPath.hasPrefix("/") ? infoPath : directory.appendingPathComponent(infoPath).path) }
        return files.contains { (try? String(contentsOfFile: $0, encoding: .utf8))?.contains("diff=plancheck") ?? false }
    }

    /// The subset of `paths` whose `diff` attribute is `plancheck`.
    func planAttribute(_ paths: [String]) throws -> Set<String> {
        guard !paths.isEmpty else { return [] }
        let o = try run(["check-attr", "-z", "diff", "--"] + paths)
        // Output: path NUL attribute NUL value NUL, repeated.
        let f = String(decoding: o.stdout, as: UTF8.self).split(separator: "\0", omittingEmptySubsequences: false).map(String.init)
        var out = Set<String>()
        var i = 0
        while i + 2 < f.count {
            if f[i + 2] == "plancheck" { out.insert(f[i]) }
            i += 3
        }
        return out
    }
}
