/// Exact decimal text handling. Nothing here ever goes through a binary floating-point type.
///
/// Money is an integer count of fen (1 yuan = 100 fen). Rates and multipliers are integer
/// parts per billion (`Rate.scale`), so that every plan number with up to nine decimals is exact.
public enum ExactDecimal {
    /// Parses a plain decimal string (`"12"`, `"0.012"`, `"-3.5"`) into an integer scaled by
    /// 10^`scaleDigits`. Refuses exponents, spaces, a bare point, more fractional digits than
    /// `scaleDigits`, and values that do not fit in Int64 after scaling.
    public static func parse(_ text: String, scaleDigits: Int) -> Int64? {
        precondition(scaleDigits >= 0 && scaleDigits <= 18)
        var bytes = Array(text.utf8)[...]
        guard !bytes.isEmpty, bytes.count <= 40 else { return nil }
        var negative = false
        if bytes.first == UInt8(ascii: "-") { negative = true; bytes = bytes.dropFirst() }
        else if bytes.first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        var integerDigits: [UInt8] = []
        var fractionDigits: [UInt8] = []
        var seenPoint = false
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                if seenPoint { return nil }
                seenPoint = true
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                if seenPoint { fractionDigits.append(byte - 48) } else { integerDigits.append(byte - 48) }
            } else {
                return nil
            }
        }
        guard !integerDigits.isEmpty else { return nil }           // ".5" is refused: write "0.5"
        if seenPoint && fractionDigits.isEmpty { return nil }       // "5." is refused
        // Trailing zeros beyond the scale are harmless ("1.500" at scale 2); other digits are not.
        while fractionDigits.count > scaleDigits, fractionDigits.last == 0 { fractionDigits.removeLast() }
        guard fractionDigits.count <= scaleDigits else { return nil }
        var value: Int128 = 0
        for digit in integerDigits {
            value = value * 10 + Int128(digit)
            if value > Int128(Int64.max) { return nil }
        }
        for index in 0..<scaleDigits {
            value = value * 10 + Int128(index < fractionDigits.count ? fractionDigits[index] : 0)
            if value > Int128(Int64.max) { return nil }
        }
        return Int64(negative ? -value : value)
    }

    /// Formats a scaled integer as a decimal string with exactly `scaleDigits` decimals.
    public static func format(_ value: Int64, scaleDigits: Int) -> String {
        let negative = value < 0
        let magnitude = value.magnitude
        var divisor: UInt64 = 1
        for _ in 0..<scaleDigits { divisor *= 10 }
        let whole = magnitude / divisor
        let fraction = magnitude % divisor
        var text = negative ? "-" : ""
        text += String(whole)
        if scaleDigits > 0 {
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: scaleDigits - digits.count) + digits
        }
        return text
    }
}

/// Integer fen. `Fen.parse("3000.00") == 300000`.
public enum Fen {
    public static func parse(_ text: String) -> Int64? { ExactDecimal.parse(text, scaleDigits: 2) }
    /// `"1234.50"`: yuan with two decimals, no separators (for CSV, JSON and SQL).
    public static func format(_ fen: Int64) -> String { ExactDecimal.format(fen, scaleDigits: 2) }
    /// `"1,234.50"`: yuan with thousands separators (for terminal reports).
    public static func formatGrouped(_ fen: Int64) -> String {
        let plain = format(fen)
        let negative = plain.hasPrefix("-")
        let body = negative ? String(plain.dropFirst()) : plain
        let parts = body.split(separator: ".", maxSplits: 1)
        return (negative ? "-" : "") + groupThousands(parts[0]) + "." + parts[1]
    }

    /// Digits with a comma every three from the right: `"1234567"` → `"1,234,567"`.
    public static func groupThousands(_ digits: some StringProtocol) -> String {
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return grouped
    }
}

/// An exact rate or multiplier: integer parts per billion. `"0.012"` is 12,000,000 ppb.
public struct Rate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public static let scaleDigits = 9
    public static let scale: Int64 = 1_000_000_000
    public let ppb: Int64

    public init(ppb: Int64) { self.ppb = ppb }
    public static func parse(_ text: String) -> Rate? { ExactDecimal.parse(text, scaleDigits: scaleDigits).map(Rate.init(ppb:)) }
    public static let zero = Rate(ppb: 0)
    public static let one = Rate(ppb: scale)

    /// `trunc(amountFen × rate)`: the one truncation the rules allow, toward zero. The product
    /// in Int64 when it fits (a division by the constant scale is a multiplication; Int128's is a
    /// library call), else in Int128: the same quotient either way, both truncating toward zero.
    @inline(__always)
    public func applyTruncating(_ amountFen: Int64) -> Int64 {
        let (product, overflow) = amountFen.multipliedReportingOverflow(by: ppb)
        if !overflow { return product / 1_000_000_000 }
        return Int64((Int128(amountFen) * Int128(ppb)) / Int128(Rate.scale))
    }

    public static func < (lhs: Rate, rhs: Rate) -> Bool { lhs.ppb < rhs.ppb }
    /// Shortest exact decimal text: `"0.012"`.
    public var description: String {
        var text = ExactDecimal.format(ppb, scaleDigits: Rate.scaleDigits)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
