import FoundationEssentials

// The JSON reading every model's plan parser uses: typed access with the field path in every
// refusal. JSONDecoder comes from FoundationEssentials (no I/O, no floating point reaches a plan:
// numbers are kept as their text); it is the one Foundation import of the kernel.

/// Why a plan document was refused. `field` is a JSON path such as `star_tiers[2].rate`.
public struct PlanError: Error, Equatable, Sendable, CustomStringConvertible {
    public var field: String
    public var reason: String
    public var description: String { "plan field \(field): \(reason)" }
    public init(field: String, reason: String) { self.field = field; self.reason = reason }
}

/// Typed access to a decoded JSON document, with errors that carry the field path.
public enum PlanReader {
    /// The document's top-level object, with exactly `keys` (with `optional`: any of them, no other).
    public static func root(json text: String, keys: [String], optional: Bool = false) throws(PlanError) -> [String: JSONValue] {
        try JSONSyntax.check(text)
        let root: JSONValue
        do {
            root = try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
        } catch {
            throw PlanError(field: "$", reason: "not valid JSON")
        }
        let object = try object(root, at: "$")
        if optional {
            for key in object.keys.sorted() where !keys.contains(key) {        // bounded: the object's keys
                throw PlanError(field: key, reason: "is not a known key (\(keys.joined(separator: ", ")))")
            }
        } else {
            try requireExactKeys(object, keys, at: "")
        }
        return object
    }

    /// `timezone`: a zone the shell knows, and the first version's when there is one (SPEC §2).
    public static func timezone(_ object: [String: JSONValue], isKnown: (String) -> Bool, first: String?) throws(PlanError) -> String {
        let timezone = try string(try field(object, "timezone"), at: "timezone")
        guard isKnown(timezone) else { throw PlanError(field: "timezone", reason: "unknown timezone \"\(timezone)\"") }
        if let first, first != timezone {
            throw PlanError(field: "timezone", reason: "must stay \"\(first)\", the first version's timezone (got \"\(timezone)\")")
        }
        return timezone
    }

    /// A key that `requireExactKeys` has already checked is there.
    public static func field(_ object: [String: JSONValue], _ key: String, at path: String = "") throws(PlanError) -> JSONValue {
        guard let value = object[key] else { throw PlanError(field: path.isEmpty ? key : "\(path).\(key)", reason: "is missing") }
        return value
    }

    public static func object(_ value: JSONValue, at path: String) throws(PlanError) -> [String: JSONValue] {
        guard case .object(let object) = value else { throw PlanError(field: path, reason: "must be an object") }
        return object
    }

    public static func array(_ value: JSONValue, at path: String) throws(PlanError) -> [JSONValue] {
        guard case .array(let array) = value else { throw PlanError(field: path, reason: "must be an array") }
        return array
    }

    public static func string(_ value: JSONValue, at path: String) throws(PlanError) -> String {
        guard case .string(let text) = value else { throw PlanError(field: path, reason: "must be a string") }
        return text
    }

    public static func integer(_ value: JSONValue, at path: String, in range: ClosedRange<Int64>) throws(PlanError) -> Int {
        guard case .integer(let number) = value else { throw PlanError(field: path, reason: "must be a whole number") }
        guard range.contains(number) else {
            throw PlanError(field: path, reason: "is \(number); must be from \(range.lowerBound) to \(range.upperBound)")
        }
        return Int(number)
    }

    /// A non-negative decimal string with up to nine decimals.
    public static func decimal(_ value: JSONValue, at path: String) throws(PlanError) -> Rate {
        guard case .string(let text) = value else { throw PlanError(field: path, reason: "must be a decimal string such as \"0.012\"") }
        guard let rate = Rate.parse(text) else {
            throw PlanError(field: path, reason: "\"\(text)\" is not a plain decimal with at most \(Rate.scaleDigits) decimals")
        }
        guard rate >= .zero else { throw PlanError(field: path, reason: "is below 0") }
        return rate
    }

    /// A rate: a decimal from 0 to 1.
    public static func rate(_ value: JSONValue, at path: String) throws(PlanError) -> Rate {
        let rate = try decimal(value, at: path)
        guard rate <= .one else { throw PlanError(field: path, reason: "is above 1") }
        return rate
    }

    /// An amount in yuan with at most two decimals, as fen.
    public static func amount(_ value: JSONValue, at path: String) throws(PlanError) -> Int64 {
        guard case .string(let text) = value else { throw PlanError(field: path, reason: "must be a decimal string such as \"3000\"") }
        guard let fen = Fen.parse(text), fen >= 0, fen < 1_000_000_000_000_000 else {
            throw PlanError(field: path, reason: "\"\(text)\" is not an amount in yuan with at most 2 decimals")
        }
        return fen
    }

    public static func requireExactKeys(_ object: [String: JSONValue], _ keys: [String], at path: String) throws(PlanError) {
        let prefix = path.isEmpty ? "" : path + "."
        for key in keys where object[key] == nil { throw PlanError(field: prefix + key, reason: "is missing") }
        for key in object.keys.sorted() where !keys.contains(key) { throw PlanError(field: prefix + key, reason: "is not a known key") }
    }
}

/// Any JSON value. Non-integer numbers are kept apart (and refused by the plan reader)
/// so that no plan number ever passes through a binary floating-point type.
public enum JSONValue: Decodable, Equatable {
    case null
    case bool(Bool)
    case integer(Int64)
    case nonIntegerNumber
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: any Decoder) throws {
        if var unkeyed = try? decoder.unkeyedContainer() {
            var items: [JSONValue] = []
            while !unkeyed.isAtEnd { items.append(try unkeyed.decode(JSONValue.self)) }
            self = .array(items)
            return
        }
        if let keyed = try? decoder.container(keyedBy: AnyKey.self) {
            var object: [String: JSONValue] = [:]
            for key in keyed.allKeys { object[key.stringValue] = try keyed.decode(JSONValue.self, forKey: key) }
            self = .object(object)
            return
        }
        let single = try decoder.singleValueContainer()
        if single.decodeNil() { self = .null }
        else if let value = try? single.decode(Bool.self) { self = .bool(value) }
        else if let value = try? single.decode(Int64.self) { self = .integer(value) }
        else if let value = try? single.decode(String.self) { self = .string(value) }
        else { self = .nonIntegerNumber }
    }

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
