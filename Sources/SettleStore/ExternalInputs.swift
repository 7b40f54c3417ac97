/// The input contract (SPEC §5) that a shop's own views must meet (`settle migrate --inputs
/// external`, `settle shop check`): each column there, of a type the job reads exactly. Money must
/// be numeric or integer (never floating point); instants must carry their zone.
public enum ExternalInputs {
    /// The views don't meet the contract: nothing was applied.
    public struct Refused: Error, CustomStringConvertible {
        public var problems: [String]
        public var description: String {
            "the shop's views don't meet the input contract (SPEC §5; nothing applied):\n  " + problems.joined(separator: "\n  ")
        }
    }

    static let integer = ["smallint", "integer", "bigint"]
    static let money = ["numeric", "smallint", "integer", "bigint"]
    static let text = ["text", "character varying", "character"]
    static let instant = ["timestamp with time zone"]

    /// (relation, column, accepted information_schema data types)
    static let columns: [(String, String, [String])] = [
        ("members", "id", integer), ("members", "phone", text), ("members", "referrer_id", integer),
        ("members", "joined_at", instant),
        ("orders", "id", integer), ("orders", "member_id", integer), ("orders", "amount", money),
        ("orders", "cash_amount", money), ("orders", "points_amount", money), ("orders", "paid_at", instant),
        ("orders", "refunded_at", instant),
    ]

    /// What is missing or of the wrong type, one sentence each naming the column; empty when the
    /// views meet the contract. Reads the catalog only.
    public static func problems(on connection: Connection) throws(StoreError) -> [String] {
        let found = try connection.rows("""
            SELECT table_name::text, column_name::text, data_type::text FROM information_schema.columns
            WHERE table_schema = 'settle' AND table_name IN ('members', 'orders')
            """, source: "information_schema.columns").map { row throws(StoreError) in
            (try row.text(0), try row.text(1), try row.text(2))
        }
        var problems: [String] = []
        for relation in ["members", "orders"] where !found.contains(where: { $0.0 == relation }) {
            problems.append("settle.\(relation) does not exist (or this role can't see it): create the shop's mapping first (psql -f sql/shops/…)")
        }
        for (relation, column, accepted) in columns where found.contains(where: { $0.0 == relation }) {
            guard let type = found.first(where: { $0.0 == relation && $0.1 == column })?.2 else {
                problems.append("settle.\(relation).\(column) is missing")
                continue
            }
            guard !accepted.contains(type) else { continue }
            let fix = accepted == instant ? "give the instant its zone (e.g. to_timestamp(unix_seconds), or ts AT TIME ZONE 'Asia/Shanghai')"
                : accepted == money ? "money must be exact: cast it to numeric(20,2)" : accepted == text ? "cast it to text" : "cast it to bigint"
            problems.append("settle.\(relation).\(column) is \(type): \(fix)")
        }
        return problems
    }
}
