import Foundation
import SettleKernel
import PointsModel
import SettleStore

/// The seed's shop, small enough to check every figure by hand (2026-03-01 Shanghai):
/// A buys 3000 and 9000; B (referred by A) buys 3000, 1000 of it with points; C (referred by
/// B) buys 1000, too little for a lot. From 2026-03-02 each day: A releases 36 + 108, B 36, A's
/// share of B is 18 (paid from A's older lot). Nobody reaches a star tier (A's team: 4000).
enum SmallShop {
    static let day0 = Day(iso: "2026-03-01")!
    static let day1 = Day(iso: "2026-03-02")!
    static let phoneA = "13800000001", phoneB = "13800000002", phoneC = "13800000003"

    static func write(to database: TestDatabase) throws {
        let connection = try database.connect()
        try connection.execute("""
            INSERT INTO settle.members (id, phone, referrer_id, joined_at) VALUES
                (1, '13800000001', NULL, '2026-02-20 09:00+08'),
                (2, '13800000002', 1, '2026-02-21 09:00+08'),
                (3, '13800000003', 2, '2026-02-22 09:00+08')
            """)
        try connection.execute("""
            INSERT INTO settle.orders (id, member_id, amount, cash_amount, points_amount, paid_at) VALUES
                (101, 1, 3000.00, 3000.00, 0, '2026-03-01 10:00+08'),
                (102, 1, 9000.00, 9000.00, 0, '2026-03-01 11:00+08'),
                (103, 2, 3000.00, 2000.00, 1000.00, '2026-03-01 12:00+08'),
                (104, 3, 1000.00, 1000.00, 0, '2026-03-01 13:00+08')
            """)
        try connection.execute("INSERT INTO settle.plan_versions (model, effective_from, document) VALUES ('points', '2026-01-01', $1)", [Plan.defaultDocument])
        // B pays 1000 with points: points it brought from the shop's old system.
        try connection.execute("""
            INSERT INTO settle.ledger (member_id, currency, amount_fen, source, created_at) VALUES (2, 'points', 100000, 'opening', '2026-02-28 09:00+08')
            """)
    }

    /// Parses a JSON report.
    static func json(_ text: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any] ?? [:]
    }
}

extension Dictionary where Key == String, Value == Any {
    subscript(object key: String) -> [String: Any] { self[key] as? [String: Any] ?? [:] }
    subscript(array key: String) -> [[String: Any]] { self[key] as? [[String: Any]] ?? [] }
}
