import SettleKernel
import PointsModel
import SettleReports

/// Everything the member report shows, as of a settled day.
public struct MemberFigures: Equatable, Sendable {
    public struct Person: Equatable, Sendable {
        public var id: Int64
        public var phone: String
        public init(id: Int64, phone: String) { self.id = id; self.phone = phone }
    }
    public struct Referral: Equatable, Sendable {
        public var member: Person
        public var starLabel: String
        public var ownAmountFen: Int64
        public var teamPerformanceFen: Int64
        public init(member: Person, starLabel: String, ownAmountFen: Int64, teamPerformanceFen: Int64) {
            self.member = member; self.starLabel = starLabel; self.ownAmountFen = ownAmountFen; self.teamPerformanceFen = teamPerformanceFen
        }
    }
    public struct Lot: Equatable, Sendable {
        public var terms: LotTermsView
        public var tierName: String
        /// Released through the day; nil when no settled row says (see the status).
        public var releasedFen: Int64?
        /// Released on the day, by kind; zeros when the lot had no row that day.
        public var releasedOnDayFen: [Int64]
        public var status: String
        public init(terms: LotTermsView, tierName: String, releasedFen: Int64?, releasedOnDayFen: [Int64], status: String) {
            self.terms = terms; self.tierName = tierName; self.releasedFen = releasedFen
            self.releasedOnDayFen = releasedOnDayFen; self.status = status
        }
    }
    public struct WalletEntry: Equatable, Sendable {
        public var at: String
        public var source: String
        public var amountFen: Int64
        public var reason: String
        public var actor: String
        public init(at: String, source: String, amountFen: Int64, reason: String, actor: String) {
            self.at = at; self.source = source; self.amountFen = amountFen; self.reason = reason; self.actor = actor
        }
    }

    public var member: Person
    public var joinedAt: String
    public var referrer: Person?
    public var day: Day
    /// 会员级别: the highest gift tier of the member's lots that count on the day.
    public var levelName: String?
    public var starLabel: String
    public var team: Downline
    public var directReferralCount: Int
    /// The first referrals by id, at most a page of them.
    public var directReferrals: [Referral]
    public var lots: [Lot]
    public var lines: [PointsLine]
    public var walletFen: Int64
    public var walletEntries: [WalletEntry]
    /// Every currency's balance and the newest ledger entries (issue 15).
    public var balances: [BalanceFigures] = []
    public var ledgerEntries: [LedgerEntryFigures] = []

    public init(member: Person, joinedAt: String, referrer: Person?, day: Day, levelName: String?, starLabel: String, team: Downline,
                directReferralCount: Int, directReferrals: [Referral], lots: [Lot], lines: [PointsLine], walletFen: Int64,
                walletEntries: [WalletEntry]) {
        self.member = member; self.joinedAt = joinedAt; self.referrer = referrer; self.day = day; self.levelName = levelName
        self.starLabel = starLabel; self.team = team; self.directReferralCount = directReferralCount
        self.directReferrals = directReferrals; self.lots = lots; self.lines = lines; self.walletFen = walletFen
        self.walletEntries = walletEntries
    }
}

public enum MemberReport {
    public static func build(_ figures: MemberFigures) -> Report {
        var report = Report(kind: "member", title: "Member \(figures.member.id) (\(figures.member.phone)) on \(figures.day)")
        report.sections.append(Section(key: "member", title: "Member", .fields([
            Field("member_id", "member", .count(figures.member.id)),
            Field("phone", "phone", .text(figures.member.phone)),
            Field("joined_at", "joined", .text(figures.joinedAt)),
            Field("referrer_id", "referrer", figures.referrer.map { .count($0.id) } ?? .none),
            Field("referrer_phone", "referrer phone", figures.referrer.map { .text($0.phone) } ?? .none),
            Field("date", "as of", .day(figures.day)),
            Field("level", "membership level (会员级别)", figures.levelName.map { .text($0) } ?? .none),
            Field("star_tier", "star tier (星级)", .text(figures.starLabel)),
        ])))
        report.sections.append(Section(key: "team", title: "Team performance (个人网体总业绩)", .fields([
            Field("members", "members in the team", .count(figures.team.members)),
            Field("performance", "team performance", .fen(figures.team.amountFen)),
            Field("cash", "  paid in cash", .fen(figures.team.cashFen)),
            Field("points", "  paid with points", .fen(figures.team.pointsFen)),
            Field("direct_referrals", "direct referrals", .count(figures.directReferralCount)),
        ])))
        let referrals: [[Cell]] = figures.directReferrals.map {
            [.count($0.member.id), .text($0.member.phone), .text($0.starLabel), .fen($0.ownAmountFen), .fen($0.teamPerformanceFen)]
        }
        let more = figures.directReferralCount - figures.directReferrals.count
        report.sections.append(Section(key: "referrals", title: "Direct referrals", .table(
            [Column("member_id", "member"), Column("phone"), Column("star_tier", "tier"), Column("own_orders", "own orders"),
             Column("team_performance", "team performance")], referrals), notes: more > 0 ? ["… and \(more) more"] : []))
        let lots: [[Cell]] = figures.lots.map { lot in
            let terms = lot.terms
            return [.count(terms.orderId), .day(terms.paidOn), .fen(terms.amountFen), .text(lot.tierName), .fen(terms.capFen),
                    .fen(terms.dailyFen), lot.releasedFen.map { .fen($0) } ?? .none,
                    lot.releasedFen.map { .fen(terms.capFen - $0) } ?? .none, .fen(lot.releasedOnDayFen.reduce(0, +)), .text(lot.status)]
        }
        report.sections.append(Section(key: "lots", title: "Lots, oldest first (赠送积分)", .table(
            [Column("order_id", "order"), Column("paid_on", "paid on"), Column("amount"), Column("tier"), Column("cap"),
             Column("daily"), Column("released"), Column("remaining"), Column("released_on_day", "on the day"), Column("status")], lots)))
        let lines: [[Cell]] = figures.lines.map { [.text($0.kind.name), .fen($0.entitledFen), .fen($0.paidFen), .fen($0.forfeitedFen)] }
        report.sections.append(Section(key: "lines", title: "Settlement lines of \(figures.day)", .table(
            [Column("kind"), Column("entitled"), Column("paid"), Column("forfeited")], lines)))
        report.sections.append(Section(key: "wallet", title: "Wallet (可用积分)", .fields([
            Field("balance", "balance now", .fen(figures.walletFen)),
        ])))
        let entries: [[Cell]] = figures.walletEntries.map { [.text($0.at), .text($0.source), .fen($0.amountFen), .text($0.reason), .text($0.actor)] }
        report.sections.append(Section(key: "wallet_entries", title: "Recent wallet entries", .table(
            [Column("at"), Column("source"), Column("amount"), Column("reason"), Column("by")], entries)))
        report.sections += LedgerReport.memberSections(balances: figures.balances, entries: figures.ledgerEntries)
        return report
    }
}
