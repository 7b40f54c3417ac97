/// The referral forest in flat arrays: members by dense index (ascending id), parents, children
/// in CSR form, and a top-down order (every member after its referrer). Built iteratively, so a
/// chain a million deep is as cheap as a wide tree.
public struct ReferralTree: Sendable {
    /// Member ids, ascending; a member's index is its position here.
    public let ids: [Int64]
    /// Referrer's index, or -1 for a member without referrer.
    public let parent: [Int32]
    /// Children of member i are `children[childStart[i] ..< childStart[i + 1]]`, ascending index.
    public let childStart: [Int32]
    public let children: [Int32]
    /// Every member after its referrer (breadth-first from the roots, roots by id).
    public let topDown: [Int32]

    /// A member id's index, without hashing (a table when the ids are nearly dense).
    let idIndex: IdIndex

    public var count: Int { ids.count }

    /// The index of a member id.
    @inline(__always)
    public func index(of id: Int64) -> Int32? { idIndex.position(of: id) }

    public init(members: [MemberRow]) throws(InputError) {
        let sorted = members.sorted { $0.id < $1.id }
        let count = sorted.count
        var ids = [Int64](repeating: 0, count: count)
        for index in 0..<count {
            ids[index] = sorted[index].id
            if index > 0 && ids[index] == ids[index - 1] { throw .duplicateMember(id: ids[index]) }
        }
        self.ids = ids
        let idIndex = IdIndex(ids)
        self.idIndex = idIndex

        var parent = [Int32](repeating: -1, count: count)
        var childCount = [Int32](repeating: 0, count: count + 1)
        for index in 0..<count {
            guard let referrer = sorted[index].referrerId else { continue }
            guard referrer != ids[index] else { throw .selfReferral(memberId: ids[index]) }
            guard let referrerIndex = idIndex.position(of: referrer) else {
                throw .unknownReferrer(memberId: ids[index], referrerId: referrer)
            }
            parent[index] = referrerIndex
            childCount[Int(referrerIndex) + 1] += 1
        }
        for index in 0..<count { childCount[index + 1] += childCount[index] }
        var cursor = childCount
        var children = [Int32](repeating: 0, count: Int(childCount[count]))
        for index in 0..<count where parent[index] >= 0 {
            let slot = Int(parent[index])
            children[Int(cursor[slot])] = Int32(index)
            cursor[slot] += 1
        }
        self.parent = parent
        self.childStart = childCount
        self.children = children

        var order = [Int32]()
        order.reserveCapacity(count)
        for index in 0..<count where parent[index] < 0 { order.append(Int32(index)) }
        var head = 0
        while head < order.count {                       // bounded: each member is appended once
            let node = Int(order[head]); head += 1
            for slot in Int(childCount[node])..<Int(childCount[node + 1]) { order.append(children[slot]) }
        }
        if order.count != count {
            throw Self.describeCycle(ids: ids, parent: parent, reached: order)
        }
        self.topDown = order
    }

    /// Members not reached from a root hang in a cycle or below one. Follows referrers from the
    /// smallest such id until a member repeats: the repeated stretch is the cycle.
    static func describeCycle(ids: [Int64], parent: [Int32], reached: [Int32]) -> InputError {
        var isReached = [Bool](repeating: false, count: ids.count)
        for node in reached { isReached[Int(node)] = true }
        let stranded = (0..<ids.count).filter { !isReached[$0] }
        var positionOnPath = [Int: Int]()
        var path: [Int] = []
        var node = stranded[0]
        while positionOnPath[node] == nil {             // bounded: at most one step per member
            positionOnPath[node] = path.count
            path.append(node)
            node = Int(parent[node])
        }
        var loop = path[positionOnPath[node]!...].map { ids[$0] }
        // Start the loop at its smallest id, keep referral order (member → its referrer).
        let start = loop.firstIndex(of: loop.min()!)!
        loop = Array(loop[start...] + loop[..<start])
        return .referralCycle(memberIds: loop, membersAffected: stranded.count)
    }
}
