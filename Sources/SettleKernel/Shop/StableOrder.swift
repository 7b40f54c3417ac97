/// Positions `0 ..< keys.count` ordered by key, equal keys by position: what
/// `positions.sorted { (keys[$0], $0) < (keys[$1], $1) }` gives, in O(n + range) by counting when
/// the keys span at most four slots per position (days of a shop's orders: a few hundred values
/// for millions of orders), by that sort otherwise.
public enum StableOrder {
    public static func positions(byKeys keys: [Int32]) -> [Int32] {
        precondition(keys.count < Int(Int32.max), "StableOrder: positions are Int32")
        guard let low = keys.min(), let high = keys.max() else { return [] }
        let span = Int(high) - Int(low) + 1
        guard span <= 4 * keys.count + 16 else {
            return (0..<Int32(keys.count)).sorted { (keys[Int($0)], $0) < (keys[Int($1)], $1) }
        }
        var next = [Int](repeating: 0, count: span + 1)
        for key in keys { next[Int(key) - Int(low) + 1] += 1 }          // bounded: the keys
        for slot in 0..<span { next[slot + 1] += next[slot] }           // bounded: the span
        var order = [Int32](repeating: 0, count: keys.count)
        for (position, key) in keys.enumerated() {                      // bounded: the keys, in position order: stable
            let slot = Int(key) - Int(low)
            order[next[slot]] = Int32(position)
            next[slot] += 1
        }
        return order
    }
}
