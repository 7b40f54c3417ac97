import SettleKernel

extension Report {
    /// For a spreadsheet: one block per section (a row with the section's key, a header row,
    /// the rows), blocks separated by an empty row. Amounts are plain decimals ("1234.50"),
    /// text is quoted when it must be (RFC 4180), lines end with CRLF.
    public func csv() -> String {
        var rows: [[String]] = []
        append(to: &rows)
        return rows.map { $0.map(Self.quote).joined(separator: ",") + "\r\n" }.joined()
    }

    func append(to rows: inout [[String]]) {
        for section in sections {
            switch section.content {
            case .reports(let reports):
                for report in reports { report.append(to: &rows) }
                continue
            case .fields(let fields):
                rows.append([kind + "." + section.key])
                rows.append(["field", "value"])
                rows += fields.map { [$0.key, $0.value.csv] }
            case .table(let columns, let table):
                rows.append([kind + "." + section.key])
                rows.append(columns.map(\.key))
                rows += table.map { $0.map(\.csv) }
            }
            rows.append([])
        }
    }

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}

extension Cell {
    var csv: String {
        switch self {
        case .text(let value): return value
        case .count(let value): return String(value)
        case .fen(let value): return Fen.format(value)
        case .decimal(let value): return value
        case .exact(let parts): return Ratio.yuan(parts: parts)
        case .day(let value): return value.iso
        case .flag(let value): return value ? "true" : "false"
        case .none: return ""
        }
    }
}
