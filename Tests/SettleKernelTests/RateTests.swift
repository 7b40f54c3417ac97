import Testing
@testable import SettleKernel

/// `Rate.applyTruncating` takes an Int64 path when the product fits: the same quotient as the
/// Int128 reference, truncated toward zero, on both sides of the overflow boundary.
@Suite struct RateTests {
    static func reference(_ amountFen: Int64, _ ppb: Int64) -> Int64 {
        Int64((Int128(amountFen) * Int128(ppb)) / Int128(1_000_000_000))
    }

    @Test func theInt64PathEqualsTheInt128Reference() {
        #expect(Rate.scale == 1_000_000_000, "applyTruncating divides by the literal scale")
        var numbers = IdIndexTests.Numbers(state: 11)
        let edges: [Int64] = [0, 1, -1, 999_999_999, -999_999_999, 1_000_000_001, Int64.max / 3, -(Int64.max / 3)]
        for _ in 0..<20_000 {
            let amount = Int64(bitPattern: numbers.next()) >> Int64(numbers.next() % 63)
            let ppb = Int64(bitPattern: numbers.next()) >> Int64(30 + numbers.next() % 33)
            let product = Int128(amount) * Int128(ppb) / Int128(1_000_000_000)
            guard product <= Int128(Int64.max), product >= Int128(Int64.min) else { continue }   // a result past Int64 traps on either path
            #expect(Rate(ppb: ppb).applyTruncating(amount) == Self.reference(amount, ppb), "\(amount) × \(ppb) ppb")
        }
        for amount in edges {
            for ppb in [Int64(12_000_000), 1_000_000_000, 3_500_000_000, -7, 9_223_372_036] {
                let product = Int128(amount) * Int128(ppb) / Int128(1_000_000_000)
                guard product <= Int128(Int64.max), product >= Int128(Int64.min) else { continue }
                #expect(Rate(ppb: ppb).applyTruncating(amount) == Self.reference(amount, ppb), "\(amount) × \(ppb) ppb")
            }
        }
        #expect(Rate(ppb: 12_000_000).applyTruncating(-101) == -1, "toward zero, not down")
        #expect(Rate(ppb: 2_000_000_000).applyTruncating(Int64.max / 4) == Int64.max / 4 * 2, "a product past Int64, a result within it")
    }
}
