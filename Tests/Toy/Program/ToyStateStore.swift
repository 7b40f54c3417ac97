import SettleKernel
import SettleStore
import SettleJob
import ToyModel

/// The toy keeps nothing of its own beside the shared rows; its schema is one view and its grant.
public struct ToyStateStore: ModelStateStore {
    public typealias Model = Toy
    public init(store: SettlementStore) {}
    public func loadState(before day: Day, derived: (Shop, PlanBook<Toy.Plan>), rows: Void) throws {}
    public func writeDay(_ result: Toy.Result, state: Model.State, derived: Model.Derived, runId: Int64) throws {}
    public func voidDays(from day: Day) throws {}

    public static let schema = #"""
-- The toy program's lines (its contract view).
CREATE OR REPLACE VIEW settle.toy_lines AS
SELECT settle_date, member_id, 'echo' AS kind, (paid_fen::numeric / 100)::numeric(20,2) AS paid
FROM settle.day_lines WHERE model = 'toy';

"""#

    /// What the nightly job may do with the program's rows (applied where its role exists).
    public static let jobGrants = """
    GRANT SELECT ON settle.toy_lines TO settle_job;
    """
}

public typealias ToyRunner = DayRunner<Toy, ToyStateStore>
