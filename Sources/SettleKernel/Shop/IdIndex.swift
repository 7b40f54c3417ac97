/// The position of each of a set of distinct ids (a member's index, a lot's index by its order
/// id), found without hashing. Shops number members and orders from a sequence, so the ids are
/// nearly dense: then a table indexed by `id − smallest` answers in one load. Ids spread wider
/// than `densityLimit` slots per id fall back to a binary search over the sorted ids. Built in
/// O(n) (dense) or O(n log n), from ids in any order; deterministic either way.
public struct IdIndex: Sendable {
    /// Table slots allowed per id before the table gives way to the binary search.
    public static let densityLimit = 4
    /// Dense: `slots[id − first]` is the position + 1, or 0 for an id not in the set.
    @usableFromInline let first: Int64
    @usableFromInline let slots: [Int32]
    /// Sparse: the ids ascending and their positions.
    @usableFromInline let sortedIds: [Int64]
    @usableFromInline let sortedPositions: [Int32]

    public var isDense: Bool { !slots.isEmpty }

    /// `ids[p]` is found at position `p`; an id given twice is found at its first position.
    public init(_ ids: [Int64]) {
        self = Self.build(ids).index
    }

    /// The index and the smallest id given more than once (nil when all are distinct).
    public static func build(_ ids: [Int64]) -> (index: IdIndex, duplicate: Int64?) {
        precondition(ids.count < Int(Int32.max), "IdIndex: positions are Int32")
        guard let low = ids.min(), let high = ids.max() else {
            return (IdIndex(first: 0, slots: [], sortedIds: [], sortedPositions: []), nil)
        }
        let (span, overflow) = high.subtractingReportingOverflow(low)
        if !overflow, span < Int64(ids.count) * Int64(densityLimit) {
            var slots = [Int32](repeating: 0, count: Int(span) + 1)
            var duplicate: Int64? = nil
            slots.withUnsafeMutableBufferPointer { slots in
                for (position, id) in ids.enumerated() {       // bounded: the ids
                    let slot = Int(id &- low)
                    if slots[slot] != 0 {
                        duplicate = min(duplicate ?? id, id)
                        continue
                    }
                    slots[slot] = Int32(position + 1)
                }
            }
            return (IdIndex(first: low, slots: slots, sortedIds: [], sortedPositions: []), duplicate)
        }
        var order = Array(0..<Int32(ids.count))
        ids.withUnsafeBufferPointer { ids in
            order.sort { (ids[Int($0)], $0) < (ids[Int($1)], $1) }
        }
        var sortedIds = [Int64](repeating: 0, count: ids.count), positions = [Int32](repeating: 0, count: ids.count)
        var kept = 0
        var duplicate: Int64? = nil
        for position in order {                               // bounded: the ids
            let id = ids[Int(position)]
            if kept > 0 && sortedIds[kept - 1] == id {
                duplicate = min(duplicate ?? id, id)
                continue
            }
            sortedIds[kept] = id; positions[kept] = position; kept += 1
        }
        sortedIds.removeLast(ids.count - kept); positions.removeLast(ids.count - kept)
        return (IdIndex(first: 0, slots: [], sortedIds: sortedIds, sortedPositions: positions), duplicate)
    }

    init(first: Int64, slots: [Int32], sortedIds: [Int64], sortedPositions: [Int32]) {
        self.first = first; self.slots = slots; self.sortedIds = sortedIds; self.sortedPositions = sortedPositions
    }

    /// The positions of the ids, ascending by id (an id given twice: its first position once).
    public func positionsInIdOrder() -> [Int32] {
        guard !slots.isEmpty else { return sortedPositions }
        var positions: [Int32] = []
        positions.reserveCapacity(slots.count)
        for slot in slots where slot != 0 { positions.append(slot - 1) }   // bounded: the table's slots
        return positions
    }

    /// The position of `id`, or nil when it is not in the set.
    @inlinable
    public func position(of id: Int64) -> Int32? {
        if !slots.isEmpty {
            let (offset, overflow) = id.subtractingReportingOverflow(first)
            guard !overflow, offset >= 0, offset < Int64(slots.count) else { return nil }
            let slot = slots[Int(offset)]
            return slot == 0 ? nil : slot - 1
        }
        var low = 0, high = sortedIds.count - 1
        while low <= high {                                   // bounded: log2 of the ids
            let mid = (low + high) >> 1
            if sortedIds[mid] == id { return sortedPositions[mid] }
            if sortedIds[mid] < id { low = mid + 1 } else { high = mid - 1 }
        }
        return nil
    }
}
