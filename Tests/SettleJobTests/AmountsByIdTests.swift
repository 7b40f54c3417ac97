import Testing
@testable import SettleStore

/// `AmountsById` against the slow reference, a dictionary of sums: rows in runs of ascending ids
/// (a day's lines), reversed, shuffled, and on top of starting totals (a checkpoint).
@Suite struct AmountsByIdTests {
    /// SplitMix64: the same rows on every run.
    struct Numbers: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static func reference(_ start: [(Int64, Int64)], _ rows: [(Int64, Int64)]) -> (ids: [Int64], amounts: [Int64]) {
        var sums: [Int64: Int64] = [:]
        for (id, amount) in start + rows { sums[id, default: 0] += amount }
        let ids = sums.keys.sorted()
        return (ids, ids.map { sums[$0]! })
    }

    @Test(arguments: ["days", "reversed", "shuffled", "short runs"])
    func totalsAreTheSumsWhateverTheOrder(order: String) {
        var numbers = Numbers(state: 11)
        let start = stride(from: Int64(1), to: 300_000, by: 3).map { ($0, Int64.random(in: 1...9_999, using: &numbers)) }
        var days: [[(Int64, Int64)]] = []
        for _ in 0..<4 {                                      // four days, each in member order, some members twice
            let members = (0..<90_000).map { _ in Int64.random(in: 1...400_000, using: &numbers) }.sorted()
            var day: [(Int64, Int64)] = []
            for id in members {                               // some members paid twice (two kinds)
                if Int.random(in: 0..<4, using: &numbers) == 0 { day += [(id, 5), (id, 7)] } else { day.append((id, 3)) }
            }
            days.append(day)
        }
        var rows = days.flatMap { $0 }
        switch order {
        case "reversed": rows.reverse()
        case "shuffled": rows.shuffle(using: &numbers)
        case "short runs": rows = days.flatMap { $0.chunked(1_000) }.shuffled(using: &numbers).flatMap { $0 }
        default: break
        }
        var totals = AmountsById(ascending: start.map(\.0), amounts: start.map(\.1))
        for (id, amount) in rows { totals.add(id, amount) }
        let (ids, amounts) = totals.finish()
        let expected = Self.reference(start, rows)
        let sameIds = ids == expected.ids, sameAmounts = amounts == expected.amounts   // Bools: 400,000 ids are not printed
        #expect(sameIds && sameAmounts)
    }

    @Test func noRowsGiveTheStartingTotals() {
        var totals = AmountsById(ascending: [2, 5], amounts: [10, 20])
        #expect(totals.finish() == ([2, 5], [10, 20]))
        var empty = AmountsById()
        #expect(empty.finish() == ([], []))
    }
}

private extension Array {
    func chunked(_ size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min(count, $0 + size)]) }
    }
}
