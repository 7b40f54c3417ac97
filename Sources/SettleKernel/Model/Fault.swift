/// Something `verify` found wrong, with the ids involved.
public struct Fault: Equatable, Sendable {
    public var check: String
    public var day: Day?
    public var memberId: Int64?
    public var orderId: Int64?
    public var detail: String
    public init(check: String, day: Day? = nil, memberId: Int64? = nil, orderId: Int64? = nil, detail: String) {
        self.check = check; self.day = day; self.memberId = memberId; self.orderId = orderId; self.detail = detail
    }
}
