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

    /// `first` and `second` at once; returns when both are done.
    public static func both(_ first: () -> Void, _ second: () -> Void) {
        withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                let shared = Unchecked((first, second))
                DispatchQueue.concurrentPerform(iterations: 2) { which in if which == 0 { shared.value.0() } else { shared.value.1() } }
            }
        }
    }

    /// A closure handed to the other thread, which runs it before `concurrentPerform` returns.
    private struct Unchecked<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}
