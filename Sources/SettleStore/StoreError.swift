/// A failure talking to PostgreSQL. Messages come from the server or libpq; connection strings
/// and passwords are never part of them.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public enum Category: Sendable {
        /// Could not connect: server down, wrong password, unknown database.
        case connection
        /// The server refused a statement: `sqlState` tells why (e.g. 23514 check violation).
        case statement
        /// The connection broke during work (server restarted, network gone).
        case connectionLost
        /// The database is not as this program expects (missing migrations, odd data).
        case schema
    }

    public var category: Category
    public var message: String
    public var sqlState: String?
    public var context: String

    public init(_ category: Category, _ message: String, sqlState: String? = nil, context: String = "") {
        self.category = category
        self.message = message
        self.sqlState = sqlState
        self.context = context
    }

    public var description: String {
        var text = context.isEmpty ? "" : "\(context): "
        text += message.trimmingTrailingWhitespace
        if let sqlState { text += " (SQLSTATE \(sqlState))" }
        return text
    }

    /// The server refused the statement because of the data (a check, a trigger, a key).
    public var isDataRefusal: Bool {
        guard let sqlState else { return false }
        return sqlState.hasPrefix("23") || sqlState == "P0001" || sqlState.hasPrefix("22")
    }

    public var isPermissionDenied: Bool { sqlState == "42501" }
}

extension String {
    var trimmingTrailingWhitespace: String {
        var copy = self
        while let last = copy.last, last.isWhitespace { copy.removeLast() }
        return copy
    }
}
