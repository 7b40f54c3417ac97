import SettleKernel
import PointsModel
import SettleReports

/// What `explain` shows: the explanation, the names of the members in it and the settled lines
/// it must add up to.
public struct ExplainFigures: Sendable {
    public var explanation: Explanation
    public var memberId: Int64
    public var phone: String
    public var plan: Plan
    /// Member ids by index, for the sources.
    public var ids: [Int64]
    /// Phones of the members named (sources, legs, the members paid below).
    public var phones: [Int64: String]
    /// The member's settled lines of the day.
    public var settled: [PointsLine]

    public init(explanation: Explanation, memberId: Int64, phone: String, plan: Plan, ids: [Int64], phones: [Int64: String], settled: [PointsLine]) {
        self.explanation = explanation; self.memberId = memberId; self.phone = phone; self.plan = plan; self.ids = ids
        self.phones = phones; self.settled = settled
    }

    /// Whether each of share, team and peer equals the settled line.
    public var matchesSettled: Bool {
        [PointsKind.share, .team, .peer].allSatisfy { kind in
            explanation.entitledFen[kind.rawValue] == (settled.first { $0.kind == kind }?.entitledFen ?? 0)
        }
    }
}

public enum ExplainReport {
    public enum Grouping: String, Sendable, CaseIterable {
        /// Per downline member up to `autoLimit` sources, per first-generation leg beyond.
        case auto
        case member
        case leg
    }
    public static let autoLimit = 40

    public static func build(_ figures: ExplainFigures, grouping: Grouping = .auto) -> Report {
        let explanation = figures.explanation
        let tier = explanation.starTier.map { "\(figures.plan.starTiers[$0].stars)★ (\(Ratio.percent(figures.plan.starTiers[$0].rate)))" } ?? "none"
        var report = Report(kind: "explain", title: "Why member \(figures.memberId) (\(figures.phone)) got what it got on \(explanation.day)")
        report.sections.append(Section(key: "member", title: "Member", .fields([
            Field("member_id", "member", .count(figures.memberId)),
            Field("date", "date", .day(explanation.day)),
            Field("star_tier", "star tier", .text(tier)),
            Field("team_performance", "team performance", .fen(Int64(clamping: explanation.teamPerformanceFen))),
            Field("sources", "downline releases that paid it", .count(explanation.sources.count)),
        ])))
        let byLeg = grouping == .leg || (grouping == .auto && explanation.sources.count > autoLimit)
        report.sections.append(byLeg ? legSection(figures) : memberSection(figures))
        report.sections.append(totalsSection(figures))
        return report
    }

    static func memberSection(_ figures: ExplainFigures) -> Section {
        let rows: [[Cell]] = figures.explanation.sources.map { source in
            let id = figures.ids[Int(source.member)]
            return [.text(source.kind.name), .count(id), figures.phones[id].map { .text($0) } ?? .none, .count(source.generation),
                    .fen(source.staticFen), .decimal(Ratio.percent(source.rate)), .text(why(source.rule, figures)),
                    .exact(source.parts)]
        }
        return Section(key: "sources", title: "Per downline member (base: its static release of the day)", .table(
            [Column("kind"), Column("member_id", "from member"), Column("phone"), Column("generation", "gen"), Column("base"),
             Column("rate"), Column("why"), Column("amount", "exact amount")], rows))
    }

    static func legSection(_ figures: ExplainFigures) -> Section {
        struct Group { var kind: PointsKind; var leg: Int32; var members = 0; var baseFen: Int64 = 0; var parts: Int128 = 0; var rules: Set<String> = [] }
        var groups: [Group] = []
        struct Key: Hashable { var kind: PointsKind; var leg: Int32 }
        var slot: [Key: Int] = [:]
        for source in figures.explanation.sources {
            let key = Key(kind: source.kind, leg: source.leg)
            if slot[key] == nil { slot[key] = groups.count; groups.append(Group(kind: source.kind, leg: source.leg)) }
            let index = slot[key]!
            groups[index].members += 1
            groups[index].baseFen += source.staticFen
            groups[index].parts += source.parts
            groups[index].rules.insert(ruleName(source.rule, figures))
        }
        groups.sort { ($0.kind.rawValue, figures.ids[Int($0.leg)]) < ($1.kind.rawValue, figures.ids[Int($1.leg)]) }
        let rows: [[Cell]] = groups.map { group in
            let id = figures.ids[Int(group.leg)]
            return [.text(group.kind.name), .count(id), figures.phones[id].map { .text($0) } ?? .none, .count(group.members),
                    .fen(group.baseFen), .text(group.rules.sorted().joined(separator: "; ")), .exact(group.parts)]
        }
        return Section(key: "legs", title: "Per first-generation leg (the direct referral whose team the releases came from)", .table(
            [Column("kind"), Column("leg_member_id", "leg"), Column("phone"), Column("members"), Column("base"), Column("rates"),
             Column("amount", "exact amount")], rows))
    }

    static func totalsSection(_ figures: ExplainFigures) -> Section {
        let explanation = figures.explanation
        let rows: [[Cell]] = [PointsKind.share, .team, .peer].map { kind in
            let settled = figures.settled.first { $0.kind == kind }
            let entitled = explanation.entitledFen[kind.rawValue]
            return [.text(kind.name), .exact(explanation.partsByKind[kind.rawValue]), .fen(entitled),
                    .fen(settled?.entitledFen ?? 0), .fen(settled?.paidFen ?? 0), .fen(settled?.forfeitedFen ?? 0),
                    .flag(entitled == (settled?.entitledFen ?? 0))]
        }
        let note = figures.matchesSettled
            ? "each exact sum is truncated once to whole fen; the result equals the settled line"
            : "MISMATCH: the inputs of this day changed after it was settled (see `settle verify`); rerun the day to settle it on today's inputs"
        return Section(key: "totals", title: "Totals against the settled lines", .table(
            [Column("kind"), Column("exact"), Column("entitled"), Column("settled_entitled", "settled"), Column("paid"),
             Column("forfeited"), Column("matches")], rows), notes: [note])
    }

    static func why(_ rule: Explanation.Rule, _ figures: ExplainFigures) -> String {
        switch rule {
        case .share(let generation):
            return "share, generation \(generation)"
        case .team(let rate, let paidBelow, let below):
            guard let below else { return "differential: own \(Ratio.percent(rate)), nobody below paid" }
            return "differential: own \(Ratio.percent(rate)) − \(Ratio.percent(paidBelow)) paid to \(figures.ids[Int(below)])"
        case .peer(let rate, let of):
            return "peer of \(figures.ids[Int(of)]) (both \(Ratio.percent(rate)))"
        }
    }

    static func ruleName(_ rule: Explanation.Rule, _ figures: ExplainFigures) -> String {
        switch rule {
        case .share(let generation): return "generation \(generation) at \(Ratio.percent(figures.plan.shareRates[generation - 1]))"
        case .team(let rate, let paidBelow, _): return "\(Ratio.percent(rate)) − \(Ratio.percent(paidBelow))"
        case .peer: return "peer \(Ratio.percent(figures.plan.peerRate))"
        }
    }
}
