import SettleKernel

/// A row of a query result. Reading a field that is NULL, missing or not of the asked type is a
/// clear `.schema` error naming the query's table and column, never a trap.
public struct Row: Sendable {
    public let fields: [String?]
    let source: String

    init(_ fields: [String?], source: String) { self.fields = fields; self.source = source }

    func field(_ index: Int) throws(StoreError) -> String {
        guard index < fields.count else { throw StoreError(.schema, "\(source): column \(index + 1) is missing") }
        guard let text = fields[index] else { throw StoreError(.schema, "\(source): column \(index + 1) is NULL") }
        return text
    }

    public func text(_ index: Int) throws(StoreError) -> String { try field(index) }
    public func optionalText(_ index: Int) -> String? { index < fields.count ? fields[index] : nil }

    public func int64(_ index: Int) throws(StoreError) -> Int64 {
        let text = try field(index)
        guard let value = Int64(text) else { throw StoreError(.schema, "\(source): column \(index + 1) is not an integer (\(text))") }
        return value
    }

    public func optionalInt64(_ index: Int) throws(StoreError) -> Int64? {
        guard index < fields.count, fields[index] != nil else { return nil }
        return try int64(index)
    }

    /// A date read as `d - date '1970-01-01'`.
    public func day(_ index: Int) throws(StoreError) -> Day {
        let number = try int64(index)
        guard let value = Int32(exactly: number) else { throw StoreError(.schema, "\(source): column \(index + 1) is not a day (\(number))") }
        return Day(value)
    }

    public func optionalDay(_ index: Int) throws(StoreError) -> Day? {
        guard index < fields.count, fields[index] != nil else { return nil }
        return try day(index)
    }

    /// A `bigint[]` read as `array_to_string(a, ',')`.
    public func int64List(_ index: Int) throws(StoreError) -> [Int64] {
        guard let text = optionalText(index), !text.isEmpty else { return [] }
        var values: [Int64] = []
        for part in text.split(separator: ",") {
            guard let value = Int64(part) else { throw StoreError(.schema, "\(source): column \(index + 1) is not a list of integers") }
            values.append(value)
        }
        return values
    }
}

extension Connection {
    /// `query`, with rows that decode their fields with errors instead of traps.
    public func rows(_ sql: String, _ parameters: [String?] = [], source: String) throws(StoreError) -> [Row] {
        try query(sql, parameters).map { Row($0, source: source) }
    }

    public func row(_ sql: String, _ parameters: [String?] = [], source: String) throws(StoreError) -> Row? {
        try rows(sql, parameters, source: source).first
    }
}
