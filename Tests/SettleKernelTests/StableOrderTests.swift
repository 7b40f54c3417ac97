import Testing
@testable import SettleKernel

/// `StableOrder` against the sort it replaces, on narrow keys (counted) and wide ones (sorted).
@Suite struct StableOrderTests {
    @Test func equalsTheSortByKeyThenPosition() {
        var numbers = IdIndexTests.Numbers(state: 3)
        for round in 0..<300 {
            let count = Int(numbers.next() % 500)
            let span = [UInt64(1), 7, 400, 1 << 31][round % 4]
            let keys = (0..<count).map { _ in Int32(truncatingIfNeeded: Int64(numbers.next() % span) - Int64(span / 2)) }
            let sorted = (0..<Int32(count)).sorted { (keys[Int($0)], $0) < (keys[Int($1)], $1) }
            #expect(StableOrder.positions(byKeys: keys) == sorted, "round \(round)")
        }
        #expect(StableOrder.positions(byKeys: []) == [])
        #expect(StableOrder.positions(byKeys: [Int32.max, Int32.min, 0]) == [1, 2, 0])
    }
}
