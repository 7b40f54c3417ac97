import Testing
@testable import SettleKernel

/// `IdIndex` against a dictionary, the slow reference, on dense and sparse ids.
@Suite struct IdIndexTests {
    /// SplitMix64: the same ids on every run.
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

    static func check(_ ids: [Int64], probes: [Int64]) {
        let built = IdIndex.build(ids)
        var reference: [Int64: Int32] = [:]
        var repeated: Int64? = nil
        for (position, id) in ids.enumerated() {
            if reference[id] == nil { reference[id] = Int32(position) } else { repeated = min(repeated ?? id, id) }
        }
        #expect(built.duplicate == repeated)
        for id in ids + probes { #expect(built.index.position(of: id) == reference[id], "id \(id)") }
    }

    @Test func findsWhatADictionaryFinds() {
        var numbers = Numbers(state: 7)
        for round in 0..<200 {
            let count = Int(numbers.next() % 300)
            let spread = [Int64(1), 2, 3, 4, 5, 1_000, 1 << 40][round % 7]   // slots per id: dense up to 4, then sparse
            let base = Int64(bitPattern: numbers.next() >> 2) - (1 << 61)
            var ids = (0..<count).map { _ in base + Int64(numbers.next() % UInt64(max(1, Int64(count) * spread))) }
            if round % 3 == 0 { ids = Array(Set(ids)).sorted() }                  // distinct, as members and orders are
            let probes = (0..<20).map { _ in base + Int64(numbers.next() % UInt64(max(1, Int64(count) * spread * 2))) - 3 }
            Self.check(ids, probes: probes)
        }
    }

    @Test func denseWhenASequenceNumbersTheIds() {
        var numbers = Numbers(state: 42)
        let ids: [Int64] = Array(1...1000).shuffled(using: &numbers).map(Int64.init)
        let index = IdIndex(ids)
        #expect(index.isDense)
        #expect(!IdIndex([1, 1 << 40]).isDense)
        #expect(IdIndex([]).position(of: 0) == nil)
        Self.check([Int64.min, Int64.max, 0, -1], probes: [1, Int64.min + 1, Int64.max - 1])   // spans past Int64: sparse
        Self.check([5, 3, 5, 3, 9], probes: [4])
    }
}
