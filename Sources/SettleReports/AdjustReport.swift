/// An adjustment just recorded.
public struct AdjustFigures: Sendable {
    public var id: Int64
    public var memberId: Int64
    public var phone: String
    public var amountFen: Int64
    public var balanceBeforeFen: Int64
    public var balanceAfterFen: Int64
    public var reason: String
    public var operatorName: String
    public var createdAt: String
    public init(id: Int64, memberId: Int64, phone: String, amountFen: Int64, balanceBeforeFen: Int64, balanceAfterFen: Int64,
                reason: String, operatorName: String, createdAt: String) {
        self.id = id; self.memberId = memberId; self.phone = phone; self.amountFen = amountFen
        self.balanceBeforeFen = balanceBeforeFen; self.balanceAfterFen = balanceAfterFen
        self.reason = reason; self.operatorName = operatorName; self.createdAt = createdAt
    }
}

public enum AdjustReport {
    public static func build(_ figures: AdjustFigures) -> Report {
        Report(kind: "adjust", title: "Adjustment \(figures.id) recorded", sections: [
            Section(key: "adjustment", title: "Adjustment", .fields([
                Field("id", "adjustment", .count(figures.id)),
                Field("member_id", "member", .count(figures.memberId)),
                Field("phone", "phone", .text(figures.phone)),
                Field("points", "points", .fen(figures.amountFen)),
                Field("balance_before", "balance before", .fen(figures.balanceBeforeFen)),
                Field("balance_after", "balance after", .fen(figures.balanceAfterFen)),
                Field("reason", "reason", .text(figures.reason)),
                Field("operator", "operator", .text(figures.operatorName)),
                Field("created_at", "at", .text(figures.createdAt)),
            ])),
        ])
    }
}
