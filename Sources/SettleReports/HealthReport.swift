import SettleKernel

/// One program's health over a window of settled days: what it paid out against what the shop
/// took in, what it owes, to whom it paid, and what its plan promises. Amounts in fen (points at
/// face value, one point a yuan); ratios kept as exact fractions until a renderer formats them.
public struct HealthFigures: Sendable, Equatable {
    /// A ratio `numerator / denominator`, exact (nil when the denominator is 0).
    public struct Fraction: Sendable, Equatable {
        public var numerator: Int128
        public var denominator: Int128
        public init(_ numerator: Int128, _ denominator: Int128) { self.numerator = numerator; self.denominator = denominator }
        /// Whether the fraction is above `limit`'s (a Rate: parts per billion), exactly.
        public func exceeds(_ limit: Rate) -> Bool { denominator > 0 && numerator * Int128(Rate.scale) > Int128(limit.ppb) * denominator }
        /// Whether it is above `limit` whole units.
        public func exceeds(_ limit: Int64) -> Bool { denominator > 0 && numerator > Int128(limit) * denominator }
    }

    public var model: String
    public var date: Day
    public var windowFirst: Day
    public var windowDays: Int
    /// What the liability is in the program's own terms ("locked points and unspent balances", …).
    public var liabilityWhat: String
    public var revenueFen: Int64
    public var firstOrderRevenueFen: Int64
    public var payoutFen: Int64
    public var paidMembers: Int
    public var top1PayoutFen: Int64
    public var top10PayoutFen: Int64
    public var noOwnOrderPayoutFen: Int64
    public var liabilityFen: Int64
    /// The liability at the end of the day before the window (nil: not settled then).
    public var liabilityBeforeFen: Int64?
    /// Equity: what backs the liability (the pool).
    public var backingFen: Int64?
    public var flags: [HealthFlag]
    /// The last days' liability and revenue, for the chart.
    public var series: [(day: Day, liabilityFen: Int64, revenueFen: Int64)]

    public init(model: String, date: Day, windowFirst: Day, windowDays: Int, liabilityWhat: String) {
        self.model = model; self.date = date; self.windowFirst = windowFirst; self.windowDays = windowDays; self.liabilityWhat = liabilityWhat
        revenueFen = 0; firstOrderRevenueFen = 0; payoutFen = 0; paidMembers = 0; top1PayoutFen = 0; top10PayoutFen = 0
        noOwnOrderPayoutFen = 0; liabilityFen = 0; flags = []; series = []
    }

    public static func == (a: HealthFigures, b: HealthFigures) -> Bool {
        a.model == b.model && a.date == b.date && a.revenueFen == b.revenueFen && a.payoutFen == b.payoutFen
            && a.liabilityFen == b.liabilityFen && a.flags == b.flags
            && a.series.map(\.day) == b.series.map(\.day) && a.series.map(\.liabilityFen) == b.series.map(\.liabilityFen)
    }

    public var payoutShare: Fraction { Fraction(Int128(payoutFen), Int128(revenueFen)) }
    public var liabilityChangeFen: Int64? { liabilityBeforeFen.map { liabilityFen - $0 } }
    /// The liability's change over the window against the window's revenue.
    public var liabilityChangeShare: Fraction? { liabilityChangeFen.map { Fraction(Int128($0), Int128(revenueFen)) } }
    /// Days of the window's average revenue the liability equals.
    public var liabilityDaysOfRevenue: Fraction { Fraction(Int128(liabilityFen) * Int128(windowDays), Int128(revenueFen)) }
    /// Days to pay the liability off at the window's pace of payouts.
    public var daysToPayOff: Fraction { Fraction(Int128(liabilityFen) * Int128(windowDays), Int128(payoutFen)) }
    public var top1Share: Fraction { Fraction(Int128(top1PayoutFen), Int128(payoutFen)) }
    public var top10Share: Fraction { Fraction(Int128(top10PayoutFen), Int128(payoutFen)) }
    public var noOwnOrderShare: Fraction { Fraction(Int128(noOwnOrderPayoutFen), Int128(payoutFen)) }
    public var repeatRevenueFen: Int64 { revenueFen - firstOrderRevenueFen }
    public var firstOrderShare: Fraction { Fraction(Int128(firstOrderRevenueFen), Int128(revenueFen)) }
}

/// A threshold crossed or a risk read from the plan, with its reason.
public struct HealthFlag: Sendable, Equatable {
    public enum Kind: String, Sendable { case threshold, plan }
    public var model: String
    public var kind: Kind
    /// snake_case: the threshold's or the risk's name.
    public var key: String
    public var reason: String
    /// Where China's 禁止传销条例 (article 7) names what the flag describes.
    public var article7: Bool
    public init(model: String, kind: Kind, key: String, reason: String, article7: Bool = false) {
        self.model = model; self.kind = kind; self.key = key; self.reason = reason; self.article7 = article7
    }

    /// The `warning:` line and the report's text.
    public var description: String {
        "\(model): \(key): \(reason)" + (article7 ? " (a risk under 禁止传销条例 article 7; not legal advice)" : "")
    }
}

public enum HealthReport {
    static func ratio(_ fraction: HealthFigures.Fraction?, digits: Int = 4) -> Cell {
        fraction.flatMap { Ratio.decimal($0.numerator, $0.denominator, digits: digits) }.map { .decimal($0) } ?? .none
    }

    static func days(_ fraction: HealthFigures.Fraction) -> Cell { ratio(fraction, digits: 1) }

    public static func build(_ programs: [HealthFigures], date: Day?) -> Report {
        var report = Report(kind: "health", title: "Is the plan sustainable? "
                            + (programs.first.map { "window \($0.windowFirst) … \($0.date) (\($0.windowDays) days)" } ?? "no program has settled a day"))
        report.sections.append(Section(key: "programs", title: "Programs", .table(columns, programs.map(row)),
                                       notes: ["payout share: paid out in the window ÷ its revenue (points at face value); "
                                               + "liability in each program's own terms: " + programs.map { "\($0.model), \($0.liabilityWhat)" }.joined(separator: "; ")]))
        let flags = programs.flatMap(\.flags)
        report.sections.append(Section(key: "flags", title: "Flags", .table(
            [Column("model"), Column("kind"), Column("flag"), Column("reason"), Column("article_7", "禁止传销条例 art. 7")],
            flags.map { [.text($0.model), .text($0.kind.rawValue), .text($0.key), .text($0.reason), .flag($0.article7)] }),
            notes: flags.isEmpty ? ["none"] : ["flags read from the plan and the figures are risks to look at, not legal advice"]))
        return report
    }

    static let columns = [
        Column("model"), Column("date"), Column("window_days", "days"), Column("revenue"), Column("payout"), Column("payout_share"),
        Column("liability"), Column("backing"), Column("liability_change"), Column("liability_change_share", "change ÷ revenue"),
        Column("liability_days_of_revenue", "liability in days of revenue"), Column("days_to_pay_off", "days to pay off"),
        Column("paid_members"), Column("top1_share", "top 1% share"), Column("top10_share", "top 10% share"),
        Column("no_own_order_share", "to members without an order"),
        Column("first_order_revenue", "revenue of first orders"), Column("repeat_revenue", "revenue of repeat orders"),
        Column("first_order_share", "first orders' share"),
    ]

    static func row(_ f: HealthFigures) -> [Cell] {
        [.text(f.model), .day(f.date), .count(f.windowDays), .fen(f.revenueFen), .fen(f.payoutFen), ratio(f.payoutShare),
         .fen(f.liabilityFen), f.backingFen.map { .fen($0) } ?? .none, f.liabilityChangeFen.map { .fen($0) } ?? .none,
         ratio(f.liabilityChangeShare), days(f.liabilityDaysOfRevenue), days(f.daysToPayOff),
         .count(f.paidMembers), ratio(f.top1Share), ratio(f.top10Share), ratio(f.noOwnOrderShare),
         .fen(f.firstOrderRevenueFen), .fen(f.repeatRevenueFen), ratio(f.firstOrderShare)]
    }

    /// The liability of each program against the daily revenue over the last days (SVG).
    public static func chart(_ programs: [HealthFigures]) -> String {
        let palette = ["#c0392b", "#2980b9", "#27ae60", "#8e44ad"]
        var lines: [LineChart.Series] = []
        for (index, program) in programs.enumerated() {                // bounded: the programs
            lines.append(LineChart.Series(label: "\(program.model) liability", colour: palette[index % palette.count],
                                          valuesFen: program.series.map(\.liabilityFen)))
        }
        if let first = programs.first {
            lines.append(LineChart.Series(label: "revenue a day", colour: "#7f8c8d", valuesFen: first.series.map(\.revenueFen)))
        }
        let firstDay = programs.first?.series.first?.day ?? programs.first?.date ?? Day(0)
        return LineChart.svg(title: "Liability against revenue a day", firstDay: firstDay, series: lines)
    }
}
