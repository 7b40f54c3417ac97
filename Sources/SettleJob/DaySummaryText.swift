import SettleRules

/// Plain-text rendering of settled days and rerun changes, aligned for a terminal.
public enum DaySummaryText {
    public static func render(_ outcome: Settler.Outcome) -> String {
        var text = ""
        for day in outcome.days {
            text += render(day, dryRun: outcome.dryRun)
        }
        return text
    }

    public static func render(_ day: Settler.DayOutcome, dryRun: Bool) -> String {
        let summary = day.summary
        let status = dryRun ? "dry run: nothing written" : day.runId.map { "run \($0)" } ?? ""
        var text = "\(day.day) · plan of \(day.planEffectiveFrom) · \(status)\n"
        let rows: [[String]] = Kind.allCases.map { kind in
            [kind.name, Fen.formatGrouped(summary.entitledFen[kind.rawValue]), Fen.formatGrouped(summary.paidFen[kind.rawValue]),
             Fen.formatGrouped(summary.forfeitedFen[kind.rawValue])]
        } + [["total", Fen.formatGrouped(summary.entitledFen.reduce(0, +)), Fen.formatGrouped(summary.totalPaidFen),
              Fen.formatGrouped(summary.forfeitedFen.reduce(0, +))]]
        text += table(header: ["kind", "entitled", "paid", "forfeited"], rows: rows, indent: "  ")
        text += "  members paid \(summary.membersPaid) · lots active \(summary.lotsActive) · created \(summary.lotsCreated)"
        text += " · exhausted (出局) \(summary.lotsExhausted)\n"
        let tiers = summary.membersPerStarTier.enumerated().filter { $0.element > 0 }
            .map { $0.offset == 0 ? "none \($0.element)" : "\($0.offset)★ \($0.element)" }
        text += "  star tiers: \(tiers.joined(separator: " · "))\n"
        return text
    }

    public static func renderChanges(_ changes: [LineChange]) -> String {
        guard !changes.isEmpty else { return "rerun: nothing changed; every row is identical to the rows it replaced\n" }
        var text = "rerun changed \(changes.count) line(s):\n"
        let rows = changes.map { change -> [String] in
            func amounts(_ line: Line?) -> String {
                guard let line else { return "—" }
                return "\(Fen.formatGrouped(line.entitledFen)) / \(Fen.formatGrouped(line.paidFen))"
            }
            return [change.day.iso, String(change.memberId), change.kind.name, amounts(change.old), "→", amounts(change.new)]
        }
        text += table(header: ["day", "member", "kind", "old entitled / paid", "", "new entitled / paid"], rows: rows, indent: "  ")
        return text
    }

    /// Columns right-aligned except the first, separated by two spaces.
    public static func table(header: [String], rows: [[String]], indent: String = "") -> String {
        let all = [header] + rows
        var widths = [Int](repeating: 0, count: header.count)
        for row in all { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
        var text = ""
        for row in all {
            var line = indent
            for (index, cell) in row.enumerated() {
                let pad = String(repeating: " ", count: widths[index] - cell.count)
                line += index == 0 ? cell + pad : "  " + pad + cell
            }
            while line.hasSuffix(" ") { line.removeLast() }
            text += line + "\n"
        }
        return text
    }
}
