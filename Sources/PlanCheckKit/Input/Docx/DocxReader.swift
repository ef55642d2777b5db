/// Reads the text of a .docx (stub while the reader is written).
enum DocxReader {
    static func lines(bytes: [UInt8], path: String, limits: InputLimits) throws(InputError) -> [String] {
        throw InputError(file: path, .docxUnsupported(detail: "not yet"))
    }
}
