/// Everything that can be wrong with an input file, with its message in Vietnamese and English.
/// The messages say what is wrong and what the user can do about it.
public enum InputMessage: Sendable, Equatable {
    case notFound
    case isDirectory
    case notRegularFile
    case symlinkLoop
    case unreadable(detail: String)
    case tooLarge(size: Int, limit: Int)
    case empty
    case binary(looksLike: String?)
    case unsupportedExtension(String)
    case invalidUTF8
    case utf16WithoutBOM
    case invalidUTF16
    case legacyEncoding(LegacyEncoding)
    case legacyFontText(LegacyEncoding)
    case tooManyLines(limit: Int)
    case docxNotZip
    case docxCorrupt(detail: String)
    case docxEncrypted
    case docxOldWordFormat
    case docxUnsupported(detail: String)
    case docxTooLarge(entry: String, limit: Int)
    case docxDoctype(entry: String)
    case docxMissingPart(String)
    case docxXML(entry: String, detail: String)
    case docxNoText
    case pdfToolMissing
    case pdfNotPDF
    case pdfEncrypted
    case pdfFailed(detail: String)
    case pdfTimeout(seconds: Int)
    case pdfNoText

    /// The message in `lang` (by default the language the tool runs in).
    public func text(_ lang: Language = L10n.current) -> String {
        lang == .en ? english : vietnamese
    }

    static func megabytes(_ n: Int) -> String {
        let mb = Double(n) / 1_048_576
        return mb >= 10 ? String(Int(mb.rounded())) : String(Double(Int(mb * 10)) / 10)
    }

    private var vietnamese: String {
        switch self {
        case .notFound: return "không tìm thấy tệp"
        case .isDirectory: return "đây là thư mục, không phải tệp kế hoạch (hãy chỉ đến tệp .txt, .md, .docx hoặc .pdf)"
        case .notRegularFile: return "không phải tệp thông thường (thiết bị, FIFO hoặc socket); không đọc"
        case .symlinkLoop: return "liên kết tượng trưng lặp vòng (symlink trỏ vòng về chính nó); không đọc được"
        case let .unreadable(detail): return "không có quyền đọc tệp (\(detail)); hãy cấp quyền đọc, ví dụ: chmod a+r"
        case let .tooLarge(size, limit):
            return "tệp quá lớn (\(Self.megabytes(size)) MB, giới hạn \(Self.megabytes(limit)) MB); một kế hoạch thường chỉ vài trăm KB, hãy kiểm tra lại tệp"
        case .empty: return "tệp rỗng (không có nội dung)"
        case let .binary(kind):
            let k = kind.map { " (có vẻ là \($0))" } ?? ""
            return "tệp nhị phân, không phải văn bản\(k); chỉ đọc được .txt/.md (UTF-8), .docx và .pdf"
        case let .unsupportedExtension(ext):
            return "định dạng '\(ext)' không được hỗ trợ; chỉ đọc được \(DocumentLoader.supportedExtensions.map { "." + $0 }.joined(separator: ", "))"
                + (ext.lowercased() == ".doc" ? " (hãy mở bằng Word và lưu lại dưới dạng .docx)" : "")
        case .invalidUTF8:
            return "tệp không phải văn bản UTF-8 hợp lệ (byte lỗi ở dòng này); hãy lưu lại tệp với bảng mã Unicode (UTF-8)"
        case .invalidUTF16: return "tệp UTF-16 bị hỏng (cặp ký tự thay thế không hợp lệ ở dòng này); hãy lưu lại tệp dưới dạng UTF-8"
        case .utf16WithoutBOM:
            return "tệp có vẻ là UTF-16 nhưng thiếu dấu BOM; hãy lưu lại dưới dạng UTF-8 (hoặc 'Unicode Text' của Word, có BOM)"
        case let .legacyEncoding(enc):
            return "tệp dùng bảng mã cũ \(enc.displayName), không phải Unicode (TCVN 6909:2001); không đọc để tránh sai chữ. "
                + "Hãy chuyển sang Unicode rồi chạy lại: \(enc.conversionHintVI)"
        case let .legacyFontText(enc):
            return "văn bản được gõ bằng phông chữ của bảng mã cũ \(enc.displayName) (chữ hiện sai kiểu 'Céng hoµ x· héi'), không phải Unicode; "
                + "không đọc để tránh sai chữ. Hãy chuyển sang Unicode: mở tệp, chọn toàn bộ, sao chép, dùng Unikey Toolkit (Ctrl+Shift+F6) "
                + "chuyển mã clipboard từ \(enc.displayName) sang Unicode, dán lại và lưu"
        case let .tooManyLines(limit): return "tệp có quá nhiều dòng (giới hạn \(limit) dòng); không phải một kế hoạch"
        case .docxNotZip: return "tệp .docx hỏng: không phải tệp nén ZIP (có thể tệp bị cắt cụt hoặc đổi đuôi sai)"
        case let .docxCorrupt(detail): return "tệp .docx hỏng: \(detail); hãy mở bằng Word và lưu lại"
        case .docxEncrypted:
            return "tệp .docx được đặt mật khẩu (mã hóa); hãy mở bằng Word, gỡ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu) rồi lưu lại"
        case .docxOldWordFormat:
            return "tệp có đuôi .docx nhưng thực chất là định dạng Word 97-2003 (.doc); hãy mở bằng Word và lưu lại dưới dạng .docx"
        case let .docxUnsupported(detail): return "tệp .docx dùng tính năng không hỗ trợ: \(detail); hãy mở bằng Word và lưu lại"
        case let .docxTooLarge(entry, limit):
            return "tệp .docx có phần '\(entry)' giải nén vượt \(Self.megabytes(limit)) MB (nghi là 'bom nén'); không đọc"
        case let .docxDoctype(entry):
            return "phần '\(entry)' của tệp .docx có khai báo DOCTYPE/ENTITY, điều mà Word không bao giờ tạo ra (nghi là tấn công XXE); không đọc"
        case let .docxMissingPart(part): return "tệp .docx thiếu phần '\(part)' (không phải tài liệu Word hoặc đã hỏng)"
        case let .docxXML(entry, detail): return "tệp .docx hỏng: XML của phần '\(entry)' không hợp lệ (\(detail)); hãy mở bằng Word và lưu lại"
        case .docxNoText: return "tệp .docx không có chữ nào (tài liệu trống hoặc chỉ có hình ảnh)"
        case .pdfToolMissing:
            return "cần chương trình pdftotext để đọc PDF nhưng chưa được cài; hãy cài gói poppler-utils (apt-get install poppler-utils)"
        case .pdfNotPDF: return "tệp có đuôi .pdf nhưng không phải PDF (thiếu phần đầu %PDF-)"
        case .pdfEncrypted: return "tệp PDF được đặt mật khẩu; hãy gỡ mật khẩu hoặc dùng bản .docx của kế hoạch"
        case let .pdfFailed(detail): return "pdftotext không đọc được tệp PDF (\(detail)); tệp có thể bị hỏng"
        case let .pdfTimeout(seconds): return "pdftotext chạy quá \(seconds) giây và đã bị dừng; tệp PDF có thể bị hỏng"
        case .pdfNoText:
            return "tệp PDF không có lớp chữ (có lẽ là bản quét/ảnh chụp); cần nhận dạng ký tự (OCR) hoặc dùng bản .docx của kế hoạch"
        }
    }

    private var english: String {
        switch self {
        case .notFound: return "file not found"
        case .isDirectory: return "this is a directory, not a plan file (point to a .txt, .md, .docx or .pdf file)"
        case .notRegularFile: return "not a regular file (device, FIFO or socket); not read"
        case .symlinkLoop: return "symbolic link loop (the link points back to itself); cannot be read"
        case let .unreadable(detail): return "no permission to read the file (\(detail)); grant read access, e.g. chmod a+r"
        case let .tooLarge(size, limit):
            return "file too large (\(Self.megabytes(size)) MB, limit \(Self.megabytes(limit)) MB); a plan is usually a few hundred KB, check the file"
        case .empty: return "empty file (no content)"
        case let .binary(kind):
            let k = kind.map { " (looks like \($0))" } ?? ""
            return "binary file, not text\(k); only .txt/.md (UTF-8), .docx and .pdf can be read"
        case let .unsupportedExtension(ext):
            return "format '\(ext)' is not supported; supported: \(DocumentLoader.supportedExtensions.map { "." + $0 }.joined(separator: ", "))"
                + (ext.lowercased() == ".doc" ? " (open it in Word and save as .docx)" : "")
        case .invalidUTF8: return "file is not valid UTF-8 text (bad byte on this line); save the file as Unicode (UTF-8)"
        case .invalidUTF16: return "corrupt UTF-16 file (invalid surrogate on this line); save the file as UTF-8"
        case .utf16WithoutBOM: return "file looks like UTF-16 without a byte-order mark; save it as UTF-8 (or Word's 'Unicode Text', which has one)"
        case let .legacyEncoding(enc):
            return "file uses the legacy Vietnamese encoding \(enc.displayName), not Unicode (TCVN 6909:2001); not read, to avoid garbled text. "
                + "Convert it to Unicode and run again: \(enc.conversionHintEN)"
        case let .legacyFontText(enc):
            return "text is typed in a legacy \(enc.displayName) font (shows as 'Céng hoµ x· héi'), not Unicode; not read, to avoid garbled text. "
                + "Convert it: open the file, select all, copy, convert the clipboard from \(enc.displayName) to Unicode with Unikey Toolkit (Ctrl+Shift+F6), paste and save"
        case let .tooManyLines(limit): return "file has too many lines (limit \(limit)); not a plan"
        case .docxNotZip: return "corrupt .docx: not a ZIP archive (truncated, or wrongly renamed)"
        case let .docxCorrupt(detail): return "corrupt .docx: \(detail); open it in Word and save it again"
        case .docxEncrypted: return "the .docx is password-protected (encrypted); open it in Word, remove the password (File → Info → Protect Document) and save"
        case .docxOldWordFormat: return "the file is named .docx but is in the Word 97-2003 (.doc) format; open it in Word and save as .docx"
        case let .docxUnsupported(detail): return "the .docx uses an unsupported feature: \(detail); open it in Word and save it again"
        case let .docxTooLarge(entry, limit): return "part '\(entry)' of the .docx inflates to more than \(Self.megabytes(limit)) MB (suspected zip bomb); not read"
        case let .docxDoctype(entry):
            return "part '\(entry)' of the .docx declares a DOCTYPE/ENTITY, which Word never writes (suspected XXE attack); not read"
        case let .docxMissingPart(part): return "the .docx has no '\(part)' part (not a Word document, or damaged)"
        case let .docxXML(entry, detail): return "corrupt .docx: invalid XML in part '\(entry)' (\(detail)); open it in Word and save it again"
        case .docxNoText: return "the .docx contains no text (empty document or images only)"
        case .pdfToolMissing: return "reading PDF needs pdftotext, which is not installed; install the poppler-utils package (apt-get install poppler-utils)"
        case .pdfNotPDF: return "the file is named .pdf but is not a PDF (no %PDF- header)"
        case .pdfEncrypted: return "the PDF is password-protected; remove the password or use the .docx version of the plan"
        case let .pdfFailed(detail): return "pdftotext could not read the PDF (\(detail)); the file may be damaged"
        case let .pdfTimeout(seconds): return "pdftotext ran for more than \(seconds) seconds and was stopped; the PDF may be damaged"
        case .pdfNoText: return "the PDF has no text layer (probably a scan or photo); it needs OCR, or use the .docx version of the plan"
        }
    }
}
