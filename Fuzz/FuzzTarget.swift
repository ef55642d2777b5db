// libFuzzer entry point for the input loaders (see Fuzz/README.md for the build command).
// Compiled into the same module as the PlanCheckKit sources it needs, so internal API is reachable.
import Foundation

@_cdecl("LLVMFuzzerTestOneInput")
public func plancheckFuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzHarness.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

/// Every input goes through all the readers that could meet such bytes in real use.
enum FuzzHarness {
    static let limits: InputLimits = {
        var l = InputLimits()
        // Smaller bounds than in production keep each run fast; the code paths are the same.
        l.maxEntryBytes = 4 * 1_048_576
        l.maxTotalInflatedBytes = 8 * 1_048_576
        l.maxLines = 50_000
        l.maxLineCharacters = 2_000
        return l
    }()

    static func run(_ bytes: [UInt8]) {
        // Text plan: decoding, legacy detection, line splitting and capping, then the clean-up.
        if let loaded = try? DocumentLoader.loadText(bytes: bytes, path: "fuzz.txt", limits: limits) {
            _ = Cleanup.blocks(loaded.document)
        }
        // .docx: ZIP, inflate, XML, numbering, tables, then the clean-up of the resulting lines.
        if bytes.starts(with: [0x50, 0x4B]) || bytes.starts(with: DocxReader.oleMagic) {
            if let loaded = try? DocumentLoader.loadDocx(bytes: bytes, path: "fuzz.docx", limits: limits) {
                _ = Cleanup.blocks(loaded.document)
            }
        }
        // Raw DEFLATE streams.
        _ = try? Inflate.inflate(bytes, maxOutput: 1 << 20)
        // The XML parts on their own (a document.xml or numbering.xml as the whole input).
        if bytes.first == UInt8(ascii: "<") {
            let numbering = (try? DocxNumbering.parse(bytes)) ?? DocxNumbering()
            let styles = (try? DocxStyles.parse(bytes)) ?? DocxStyles()
            if let lines = try? DocxBody.lines(bytes, numbering: numbering, styles: styles, maxLines: limits.maxLines) {
                _ = Cleanup.blocks(SourceDocument(path: "fuzz.xml", lines: lines))
            }
        }
        // pdftotext output post-processing, table reconstruction included.
        if bytes.count < 65_536 { _ = PDFTables.tabulate(PDFText.layoutLines(String(decoding: bytes, as: UTF8.self))) }
    }
}
