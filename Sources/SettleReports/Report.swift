import SettleKernel

/// A report as data: named sections of fields or tables, rendered as text, JSON or CSV by the
/// renderers next to this file. Builders (day, member, explain, liability, verify) only decide
/// what goes in; how a cell looks is decided once, per format.
public struct Report: Equatable, Sendable {
    /// The report's name in JSON (`"report": "day"`).
    public var kind: String
    /// The first line of the text form.
    public var title: String
    public var sections: [Section]

    public init(kind: String, title: String, sections: [Section] = []) {
        self.kind = kind; self.title = title; self.sections = sections
    }
}

public struct Section: Equatable, Sendable {
    public enum Content: Equatable, Sendable {
        case fields([Field])
        case table([Column], [[Cell]])
        /// Reports inside a report (the days of a run).
        case reports([Report])
    }
    /// snake_case: the JSON key and the CSV block name.
    public var key: String
    public var title: String
    public var content: Content
    /// Shown under the section in text only.
    public var notes: [String]

    public init(key: String, title: String, _ content: Content, notes: [String] = []) {
        self.key = key; self.title = title; self.content = content; self.notes = notes
    }
}

public struct Field: Equatable, Sendable {
    public var key: String
    public var label: String
    public var value: Cell
    public init(_ key: String, _ label: String, _ value: Cell) { self.key = key; self.label = label; self.value = value }
}

public struct Column: Equatable, Sendable {
    public var key: String
    public var label: String
    public init(_ key: String, _ label: String? = nil) { self.key = key; self.label = label ?? key.replacingUnderscores() }
}

/// One value. Amounts stay integer fen until a renderer formats them.
public enum Cell: Equatable, Sendable {
    case text(String)
    case count(Int64)
    /// Yuan (or points, one point per yuan) held as integer fen.
    case fen(Int64)
    /// An exact decimal already written out (rates, ratios).
    case decimal(String)
    /// An exact amount in parts per billion of a fen (`explain`): every digit, at least two decimals.
    case exact(Int128)
    case day(Day)
    case flag(Bool)
    /// No value: "—" in text, null in JSON, empty in CSV.
    case none

    public static func count(_ value: Int) -> Cell { .count(Int64(value)) }
}

extension String {
    func replacingUnderscores() -> String { String(map { $0 == "_" ? " " : $0 }) }
}

/// Exact ratios written as decimals, truncated toward zero (never through floating point).
public enum Ratio {
    /// `numerator / denominator` with `digits` decimals, or nil when the denominator is 0.
    public static func decimal(_ numerator: Int128, _ denominator: Int128, digits: Int) -> String? {
        guard denominator != 0 else { return nil }
        var scale: Int128 = 1
        for _ in 0..<digits { scale *= 10 }
        let negative = (numerator < 0) != (denominator < 0) && numerator != 0
        let scaled = abs(numerator) * scale / abs(denominator)
        return (negative ? "-" : "") + Self.fixed(scaled, digits: digits)
    }

    /// `numerator / denominator` as a percentage with `digits` decimals: "1.25%".
    public static func percent(_ numerator: Int128, _ denominator: Int128, digits: Int = 2) -> String? {
        decimal(numerator * 100, denominator, digits: digits).map { $0 + "%" }
    }

    /// An exact amount in parts per billion of a fen, as yuan: all its digits, trailing zeros
    /// trimmed down to two decimals. `1_800_000_000_000` parts → "18.00"; 10.8 fen → "0.108".
    public static func yuan(parts: Int128) -> String {
        let digits = 2 + Rate.scaleDigits
        var text = (parts < 0 ? "-" : "") + fixed(abs(parts), digits: digits)
        while text.hasSuffix("0"), let dot = text.firstIndex(of: "."), text.distance(from: dot, to: text.endIndex) > 3 {
            text.removeLast()
        }
        return text
    }

    /// A non-negative integer with its last `digits` digits after the point.
    static func fixed(_ value: Int128, digits: Int) -> String {
        var text = String(value)
        if text.count <= digits { text = String(repeating: "0", count: digits - text.count + 1) + text }
        guard digits > 0 else { return text }
        text.insert(".", at: text.index(text.endIndex, offsetBy: -digits))
        return text
    }

    /// A rate as a percentage: 0.10 → "10%", 0.012 → "1.2%".
    public static func percent(_ rate: Rate) -> String {
        var text = fixed(Int128(rate.ppb), digits: Rate.scaleDigits - 2)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text + "%"
    }
}
