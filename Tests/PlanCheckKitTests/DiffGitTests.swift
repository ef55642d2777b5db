import XCTest
@testable import PlanCheckKit

/// End-to-end tests in a temporary git repository: `plancheck diff --git` (in process) and the
/// canonical form as a git textconv driver (with the real binary, skipped when it is not built).
final class DiffGitTests: XCTestCase {
    var repo: URL!
    let planRel = "plans/thanh-dong.txt"

    override func setUpWithError() throws {
        guard try DiffTestSupport.extractorWorks() else { throw XCTSkip("extractors not functional yet") }
        guard (try? Self.git(["--version"], in: URL(fileURLWithPath: "/"))).map({ $0.status == 0 }) == true else {
            throw XCTSkip("git is not installed")
        }
        repo = try TestDirectory.make("diff")
        try Self.mustGit(["init", "-q"], in: repo)
        try Self.mustGit(["config", "user.name", "Plancheck Test"], in: repo)
        try Self.mustGit(["config", "user.email", "test@example.invalid"], in: repo)
        try Self.mustGit(["config", "commit.gpgsign", "false"], in: repo)
        let text = try DiffTestSupport.planText()
        try FileManager.default.createDirectory(at: repo.appendingPathComponent("plans"), withIntermediateDirectories: true)
        try write(DiffTestSupport.draft(text))
        try Self.mustGit(["add", "."], in: repo)
        try Self.mustGit(["commit", "-q", "-m", "dự thảo"], in: repo)
        try write(DiffTestSupport.revised(text))
        try Self.mustGit(["commit", "-q", "-am", "bản ký"], in: repo)
        // The working tree: the signed version, reformatted only.
        try write(DiffTestSupport.reformatted(DiffTestSupport.revised(text)))
    }

    override func tearDownWithError() throws {
        if let r = repo { try? FileManager.default.removeItem(at: r) }
        L10n.current = .vi
    }

    func write(_ text: String) throws {
        try Data(text.utf8).write(to: repo.appendingPathComponent(planRel))
    }

    // MARK: git helpers

    /// Runs git with a configuration isolated from the user's (no global or system config).
    @discardableResult
    static func git(_ args: [String], in dir: URL, extraEnv: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
        try runProcess("/usr/bin/env", ["git"] + args, in: dir, env: ["GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": "/dev/null"].merging(extraEnv) { $1 })
    }

    static func mustGit(_ args: [String], in dir: URL) throws {
        let r = try git(args, in: dir)
        if r.status != 0 { XCTFail("git \(args.joined(separator: " ")) failed: \(r.err)") }
    }

    static func runProcess(_ exe: String, _ args: [String], in dir: URL, env: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
        let tmp = try TestDirectory.make("diff")
        defer { try? FileManager.default.removeItem(at: tmp) }
        let o = tmp.appendingPathComponent("o"), e = tmp.appendingPathComponent("e")
        FileManager.default.createFile(atPath: o.path, contents: nil)
        FileManager.default.createFile(atPath: e.path, contents: nil)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = args
        p.currentDirectoryURL = dir
        p.environment = ProcessInfo.processInfo.environment.merging(env) { $1 }
        let oh = try FileHandle(forWritingTo: o), eh = try FileHandle(forWritingTo: e)
        p.standardOutput = oh
        p.standardError = eh
        try p.run()
        p.waitUntilExit()
        try? oh.close(); try? eh.close()
        return (p.terminationStatus, try String(contentsOf: o, encoding: .utf8), try String(contentsOf: e, encoding: .utf8))
    }

    // MARK: plancheck diff --git (in process)

    func testDiffBetweenTwoRevisions() throws {
        let r = try DiffTestSupport.run(["--git", "HEAD~1", "HEAD", "--repo", repo.path, "--format", "json", "--no-findings"])
        XCTAssertEqual(r.code, 0)
        let files = try XCTUnwrap(try DiffTestSupport.decodeJSON(r.output)["files"] as? [[String: Any]])
        XCTAssertEqual(files.map { $0["path"] as? String }, [planRel])
        XCTAssertEqual(files.first?["old"] as? String, "HEAD~1")
        XCTAssertEqual(files.first?["new"] as? String, "HEAD")
        let d = try JSONDecoder().decode(PlanDiff.self, from: JSONSerialization.data(withJSONObject: try XCTUnwrap(files.first?["diff"])))
        XCTAssertEqual(d.metadata.map(\.field), ["number", "date", "status"])
        XCTAssertEqual(d.targets.changed.map { [$0.old.value, $0.new.value] }, [[90, 85]])
        XCTAssertEqual(d.targets.removed.count, 1)
        XCTAssertEqual(d.tasks.changed.map(\.fields), [["lead"]])
        XCTAssertEqual(d.citations.changed.map(\.new.number), ["118/NĐ-CP"])
    }

    func testWorkingTreeReformattedOnlyIsNoChange() throws {
        let r = try DiffTestSupport.run(["--git", "HEAD", "--repo", repo.path, "--no-findings", "--lang", "vi"])
        XCTAssertEqual(r.code, 0)
        XCTAssertEqual(r.output, "\(planRel): HEAD → bản đang sửa\n  Không có thay đổi về nội dung.\n")
    }

    func testExplicitPathsFromASubdirectoryAndFindings() throws {
        let sub = repo.appendingPathComponent("plans")
        let r = try DiffTestSupport.run(["--git", "HEAD~1", "HEAD", "--repo", sub.path, "--", "thanh-dong.txt"])
        XCTAssertEqual(r.code, 0)
        XCTAssertTrue(r.output.hasPrefix("\(planRel): HEAD~1 → HEAD\n"), r.output)
        XCTAssertTrue(r.output.contains("Trạng thái: dự thảo → đã ký ban hành"), r.output)
        XCTAssertFalse(r.output.contains("bộ quy tắc không chạy"), "the rules ran on both versions")
        let j = try DiffTestSupport.run(["--git", "HEAD~1", "HEAD", "--repo", sub.path, "--format", "json", "thanh-dong.txt"])
        let diff = try XCTUnwrap((try DiffTestSupport.decodeJSON(j.output)["files"] as? [[String: Any]])?.first?["diff"] as? [String: Any])
        XCTAssertNotNil(diff["findings"] as? [String: Any])
    }

    func testAddedPlanAndUnknownPath() throws {
        try Data(try DiffTestSupport.planText().utf8).write(to: repo.appendingPathComponent("plans/moi.txt"))
        let r = try DiffTestSupport.run(["--git", "HEAD", "--repo", repo.path, "--no-findings", "--lang", "en", "--", "plans/moi.txt"])
        XCTAssertEqual(r.code, 0)
        XCTAssertTrue(r.output.hasPrefix("plans/moi.txt: HEAD (absent) → working tree\n"), r.output)
        XCTAssertTrue(r.output.contains("+ Nghị quyết 76/NQ-CP dated 2021-07-15 (lines 14, 52)"), r.output)
        XCTAssertTrue(r.output.contains("+ Luật Tổ chức chính quyền địa phương dated 2025-06-16 (line 13)"), r.output)
        XCTAssertEqual(try DiffTestSupport.run(["--git", "HEAD", "--repo", repo.path, "--", "plans/none.txt"]).code, 2)
    }

    func testErrorsOutsideARepositoryAndForAnUnknownRevision() throws {
        let outside = try TestDirectory.make("diff")
        defer { try? FileManager.default.removeItem(at: outside) }
        XCTAssertEqual(try DiffTestSupport.run(["--git", "HEAD", "--repo", outside.path]).code, 2)
        XCTAssertEqual(try DiffTestSupport.run(["--git", "no-such-rev", "--repo", repo.path]).code, 2)
        XCTAssertEqual(try DiffTestSupport.run(["--git", "HEAD", "no-such-rev", "--repo", repo.path]).code, 2)
    }

    // MARK: real binary: diff --git and the textconv driver

    /// The built `plancheck` next to the test bundle (same build folder), or `PLANCHECK_BIN`.
    static func binary() -> String? {
        var candidates: [String] = []
        if let b = ProcessInfo.processInfo.environment["PLANCHECK_BIN"] { candidates.append(b) }
        if let exe = Bundle.main.executableURL { candidates.append(exe.deletingLastPathComponent().appendingPathComponent("plancheck").path) }
        for b in Bundle.allBundles { candidates.append(b.bundleURL.deletingLastPathComponent().appendingPathComponent("plancheck").path) }
        candidates.append(DiffTestSupport.root.appendingPathComponent(".build/debug/plancheck").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    func testTextconvDriverAndBinaryEndToEnd() throws {
        guard let bin = Self.binary() else {
            throw XCTSkip("plancheck binary not found next to the test bundle; run `swift build` first or set PLANCHECK_BIN")
        }
        guard try Self.runProcess(bin, ["diff", "--help"], in: repo).status == 0 else {
            throw XCTSkip("\(bin) has no diff command (stale build)")
        }
        try Data("*.txt diff=plancheck\n".utf8).write(to: repo.appendingPathComponent(".gitattributes"))
        let textconv = "'\(bin)' diff --canonical --rules '\(DiffTestSupport.rules)'"
        let r = try Self.git(["-c", "diff.plancheck.textconv=\(textconv)", "diff", "HEAD~1", "HEAD"], in: repo,
                             extraEnv: ["PLANCHECK_LANG": "vi"])
        XCTAssertEqual(r.status, 0, r.err)
        let changed = r.out.split(separator: "\n").filter { ($0.hasPrefix("+") || $0.hasPrefix("-")) && !$0.hasPrefix("+++") && !$0.hasPrefix("---") }
        XCTAssertTrue(changed.contains { $0.hasPrefix("-thông tin | trạng thái: dự thảo") }, r.out)
        XCTAssertTrue(changed.contains { $0.hasPrefix("+thông tin | trạng thái: đã ký") }, r.out)
        XCTAssertTrue(changed.contains { $0.hasPrefix("-chỉ tiêu | sat.") && $0.contains(">= 90%") }, r.out)
        XCTAssertTrue(changed.contains { $0.hasPrefix("+chỉ tiêu | sat.") && $0.contains(">= 85%") }, r.out)
        XCTAssertTrue(changed.contains { $0.hasPrefix("+văn bản | 118/NĐ-CP") && $0.contains("2025-06-19") }, r.out)
        XCTAssertFalse(r.out.contains("@L"), "textconv output carries no line numbers, so moves do not show")
        // Line numbers moved by two in the revised version, yet no unchanged fact shows up as changed.
        XCTAssertLessThanOrEqual(changed.count, 14, r.out)

        // The working tree is only reformatted: the textconv diff is empty.
        let wt = try Self.git(["-c", "diff.plancheck.textconv=\(textconv)", "diff", "HEAD"], in: repo)
        XCTAssertEqual(wt.out, "", wt.out)

        let d = try Self.runProcess(bin, ["diff", "--git", "HEAD~1", "HEAD", "--rules", DiffTestSupport.rules, "--lang", "vi"], in: repo)
        XCTAssertEqual(d.status, 0, d.err)
        XCTAssertTrue(d.out.contains("tối thiểu 90% → tối thiểu 85%"), d.out)

        let outside = try TestDirectory.make("diff")
        defer { try? FileManager.default.removeItem(at: outside) }
        let o = try Self.runProcess(bin, ["diff", "--git", "HEAD", "--rules", DiffTestSupport.rules, "--lang", "vi"], in: outside)
        XCTAssertEqual(o.status, 2)
        XCTAssertTrue(o.err.contains("không nằm trong một kho git"), o.err)
    }

    func testPreCommitHookChecksTheStagedPlans() throws {
        guard let bin = Self.binary() else {
            throw XCTSkip("plancheck binary not found next to the test bundle; run `swift build` first or set PLANCHECK_BIN")
        }
        let hook = DiffTestSupport.root.appendingPathComponent("scripts/pre-commit").path
        let env = ["PLANCHECK": bin, "PLANCHECK_RULES": DiffTestSupport.rules, "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": "/dev/null"]
        try Data("plans/*.txt diff=plancheck\n".utf8).write(to: repo.appendingPathComponent(".gitattributes"))
        try Data("ghi chú\n".utf8).write(to: repo.appendingPathComponent("notes.txt"))
        try Self.mustGit(["add", ".gitattributes", "notes.txt"], in: repo)
        // Nothing staged is a plan: the hook passes without running plancheck.
        let none = try Self.runProcess("/usr/bin/env", ["bash", hook], in: repo, env: env)
        XCTAssertEqual(none.status, 0, none.err)

        // The plan staged as in the work tree: the hook agrees with plancheck check on the file.
        try Self.mustGit(["add", planRel], in: repo)
        let direct = try Self.runProcess(bin, ["check", "--fail-on", "error", "--rules", DiffTestSupport.rules, planRel], in: repo)
        let staged = try Self.runProcess("/usr/bin/env", ["bash", hook], in: repo, env: env)
        XCTAssertEqual(staged.status, direct.status, staged.err)
        XCTAssertTrue([0, 1].contains(staged.status), staged.err)

        // Partially staged: the staged content is checked, from a temporary copy.
        try Data("\n\nthêm một dòng chưa stage\n".utf8).write(to: repo.appendingPathComponent(planRel), options: [])
        let partial = try Self.runProcess("/usr/bin/env", ["bash", hook], in: repo, env: env)
        XCTAssertTrue(partial.err.contains("checking the staged version"), partial.err)
        XCTAssertEqual(partial.status, direct.status, partial.err)
    }
}
