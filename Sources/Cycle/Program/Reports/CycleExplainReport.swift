import SettleKernel
import CycleModel
import SettleReports

/// `explain --model cycle`: one member's day, step by step, held against the settled lines.
public struct CycleExplainFigures: Sendable {
    public var explanation: CycleExplanation
    public var phone: String
    public var weightDecimals: Int
    public var settled: [CycleLine]
    public init(explanation: CycleExplanation, phone: String, weightDecimals: Int, settled: [CycleLine]) {
        self.explanation = explanation; self.phone = phone; self.weightDecimals = weightDecimals; self.settled = settled
    }
    public var matchesSettled: Bool { explanation.lines == settled }
}

public enum CycleExplainReport {
    public static func build(_ figures: CycleExplainFigures) -> Report {
        let e = figures.explanation
        let weight = { (units: Int64) in CycleDayReport.weight(units, decimals: figures.weightDecimals) }
        var report = Report(kind: "explain", title: "Why member \(e.memberId) (\(figures.phone)) got what it got on \(e.day) (cycle)")
        report.sections.append(Section(key: "member", title: "Member at the start of the day", .fields([
            Field("member_id", "member", .count(e.memberId)),
            Field("date", "date", .day(e.day)),
            Field("weight", "weight w", weight(e.weightUnits)),
            Field("quota_granted", "quota granted G", .fen(e.grantedFen)),
            Field("paid_before", "paid on earlier days", .fen(e.paidBeforeFen)),
            Field("quota_left", "quota left (eligible when above 0)", .fen(e.leftBeforeFen)),
            Field("eligible", "eligible", .flag(e.eligible)),
        ])))
        let exact = e.eligibleWeightUnits > 0 && e.eligible ? Cell.exact(e.weightedNumerator * Int128(Rate.scale) / Int128(e.eligibleWeightUnits)) : .none
        report.sections.append(Section(key: "weighted", title: "Weighted pool: trunc(W × w ÷ T)", .fields([
            Field("revenue", "revenue of the day R", .fen(e.revenueFen)),
            Field("pool_rate", "pool rate", .decimal(Ratio.percent(e.weightedPoolRate))),
            Field("pool", "pool W = trunc(R × rate)", .fen(e.weightedPoolFen)),
            Field("eligible_weight", "eligible weight T", weight(e.eligibleWeightUnits)),
            Field("share", "w ÷ T", Ratio.percent(Int128(e.weightUnits), Int128(e.eligibleWeightUnits), digits: 4).map { .decimal($0) } ?? .none),
            Field("exact", "W × w ÷ T, exactly", exact),
            Field("entitled", "entitled", .fen(e.weightedEntitledFen)),
        ]), notes: e.eligible ? [] : ["no quota left: not eligible, entitled to nothing"]))
        report.sections.append(Section(key: "level", title: "Level pool: trunc(L ÷ heads)", .fields([
            Field("level", "level", e.levelName.map { .text($0) } ?? .text("none")),
            Field("heads", "eligible members at the level", .count(e.levelMembers)),
            Field("pool", "the level's pool L", .fen(e.levelPoolFen)),
            Field("entitled", "entitled (per head)", .fen(e.levelEntitledFen)),
        ])))
        report.sections.append(Section(key: "quota", title: "What the quota covered", .fields([
            Field("paid_weighted", "paid from the weighted pool", .fen(e.weightedPaidFen)),
            Field("paid_level", "paid from the level pool", .fen(e.levelPaidFen)),
            Field("cut", "cut by the quota (returned)", .fen(e.cutFen)),
            Field("quota_left_after", "quota left after the day", .fen(e.leftBeforeFen - e.weightedPaidFen - e.levelPaidFen)),
        ])))
        report.sections.append(totalsSection(figures))
        return report
    }

    static func totalsSection(_ figures: CycleExplainFigures) -> Section {
        let rows: [[Cell]] = CycleKind.allCases.map { kind in
            let mine = figures.explanation.lines.first { $0.kind == kind }
            let settled = figures.settled.first { $0.kind == kind }
            return [.text(kind.name), .fen(mine?.entitledFen ?? 0), .fen(settled?.entitledFen ?? 0), .fen(mine?.paidFen ?? 0),
                    .fen(settled?.paidFen ?? 0), .flag(mine == settled)]
        }
        let note = figures.matchesSettled ? "the settled lines say the same"
                                          : "MISMATCH: the day's inputs changed since it was settled (verify names them; rerun it)"
        return Section(key: "totals", title: "Against the settled lines", .table(
            [Column("kind"), Column("entitled"), Column("settled_entitled", "settled entitled"), Column("paid"),
             Column("settled_paid", "settled paid"), Column("matches")], rows), notes: [note])
    }
}
