/// Amounts by member id folded as they stream in: one total per id, ids ascending, in memory
/// that grows with the ids and not with the rows. A program that reads a week of lines (1.35M a
/// day at a million members) keeps the totals, the run of rows in ascending order it is reading
/// (a day's lines come in member order) and at most as many rows again out of order (a rerun's
/// rewritten lines), which are sorted and merged when they reach that many.
public struct AmountsById: Sendable {
    public private(set) var ids: [Int64] = []
    public private(set) var amounts: [Int64] = []
    private var runIds: [Int64] = [], runAmounts: [Int64] = []
    private var loose: [(id: Int64, amount: Int64)] = []

    public init() {}

    /// Totals to start from: ids strictly ascending (a checkpoint, checked by its reader).
    public init(ascending ids: [Int64], amounts: [Int64]) {
        precondition(ids.count == amounts.count, "ids and amounts of different lengths")
        self.ids = ids
        self.amounts = amounts
    }

    /// One row. Rows in ascending id order are merged a run at a time; a row below the one
    /// before it ends the run.
    public mutating func add(_ id: Int64, _ amount: Int64) {
        if let last = runIds.last {
            if id == last { runAmounts[runAmounts.count - 1] += amount; return }
            if id < last { endRun() }
        }
        runIds.append(id)
        runAmounts.append(amount)
    }

    /// The totals once every row is in: ids strictly ascending.
    public mutating func finish() -> (ids: [Int64], amounts: [Int64]) {
        endRun()
        mergeLoose()
        return (ids, amounts)
    }

    /// A long run is merged at once (linear); a short one waits with the other loose rows, so
    /// that rows out of order cost a sort, not a merge over every id each.
    private mutating func endRun() {
        guard !runIds.isEmpty else { return }
        if runIds.count >= max(65_536, ids.count / 8) {
            merge(runIds, runAmounts)
        } else {
            for (id, amount) in zip(runIds, runAmounts) { loose.append((id, amount)) }   // bounded: a short run
            if loose.count >= max(1 << 20, ids.count) { mergeLoose() }
        }
        runIds.removeAll(keepingCapacity: true)
        runAmounts.removeAll(keepingCapacity: true)
    }

    private mutating func mergeLoose() {
        guard !loose.isEmpty else { return }
        loose.sort { $0.id < $1.id }
        merge(loose.map(\.id), loose.map(\.amount))
        loose.removeAll(keepingCapacity: true)
    }

    /// The totals and `otherIds` (ascending, an id possibly more than once) merged, amounts of
    /// one id added.
    private mutating func merge(_ otherIds: [Int64], _ otherAmounts: [Int64]) {
        var mergedIds: [Int64] = [], mergedAmounts: [Int64] = []
        mergedIds.reserveCapacity(ids.count + otherIds.count)
        mergedAmounts.reserveCapacity(ids.count + otherIds.count)
        var mine = 0, theirs = 0
        while mine < ids.count || theirs < otherIds.count {  // bounded: the two lists
            let takeMine = theirs == otherIds.count || (mine < ids.count && ids[mine] <= otherIds[theirs])
            let id = takeMine ? ids[mine] : otherIds[theirs]
            let amount = takeMine ? amounts[mine] : otherAmounts[theirs]
            if takeMine { mine += 1 } else { theirs += 1 }
            if mergedIds.last == id { mergedAmounts[mergedAmounts.count - 1] += amount } else { mergedIds.append(id); mergedAmounts.append(amount) }
        }
        ids = mergedIds
        amounts = mergedAmounts
    }
}
