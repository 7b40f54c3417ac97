import SettleKernel

/// Why a member was entitled to its share, team and peer amounts on a day (issue 4, explain):
/// every downline member whose static release gave it something, with the base, the rate and
/// the rule that chose the rate.
///
/// This is a second, independent reading of SPEC §3.4–3.5, top-down from the member instead of
/// bottom-up from each release as `DayEngine` does; tests hold the two to the same totals.
public struct Explanation: Sendable {
    public enum Rule: Equatable, Sendable {
        /// Share acceleration from generation g.
        case share(generation: Int)
        /// Team differential: the member's star rate minus the rate already paid below it, by
        /// `below` (a member index; nil when nobody below was paid).
        case team(rate: Rate, paidBelow: Rate, below: Int32?)
        /// Peer bonus: the member's star rate equals the rate paid below it, by `of`.
        case peer(rate: Rate, of: Int32)
    }

    public struct Source: Sendable {
        /// The downline member whose static release this is (member index).
        public var member: Int32
        public var kind: PointsKind
        /// Generations below the explained member (1: a direct referral).
        public var generation: Int
        /// The explained member's direct referral whose team the source is in (or the source).
        public var leg: Int32
        public var staticFen: Int64
        public var rate: Rate
        public var rule: Rule
        /// The exact amount, in fen × 10⁹ (parts per billion of a fen).
        public var parts: Int128 { Int128(staticFen) * Int128(rate.ppb) }
    }

    public var member: Int32
    public var day: Day
    /// Index into the plan's star tiers, or nil for none.
    public var starTier: Int?
    public var teamPerformanceFen: Int128
    /// Sorted by kind, generation, then source member id.
    public var sources: [Source]
    /// Exact sums by kind (indexed by `PointsKind.rawValue`; static stays 0).
    public var partsByKind: [Int128]
    /// What the rules entitle: each exact sum truncated once (SPEC rounding).
    public var entitledFen: [Int64] { partsByKind.map { Int64($0 / Int128(Rate.scale)) } }

    /// Explains `member` on `day`. `staticFen` is every member's static release of the day and
    /// `starTier` every member's tier (-1 for none), both by member index. O(downline).
    public static func explain(member: Int32, day: Day, tree: ReferralTree, plan: Plan, staticFen: [Int64],
                               starTier: [Int8], teamPerformanceFen: Int128) -> Explanation {
        precondition(staticFen.count == tree.count && starTier.count == tree.count, "per-member arrays of another tree")
        var sources: [Source] = []
        func level(_ index: Int) -> Int {
            let tier = Int(starTier[index])
            return tier >= 0 && plan.starTiers[tier].rate > .zero ? tier + 1 : 0
        }
        func rate(ofLevel level: Int) -> Rate { level == 0 ? .zero : plan.starTiers[level - 1].rate }
        let own = level(Int(member))
        let peerLimit = plan.peerGenerations

        // Path state of each visited member v: over the members from v up to (not including) the
        // explained member, the highest level, how many hold it, and the lowest of them.
        struct PathState { var level = 0; var holders = 0; var lowest: Int32 = -1 }
        var state: [Int32: PathState] = [:]
        var generation: [Int32: Int] = [member: 0]
        var legOf: [Int32: Int32] = [:]
        var queue: [Int32] = [member]
        var head = 0
        while head < queue.count {                  // bounded: each downline member is queued once
            let parent = queue[head]; head += 1
            let before = parent == member ? PathState() : state[parent]!
            for slot in Int(tree.childStart[Int(parent)])..<Int(tree.childStart[Int(parent) + 1]) {
                let child = tree.children[slot]
                let depth = generation[parent]! + 1
                let leg = parent == member ? child : legOf[parent]!
                generation[child] = depth
                legOf[child] = leg
                queue.append(child)
                let base = staticFen[Int(child)]
                if base > 0 {
                    if depth <= plan.shareRates.count, plan.shareRates[depth - 1] > .zero {
                        sources.append(Source(member: child, kind: .share, generation: depth, leg: leg, staticFen: base,
                                              rate: plan.shareRates[depth - 1], rule: .share(generation: depth)))
                    }
                    if own > before.level {
                        let paidBelow = rate(ofLevel: before.level)
                        let ownRate = rate(ofLevel: own)
                        sources.append(Source(member: child, kind: .team, generation: depth, leg: leg, staticFen: base,
                                              rate: Rate(ppb: ownRate.ppb - paidBelow.ppb),
                                              rule: .team(rate: ownRate, paidBelow: paidBelow,
                                                          below: before.lowest >= 0 ? before.lowest : nil)))
                    } else if own == before.level, own > 0, before.holders - 1 < peerLimit, plan.peerRate > .zero {
                        sources.append(Source(member: child, kind: .peer, generation: depth, leg: leg, staticFen: base,
                                              rate: plan.peerRate, rule: .peer(rate: rate(ofLevel: own), of: before.lowest)))
                    }
                }
                var after = before
                let childLevel = level(Int(child))
                if childLevel > before.level {
                    after = PathState(level: childLevel, holders: 1, lowest: child)
                } else if childLevel == before.level && childLevel > 0 {
                    after = PathState(level: childLevel, holders: min(before.holders + 1, peerLimit + 1), lowest: child)
                }
                state[child] = after
            }
        }
        sources.sort { ($0.kind.rawValue, $0.generation, tree.ids[Int($0.member)]) < ($1.kind.rawValue, $1.generation, tree.ids[Int($1.member)]) }
        var parts = [Int128](repeating: 0, count: PointsKind.allCases.count)
        for source in sources { parts[source.kind.rawValue] += source.parts }
        let tier = Int(starTier[Int(member)])
        return Explanation(member: member, day: day, starTier: tier >= 0 ? tier : nil, teamPerformanceFen: teamPerformanceFen,
                           sources: sources, partsByKind: parts)
    }
}
