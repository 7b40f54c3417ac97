import SettleReports
import SettleKernel
import PointsModel
import SettleStore
import SettleJob

/// The points program's runner.
public typealias PointsRunner = DayRunner<Points, PointsStateStore>

/// Gathers the figures of the points reports from the store and the rules. Read only; none of it
/// takes the settlement lock, so reports run while a day settles.
public final class PointsReporter {
    public let runner: PointsRunner
    var store: SettlementStore { runner.store }

    public init(runner: PointsRunner) { self.runner = runner }

    /// The plans, with the session in the plan's timezone.
    func prepare() throws -> PointsPlanBook {
        let plans = try runner.planBook()
        try store.useTimeZone(plans.timezone)
        return plans
    }

    /// The record of `date` if it is settled, or of the last settled day when nil.
    func recordedDay(_ date: Day?) throws -> SettlementStore.RecordedDay {
        guard let last = try store.lastSettledDay() else { throw JobError.notReady("no day is settled yet; run `settle run` first") }
        guard let recorded = try store.recordedDay(date ?? last) else {
            throw JobError.notReady("\(date ?? last) is not settled (the last settled day is \(last))")
        }
        return recorded
    }

    /// `date` if it is settled, or the last settled day when nil.
    func settledDay(_ date: Day?) throws -> Day { try recordedDay(date).day }

    // MARK: Day

    public func dayFigures(_ date: Day?, top: Int = 10) throws -> DayFigures {
        let plans = try prepare()
        let recorded = try recordedDay(date)
        let day = recorded.day
        let earners = try store.withPhones(try store.topEarners(on: day, limit: top))
        var figures = DayFigures(day: day, planEffectiveFrom: recorded.planEffectiveFrom, runId: recorded.runId, dryRun: false,
                          summary: recorded.summary, standingRecorded: recorded.standingRecorded,
                          starLabels: DayFigures.starLabels(plans.plan(on: day)), topEarners: earners,
                          walletFen: try store.walletFen(through: day))
        figures.checkoutExceptions = try store.checkoutExceptions(on: day, ratioPpb: plans.plan(on: day).maxPointsPaymentRatio.ppb)
        return figures
    }

    /// The day reports' figures of a run's days (settled or dry run), gathered after the loop: the
    /// same as `dayFigures` reads back once the days are written. The wallets at the end of each
    /// day are the settled days before the outcome's first, the adjustments made by then, and the
    /// outcome's days so far.
    func figures(of outcome: RunOutcome<Points>) throws -> [DayFigures] {
        guard let firstDay = outcome.days.first?.day else { return [] }
        let plans = try prepare()
        let phones = try store.phones(of: outcome.days.flatMap { $0.topEarners.map(\.memberId) })
        let settledBefore = outcome.settledBefore ?? firstDay
        var paidSoFar: Int64 = 0
        return try outcome.days.map { day in
            paidSoFar += day.totals.totalPaidFen + day.postedFen
            var earners = day.topEarners
            for index in earners.indices { earners[index].phone = phones[earners[index].memberId] }
            let wallet = try store.walletFen(through: day.day, settledBefore: settledBefore) + paidSoFar
            var figures = DayFigures(day: day.day, planEffectiveFrom: day.planEffectiveFrom, runId: day.runId, dryRun: outcome.dryRun,
                                     summary: day.summary, standingRecorded: true, starLabels: DayFigures.starLabels(plans.plan(on: day.day)),
                                     topEarners: earners, walletFen: wallet)
            figures.checkoutExceptions = try store.checkoutExceptions(on: day.day, ratioPpb: plans.plan(on: day.day).maxPointsPaymentRatio.ppb)
            return figures
        }
    }

    // MARK: Liability

    public func liabilityFigures(_ date: Day?, days: Int) throws -> LiabilityFigures {
        _ = try prepare()
        let recorded = try recordedDay(date)
        let day = recorded.day
        let (_, snapshot, balances) = try runner.readState(through: day)
        return LiabilityFigures(day: day, standing: Standing.at(day: day, snapshot: snapshot, balances: balances),
                                walletFen: try store.walletFen(through: day), releasedFen: recorded.summary.totalPaidFen,
                                projection: Projection.run(after: day, days: days, snapshot: snapshot, balances: balances))
    }

    // MARK: One member

    struct MemberContext {
        var record: SettlementStore.MemberRecord
        var day: Day
        var plans: PointsPlanBook
        var snapshot: Snapshot
        var index: Int32
        var performance: [Int128]
    }

    func memberContext(member: MemberRef, date: Day?) throws -> MemberContext {
        let plans = try prepare()
        let record = try member.find(in: store)
        let day = try settledDay(date)
        let snapshot = try runner.readShop(through: day).derived
        guard let index = snapshot.tree.index(of: record.id) else { throw JobError.badInput("member \(record.id) is not in the tree") }
        return MemberContext(record: record, day: day, plans: plans, snapshot: snapshot, index: index,
                             performance: DayEngine.teamPerformance(day: day, snapshot: snapshot))
    }

    public func memberFigures(member: MemberRef, date: Day?, referralLimit: Int = 50, entryLimit: Int = 10) throws -> MemberFigures {
        let context = try memberContext(member: member, date: date)
        let (snapshot, day, index) = (context.snapshot, context.day, Int(context.index))
        let plan = context.plans.plan(on: day)
        let tree = snapshot.tree
        func star(_ member: Int) -> String {
            plan.starTierIndex(forPerformanceFen: context.performance[member]).map { "\(plan.starTiers[$0].stars)★" } ?? "none"
        }
        func ownAmount(_ member: Int) -> Int64 {
            (Int(snapshot.memberOrderStart[member])..<Int(snapshot.memberOrderStart[member + 1]))
                .filter { snapshot.orderCounts($0, on: day) }
                .reduce(0) { $0 + snapshot.orderAmountFen[$1] }
        }
        let children = tree.children[Int(tree.childStart[index])..<Int(tree.childStart[index + 1])].map { Int($0) }
        let shown = Array(children.prefix(referralLimit))
        let referrerIndex = Int(tree.parent[index])
        let phones = try store.phones(of: shown.map { tree.ids[$0] } + (referrerIndex >= 0 ? [tree.ids[referrerIndex]] : []))
        let referrals = shown.map {
            MemberFigures.Referral(member: .init(id: tree.ids[$0], phone: phones[tree.ids[$0]] ?? "?"), starLabel: star($0),
                                   ownAmountFen: ownAmount($0), teamPerformanceFen: Int64(clamping: context.performance[$0]))
        }
        let lots = try lotFigures(LotTermsView.lots(of: context.index, through: day, snapshot: snapshot), on: day, plans: context.plans)
        let counting = lots.filter { $0.terms.refundedOn.map { $0 > day } ?? true }
        let level = counting.max { $0.terms.giftTier < $1.terms.giftTier }?.tierName
        var figures = MemberFigures(
            member: .init(id: context.record.id, phone: context.record.phone), joinedAt: context.record.joinedAt,
            referrer: referrerIndex >= 0 ? .init(id: tree.ids[referrerIndex], phone: phones[tree.ids[referrerIndex]] ?? "?") : nil,
            day: day, levelName: level, starLabel: star(index), team: Downline.of(context.index, on: day, snapshot: snapshot),
            directReferralCount: children.count, directReferrals: referrals, lots: lots,
            lines: try store.lines(of: context.record.id, on: day), walletFen: try store.walletBalance(of: context.record.id),
            walletEntries: try store.walletEntries(of: context.record.id, limit: entryLimit).map {
                .init(at: $0.at, source: $0.source, amountFen: $0.amountFen, reason: $0.reason, actor: $0.actor)
            })
        (figures.balances, figures.ledgerEntries) = try LedgerReader(store: store).member(context.record.id, limit: entryLimit)
        return figures
    }

    /// Each lot's released points as of `day`: its last day in `settle.lot_history` on or before
    /// `day` (the day itself while it releases; the day it was exhausted, or the one before its refund).
    func lotFigures(_ lots: [LotTermsView], on day: Day, plans: PointsPlanBook) throws -> [MemberFigures.Lot] {
        let rows = try store.lotHistory(orders: lots.map(\.orderId), through: day)
        return lots.map { lot in
            let name = plans.plan(on: lot.paidOn).giftTiers[lot.giftTier].name
            let row = rows.first { $0.orderId == lot.orderId }
            let released: Int64? = row?.releasedTotalFen ?? (lot.lastPossibleRow(onOrBefore: day) == nil ? 0 : nil)
            let onDay = row.flatMap { $0.day == day ? $0.byKindFen : nil } ?? [0, 0, 0, 0]
            let status: String
            if let refunded = lot.refundedOn, refunded <= day { status = "refunded \(refunded)" }
            else if lot.activeFrom > day { status = "releases from \(lot.activeFrom)" }
            else if released == lot.capFen { status = "exhausted (出局)" }
            else if released == nil { status = "no settled row" }
            else { status = "active" }
            return MemberFigures.Lot(terms: lot, tierName: name, releasedFen: released, releasedOnDayFen: onDay, status: status)
        }
    }

    // MARK: Explain

    public func explainFigures(member: MemberRef, date: Day?) throws -> ExplainFigures {
        let context = try memberContext(member: member, date: date)
        let (snapshot, day) = (context.snapshot, context.day)
        let plan = context.plans.plan(on: day)
        let tree = snapshot.tree
        var staticFen = [Int64](repeating: 0, count: tree.count)
        for release in try store.staticReleases(on: day) {
            guard let member = tree.index(of: release.memberId) else { throw JobError.badInput("settled line of \(day) for unknown member \(release.memberId)") }
            staticFen[Int(member)] = release.fen
        }
        let starTier = context.performance.map { Int8(plan.starTierIndex(forPerformanceFen: $0) ?? -1) }
        let explanation = Explanation.explain(member: context.index, day: day, tree: tree, plan: plan, staticFen: staticFen,
                                              starTier: starTier, teamPerformanceFen: context.performance[Int(context.index)])
        var named = Set(explanation.sources.map(\.leg))
        if explanation.sources.count <= 2000 {
            for source in explanation.sources {
                named.insert(source.member)
                switch source.rule {
                case .team(_, _, let below?): named.insert(below)
                case .peer(_, let of): named.insert(of)
                default: break
                }
            }
        }
        return ExplainFigures(explanation: explanation, memberId: context.record.id, phone: context.record.phone, plan: plan,
                              ids: tree.ids, phones: try store.phones(of: named.sorted().map { tree.ids[Int($0)] }),
                              settled: try store.lines(of: context.record.id, on: day))
    }
}
