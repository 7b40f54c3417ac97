import Dispatch

/// Work split in two, both halves at once: after a night's orders have streamed in, the shop is
/// built while the server waits, one core idle. The halves touch disjoint slots and variables (the
/// callers' duty), so the result is the same as one pass's.
public enum TwoHalves {
    /// `body` over `0..<count`'s lower and upper halves at once; returns when both are done.
    static func run(_ count: Int, _ body: (Range<Int>) -> Void) {
        let middle = count / 2
        guard middle > 0 else { return body(0..<count) }
        withoutActuallyEscaping(body) { body in
            let shared = Unchecked(body)
            DispatchQueue.concurrentPerform(iterations: 2) { half in shared.value(half == 0 ? 0..<middle : middle..<count) }
        }
    }

    /// `first` on this thread and `second` on another, at once; returns when both are done. What
    /// `first` allocates comes from this thread's heap, as it would without the other thread:
    /// glibc gives each thread an arena of its own, and memory freed back to a worker's arena is
    /// kept there, so a day's large arrays made on whichever thread ran them held a copy in each
    /// arena across a catch-up (a 30-day catch-up's peak RSS 796 → 1,004 MiB). Callers put the
    /// larger allocations in `first`.
    public static func both(_ first: () -> Void, _ second: () -> Void) {
        withoutActuallyEscaping(second) { second in
            let shared = Unchecked(second)
            let done = DispatchGroup()
            DispatchQueue.global().async(group: done) { shared.value() }
            first()
            done.wait()
        }
    }

    /// A closure handed to the other thread, which runs it before `concurrentPerform` returns.
    private struct Unchecked<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}
