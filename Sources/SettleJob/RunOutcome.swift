import SettleKernel
import SettleStore

/// What a run or rerun leaves behind for its report: each day's totals and summary, not its rows,
/// so that a long catch-up holds one day's rows at a time.
public struct RunOutcome<Model: RewardModel> {
    public struct DayOutcome {
        public var day: Day
        public var planEffectiveFrom: Day
        /// The run that settled the day; nil for a dry run.
        public var runId: Int64?
        public var summary: Model.Summary
        public var totals: KindTotals
        public var topEarners: [Earner]
        public var lines: Int
        /// The ledger entries the day posts beside its credits (points: checkout), net.
        public var postedFen: Int64
    }

    public static var topEarnerCount: Int { 10 }

    public var days: [DayOutcome] = []
    public var lateInputs: [LateInput] = []
    /// Members whose referrer changed since this program settled on them (through a view).
    public var treeChanges: [SettlementStore.TreeChange] = []
    /// For a rerun: what changed against the rows it replaced.
    public var changes: [LineChange<Model.Kind>] = []
    public var dryRun: Bool
    /// For a rerun: its first day (settled days before it stay as they were).
    public var settledBefore: Day?
    public var message: String?

    public init(dryRun: Bool, settledBefore: Day? = nil) {
        self.dryRun = dryRun
        self.settledBefore = settledBefore
    }
}
