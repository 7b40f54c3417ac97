import SettleKernel

extension Report {
    /// Stable JSON: keys in the order the builder wrote them, amounts as strings of yuan with
    /// two decimals ("1234.50"), counts as numbers, exact decimals as strings, no value as null.
    /// Each section is a key: fields become an object, a table an array of row objects.
    public func json() -> String {
        var writer = JSONWriter()
        writer.report(self, indent: 0)
        return writer.out + "\n"
    }
}

struct JSONWriter {
    var out = ""

    mutating func report(_ report: Report, indent: Int) {
        var members: [(String, (inout JSONWriter, Int) -> Void)] = [("report", { w, _ in w.string(report.kind) })]
        for section in report.sections {
            members.append((section.key, { w, level in
                switch section.content {
                case .fields(let fields):
                    w.object(fields.map { field in (field.key, { w, _ in w.cell(field.value) }) }, indent: level)
                case .table(let columns, let rows):
                    w.array(rows.map { row in { w, level in
                        w.object(zip(columns, row).map { column, cell in (column.key, { w, _ in w.cell(cell) }) }, indent: level, inline: true)
                    } }, indent: level)
                case .reports(let reports):
                    w.array(reports.map { nested in { w, level in w.report(nested, indent: level) } }, indent: level)
                }
            }))
        }
        object(members, indent: indent)
    }

    mutating func object(_ members: [(String, (inout JSONWriter, Int) -> Void)], indent: Int, inline: Bool = false) {
        guard !members.isEmpty else { out += "{}"; return }
        let pad = inline ? "" : "\n" + String(repeating: "  ", count: indent + 1)
        out += "{"
        for (index, member) in members.enumerated() {
            out += (index > 0 ? "," : "") + (inline && index > 0 ? " " : "") + pad
            string(member.0)
            out += ": "
            member.1(&self, indent + 1)
        }
        out += inline ? "}" : "\n" + String(repeating: "  ", count: indent) + "}"
    }

    mutating func array(_ items: [(inout JSONWriter, Int) -> Void], indent: Int) {
        guard !items.isEmpty else { out += "[]"; return }
        out += "["
        for (index, item) in items.enumerated() {
            out += (index > 0 ? "," : "") + "\n" + String(repeating: "  ", count: indent + 1)
            item(&self, indent + 1)
        }
        out += "\n" + String(repeating: "  ", count: indent) + "]"
    }

    mutating func cell(_ cell: Cell) {
        switch cell {
        case .text(let value): string(value)
        case .count(let value): out += String(value)
        case .fen(let value): string(Fen.format(value))
        case .decimal(let value): string(value)
        case .exact(let parts): string(Ratio.yuan(parts: parts))
        case .day(let value): string(value.iso)
        case .flag(let value): out += value ? "true" : "false"
        case .none: out += "null"
        }
    }

    mutating func string(_ value: String) {
        out += "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
