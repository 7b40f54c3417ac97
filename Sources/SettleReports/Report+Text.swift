import SettleKernel

extension Report {
    /// Aligned for a terminal: thousands separators, yuan with two decimals, numbers right-aligned.
    public func text() -> String {
        var out = title + "\n"
        for section in sections {
            switch section.content {
            case .reports(let reports):
                for report in reports { out += "\n" + report.text() }
            case .fields(let fields):
                out += "\n" + section.title + "\n"
                let width = fields.map { TextTable.width($0.label) }.max() ?? 0
                for field in fields {
                    out += "  " + field.label + String(repeating: " ", count: width - TextTable.width(field.label)) + "  " + field.value.text + "\n"
                }
            case .table(let columns, let rows):
                out += "\n" + section.title + "\n"
                let right = columns.indices.map { column in rows.allSatisfy { $0[column].isNumeric } }
                out += rows.isEmpty ? "  (none)\n"
                    : TextTable.render(header: columns.map(\.label), rows: rows.map { $0.map(\.text) }, indent: "  ", rightAligned: right)
            }
            for note in section.notes { out += "  " + note + "\n" }
        }
        return out
    }
}

extension Cell {
    /// Numbers are right-aligned in text tables.
    var isNumeric: Bool {
        switch self {
        case .count, .fen, .decimal, .exact, .none: return true
        default: return false
        }
    }

    var text: String {
        switch self {
        case .text(let value): return value
        case .count(let value): return Self.grouped(value)
        case .fen(let value): return Fen.formatGrouped(value)
        case .decimal(let value): return value
        case .exact(let parts):
            let plain = Ratio.yuan(parts: parts)
            let digits = plain.drop { $0 == "-" }
            let whole = digits.prefix { $0 != "." }
            return (plain.hasPrefix("-") ? "-" : "") + Fen.groupThousands(whole) + digits.dropFirst(whole.count)
        case .day(let value): return value.iso
        case .flag(let value): return value ? "yes" : "no"
        case .none: return "—"
        }
    }

    static func grouped(_ value: Int64) -> String {
        (value < 0 ? "-" : "") + Fen.groupThousands(String(value.magnitude))
    }
}

public enum TextTable {
    /// Columns separated by two spaces; left-aligned, or right-aligned where `rightAligned` says
    /// (default: all but the first). A CJK character counts as two columns.
    public static func render(header: [String], rows: [[String]], indent: String = "", rightAligned: [Bool]? = nil) -> String {
        let right = rightAligned ?? header.indices.map { $0 > 0 }
        let all = [header] + rows
        var widths = [Int](repeating: 0, count: header.count)
        for row in all { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], width(cell)) } }
        var text = ""
        for row in all {
            var line = indent
            for (index, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[index] - width(cell))
                line += (index == 0 ? "" : "  ") + (right[index] ? pad + cell : cell + pad)
            }
            while line.hasSuffix(" ") { line.removeLast() }
            text += line + "\n"
        }
        return text
    }

    /// Terminal columns: East Asian wide characters (CJK, Hangul, full-width forms) take two.
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { total, scalar in
            let value = scalar.value
            let wide = (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value)
                || (0xF900...0xFAFF).contains(value) || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
                || (0xFFE0...0xFFE6).contains(value)
            return total + (wide ? 2 : 1)
        }
    }
}
