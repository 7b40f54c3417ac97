/// The seam between the machinery (days, runs, reruns, locks, late input, the store, the CLI)
/// and one reward model's rules. A model is pure: it parses its plan, derives what it needs from
/// the shop, and settles one day from the previous day's state. It imports nothing of the store,
/// the job or the command line; they know it only through this protocol.
public protocol RewardModel {
    /// One validated version of the model's parameters.
    associatedtype Plan: ModelPlan
    /// What settling needs from the shop, built once per run (points: the lots and their terms).
    associatedtype Derived: Sendable
    /// What one day hands the next (points: each lot's released total).
    associatedtype State
    /// The model's kinds of line.
    associatedtype Kind: LineKind
    /// One settled day: its lines and whatever the model's state store writes.
    associatedtype Result: DayOutput where Result.Kind == Kind
    /// What a settled day leaves for its report once its rows are gone (a catch-up keeps these only).
    associatedtype Summary: Sendable

    /// The program's name: `--model NAME`, the `model` column of every shared table.
    static var name: String { get }
    /// Distinguishes the program's settlement lock from the other programs' (0 for points).
    static var lockNumber: Int64 { get }
    /// The balance its paid lines credit (points: 可用积分; cycle: dividend cash).
    static var currency: Currency { get }
    /// Whether the ledger credits each member the paid amounts of its lines of `kind` (points,
    /// cycle: every kind; equity: the kinds that move constant points). A credited day's credits
    /// are those lines, not stored entries (migration 0023).
    static func credits(_ kind: Kind) -> Bool
    /// The seed's plan, as a JSON document (`settle plan default`).
    static var defaultPlanDocument: String { get }
    /// Whether the rules read an order's cash and points parts (points: the points part is spent
    /// at checkout). A program that reads only the whole `amount` (false) is given a shop whose
    /// orders are all cash (cash = amount, points = 0): its night reads two numeric columns
    /// fewer, and its days' order digests are of what it reads (migration 0027).
    static var readsOrderParts: Bool { get }
    /// Whether the rules read each member's orders as a group (`Shop.memberOrderStart`: points
    /// walks each member's lots). A program that reads the orders one by one (false) is given a
    /// shop whose orders are in id order, not grouped by member: its night skips the grouping.
    static var readsOrdersByMember: Bool { get }

    /// Parses and validates a plan document; every refusal names the field. `first` is the
    /// program's first version, whose timezone (and whatever else must never change) it keeps.
    static func parsePlan(json: String, isKnownTimeZone: (String) -> Bool, first: Plan?) throws(PlanError) -> Plan
    /// What the model needs from the shop for days settled with `plans`.
    static func derive(shop: Shop, plans: PlanBook<Plan>) throws(InputError) -> Derived
    /// The first day a catch-up settles when no day is settled yet; nil: the first paid order's day.
    static func firstDay(plans: PlanBook<Plan>) -> Day?
    /// Settles `day` from the state at the end of the previous day, leaving the state at the end
    /// of `day`. Pure, total, linear in the shop and the day; asserts its own invariants.
    static func settle(day: Day, derived: Derived, state: inout State) -> Result
    static func summary(of result: Result) -> Summary
    /// The decimals of a line's first amount in the model's own unit, as its day left them; nil:
    /// fen, like the second (points and cycle). Equity: point units (`point_decimals`).
    static func firstAmountDecimals(of summary: Summary) -> Int?
}

extension RewardModel {
    public static func credits(_ kind: Kind) -> Bool { true }
    public static var readsOrderParts: Bool { true }
    public static var readsOrdersByMember: Bool { true }
    public static func firstAmountDecimals(of summary: Summary) -> Int? { nil }
}

/// What the machinery reads of a settled day, whatever the model.
public protocol DayOutput {
    associatedtype Kind: LineKind
    var day: Day { get }
    var planEffectiveFrom: Day { get }
    /// Sorted by (member id, kind); only lines with entitled > 0.
    var lines: [Line<Kind>] { get }
    /// Entries the day posts to the ledger beside its lines' credits, in the model's currency.
    var postings: [LedgerPosting] { get }
}

extension DayOutput {
    public var postings: [LedgerPosting] { [] }
}
