import SettleKernel

/// Where one model keeps what a day hands the next, beside the shared rows. The machinery calls
/// it inside the transactions it opens; the model's SQL lives in the conforming type only.
public protocol ModelStateStore {
    associatedtype Model: RewardModel
    init(store: SettlementStore)
    /// The rows the state is made of that can be read without the shop: a run reads them on a
    /// second connection, in its exported snapshot, while the first reads members and orders.
    associatedtype StateRows = Void
    func readStateRows(before day: Day) throws -> StateRows
    /// The state at the end of `day − 1` (nothing settled before: the model's empty state) from
    /// `rows` and whatever else it reads here. Called inside the run's consistent read; checks the
    /// rows against `derived` (pair assertion).
    func loadState(before day: Day, derived: Model.Derived, rows: StateRows) throws -> Model.State
    /// The model's rows of a settled day, inside the day's transaction, after its run record;
    /// `state` is the state at the end of the day (a model may checkpoint it now and then rather
    /// than rewrite a row per member every night).
    func writeDay(_ result: Model.Result, state: Model.State, derived: Model.Derived, runId: Int64) throws
    /// Removes the model's rows of `day` and every later day, inside a rerun's transaction.
    func voidDays(from day: Day) throws
    /// The rows of the model's own input tables dated in `days` (equity: its requests), read
    /// without the shop: a run reads them on its second connection, in its exported snapshot,
    /// while the first reads the orders.
    associatedtype InputRows = Void
    func readInputRows(days: ClosedRange<Day>) throws -> InputRows
    /// What the model settles against: `Model.derive` over the shop, plus `inputs` (the model's
    /// own input rows of `days`, read elsewhere: called only by a model that has some, so that
    /// the others derive without waiting for that read) checked with the shop.
    func derive(shop: Shop, plans: PlanBook<Model.Plan>, days: ClosedRange<Day>, inputs: () throws -> InputRows) throws -> Model.Derived
    /// Digests of the model's own input rows of each day in `days` (late input); none by default.
    func ownInputDigests(days: ClosedRange<Day>) throws -> [Day: UInt64]
    /// The model's views and functions as they are now (`CREATE OR REPLACE`), and the grants of
    /// its rows to the nightly job's role, applied by `settle migrate` whenever the text changes;
    /// none by default.
    static var schema: String { get }
    static var jobGrants: String { get }
}

extension ModelStateStore where StateRows == Void {
    public func readStateRows(before day: Day) throws {}
}

extension ModelStateStore where InputRows == Void {
    public func readInputRows(days: ClosedRange<Day>) throws {}
}

extension ModelStateStore {
    /// The state at the end of `day − 1`, its rows read on this store's connection.
    public func loadState(before day: Day, derived: Model.Derived) throws -> Model.State {
        try loadState(before: day, derived: derived, rows: try readStateRows(before: day))
    }
    public func derive(shop: Shop, plans: PlanBook<Model.Plan>, days: ClosedRange<Day>, inputs: () throws -> InputRows) throws -> Model.Derived {
        try Model.derive(shop: shop, plans: plans)
    }
    /// The same with the model's own input rows read on this store's connection.
    public func derive(shop: Shop, plans: PlanBook<Model.Plan>, days: ClosedRange<Day>) throws -> Model.Derived {
        try derive(shop: shop, plans: plans, days: days, inputs: { try readInputRows(days: days) })
    }
    public func ownInputDigests(days: ClosedRange<Day>) throws -> [Day: UInt64] { [:] }
    public static var schema: String { "" }
    public static var jobGrants: String { "" }
}
