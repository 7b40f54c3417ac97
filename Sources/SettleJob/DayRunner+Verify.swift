import SettleKernel
import SettleReports
import SettleStore

/// What every program's `verify` starts from, and the checks every program ends with: written
/// once here; a program supplies its replay and its own checks.
public struct VerifyScope<Plan: ModelPlan> {
    public let plans: PlanBook<Plan>
    public let settled: [SettlementStore.SettledDay]
    /// The first and last settled days, and the first whose rows are checked (`--from`).
    public let first: Day, last: Day, start: Day
}

/// A program's `verify`: its own checks, replay and summary; the skeleton around them (scope,
/// closing checks, the fault limit per check) is `verify(from:limit:)`, written once.
public protocol ProgramVerifier {
    associatedtype Model: RewardModel
    associatedtype States: ModelStateStore where States.Model == Model
    var runner: DayRunner<Model, States> { get }
    /// The program's own checks, after `day totals`; the closing ones follow.
    static var ownChecks: [(String, String)] { get }
    static var closingChecks: [(String, String)] { get }
    /// The faults of the program's own checks over `scope`, the shop the last day was replayed on
    /// and the program's own input digests (late input); its own figures (a summary section, the
    /// points' conservation) go into `outcome`.
    func check(_ scope: VerifyScope<Model.Plan>, limit: Int, into outcome: inout VerifyFigures) throws
        -> (faults: [Fault], shop: Shop, requests: [Day: UInt64])
}

extension ProgramVerifier {
    public var store: SettlementStore { runner.store }
    public static var checks: [(String, String)] { ownChecks + closingChecks }

    public func verify(from: Day?, limit: Int = 100) throws -> VerifyFigures {
        var outcome = VerifyFigures()
        guard let scope = try runner.verifyScope(from: from) else {
            outcome.record([], checks: Self.checks, limit: limit)
            return outcome
        }
        outcome.from = scope.start
        let own = try check(scope, limit: limit, into: &outcome)
        let closing = try runner.closingFaults(scope, shop: own.shop, requests: own.requests, limit: limit)
        outcome.record(own.faults + closing, checks: Self.checks, limit: limit)
        return outcome
    }
}

/// The checks every program's verify names, around the program's own.
public enum VerifyChecks {
    public static let dayTotals = ("day totals", "each settled day's lines add up to the totals its run recorded")

    /// `day totals`, then a program's own checks written one a line, `name: what it checks`.
    public static func own(_ table: String) -> [(String, String)] {
        [dayTotals] + table.split(separator: "\n").map { line in
            let colon = line.firstIndex(of: ":") ?? line.endIndex
            precondition(colon != line.endIndex, "a check is written `name: what`: \(line)")
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
    }

    /// What `closingFaults` checks, described for `currency` (its balance's name in a sentence);
    /// `requests`: the program has input of its own (equity's requests).
    public static func closing(balance: String, requests: Bool = false) -> [(String, String)] {
        [("feed", "each member's \(balance) balance is what its entries in the feed (settle.ledger_feed, and those waiting for its horizon) add up to"),
         ("late input", "no settled day whose orders\(requests ? ", refunds or requests" : " or refunds") changed after it was settled"),
         ("tree", "each day replays on the tree it was settled on; no member it was computed with is gone from the shop's table")]
    }
}

extension DayRunner {
    /// The program's plans (their timezone set on the session) and settled days; nil when nothing
    /// is settled yet.
    public func verifyScope(from: Day?) throws -> VerifyScope<Model.Plan>? {
        let plans = try planBook()
        try store.useTimeZone(plans.timezone)
        let settled = try store.settledDays()
        guard let first = settled.first?.day, let last = settled.last?.day else { return nil }
        return VerifyScope(plans: plans, settled: settled, first: first, last: last, start: max(from ?? first, first))
    }

    /// The checks every program ends with: the feed against the balances in its currency, late
    /// input (orders, refunds and the model's own requests), and members gone from the tree.
    public func closingFaults(_ scope: VerifyScope<Model.Plan>, shop: Shop, requests: [Day: UInt64] = [:], limit: Int) throws -> [Fault] {
        var faults = try store.faultsInFeed(currency: Model.currency, limit: limit)
        for late in LateInput.find(in: shop, settled: scope.settled, requests: requests) {
            faults.append(Fault(check: "late input", day: late.day, detail: late.description))
        }
        faults += try store.treeChanges(limit: limit).filter(\.removed).map {
            Fault(check: "tree", day: $0.firstAffected, memberId: $0.memberId, detail: $0.description)
        }
        return faults
    }
}
