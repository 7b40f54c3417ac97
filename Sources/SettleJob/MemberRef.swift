import SettleStore

/// How an operator names a member: by phone (the account name) or by id.
public enum MemberRef: Sendable, CustomStringConvertible {
    case phone(String)
    case id(Int64)

    public var description: String {
        switch self {
        case .phone(let phone): return "phone \(phone)"
        case .id(let id): return "id \(id)"
        }
    }

    /// The one member it names; an unknown, empty or shared phone is refused with the ids.
    public func find(in store: SettlementStore) throws -> SettlementStore.MemberRecord {
        let found: [SettlementStore.MemberRecord]
        switch self {
        case .phone(let phone):
            guard !phone.allSatisfy(\.isWhitespace) else { throw JobError.badInput("an empty phone names no member; use --member-id") }
            found = try store.members(phone: phone)
        case .id(let id):
            found = try store.members(id: id)
        }
        guard let first = found.first else { throw JobError.badInput("no member has the \(self)") }
        guard found.count == 1 else {
            throw JobError.badInput("the \(self) belongs to members \(found.map { String($0.id) }.joined(separator: ", ")): "
                                    + "name one with --member-id")
        }
        return first
    }
}
