/// The reform areas of a CCHC plan: the six of Nghị quyết 76/NQ-CP plus chỉ đạo điều hành.
/// Raw values are the stable ids used in JSON, rules and catalogues.
public enum ReformArea: String, Codable, CaseIterable, Sendable, Comparable {
    case theChe = "the-che"
    case tthc = "tthc"
    case boMay = "bo-may"
    case congVu = "cong-vu"
    case taiChinh = "tai-chinh"
    case so = "so"
    case chiDao = "chi-dao"

    /// Vietnamese display name.
    public var nameVI: String {
        switch self {
        case .theChe: return "Cải cách thể chế"
        case .tthc: return "Cải cách thủ tục hành chính"
        case .boMay: return "Cải cách tổ chức bộ máy"
        case .congVu: return "Cải cách chế độ công vụ"
        case .taiChinh: return "Cải cách tài chính công"
        case .so: return "Chính quyền điện tử, chính quyền số"
        case .chiDao: return "Chỉ đạo điều hành"
        }
    }

    /// English display name.
    public var nameEN: String {
        switch self {
        case .theChe: return "Institutional reform"
        case .tthc: return "Administrative procedure reform"
        case .boMay: return "Organisational reform"
        case .congVu: return "Civil service reform"
        case .taiChinh: return "Public finance reform"
        case .so: return "E-government and digital government"
        case .chiDao: return "Direction and management"
        }
    }

    public func name(_ lang: Language) -> String { lang == .vi ? nameVI : nameEN }

    /// The six substantive areas of Nghị quyết 76/NQ-CP (without chỉ đạo điều hành).
    public static let sixAreas: [ReformArea] = [.theChe, .tthc, .boMay, .congVu, .taiChinh, .so]

    public static func < (a: ReformArea, b: ReformArea) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// Output language of messages and reports.
public enum Language: String, Codable, Sendable, CaseIterable {
    case vi, en
}
