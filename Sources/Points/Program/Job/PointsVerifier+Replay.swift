import SettleKernel
import SettleStore
import PointsModel
import SettleReports
import SettleJob

extension PointsVerifier {
    /// The engine run again over the settled days, from the state the store restores for the first
    /// of them, with each day's stored lines and lot rows held to it.
    struct Replay {
        var snapshot: Snapshot
        let limit: Int
        var balances: LotBalances
        var faults: [Fault] = []

        init(snapshot: Snapshot, limit: Int) {
            self.snapshot = snapshot
            self.limit = limit
            balances = LotBalances(releasedFen: [Int64](repeating: 0, count: snapshot.lotCount))
        }

        /// Settles `day` again and holds its stored lines and rows to it. `everyLot`: a day settled
        /// before migration 0013, with a row for every active lot and none for refunds.
        mutating func check(_ day: Day, everyLot: Bool, lines stored: [PointsLine], rows: [SettlementStore.LotRow]) {
            var result = DayEngine.settle(day: day, snapshot: snapshot, balances: &balances)
            if everyLot { result.refunds = [] }
            checkLines(day, replayed: result.lines, stored: stored)
            checkRows(day, result: result, required: everyLot ? result.lots : result.changedLots, stored: rows)
        }

        /// The state as the job read it from rows alone (the first day that recorded lots): no lot
        /// known, no refund recorded.
        mutating func forgetRecords() {
            balances.known = [Bool](repeating: false, count: snapshot.lotCount)
            balances.refundRecorded = balances.known
        }

        /// Both sorted by (member id, kind): a merge.
        mutating func checkLines(_ day: Day, replayed: [PointsLine], stored: [PointsLine]) {
            var (i, j) = (0, 0)
            while i < replayed.count || j < stored.count {        // bounded: each step moves i or j
                let a = i < replayed.count ? replayed[i] : nil, b = j < stored.count ? stored[j] : nil
                let keyA = a.map { ($0.memberId, $0.kind.code) }, keyB = b.map { ($0.memberId, $0.kind.code) }
                if let a, let b, keyA! == keyB! {
                    if a != b {
                        fault("lines = lots", day, member: a.memberId, "\(a.kind.name): stored entitled \(b.entitledFen) / paid \(b.paidFen) fen, "
                              + "the lots release entitled \(a.entitledFen) / paid \(a.paidFen)")
                    }
                    i += 1; j += 1
                } else if let a, b == nil || keyA! < keyB! {
                    fault("lines = lots", day, member: a.memberId, "\(a.kind.name): no stored line, the lots release paid \(a.paidFen) fen")
                    i += 1
                } else if let b {
                    fault("lines = lots", day, member: b.memberId, "\(b.kind.name): a stored line paying \(b.paidFen) fen the lots do not release")
                    j += 1
                }
            }
        }

        /// Every stored row is the replay's row of that lot; every change has its row.
        mutating func checkRows(_ day: Day, result: DayResult, required: [LotRelease], stored: [SettlementStore.LotRow]) {
            var changes: [Int64: LotRelease] = [:]
            for row in required { changes[row.orderId] = row }
            var all: [Int64: LotRelease]? = nil
            var seen = Set<Int64>()
            for row in stored {                                   // bounded: the day's stored rows
                seen.insert(row.orderId)
                if changes[row.orderId] == nil && all == nil { all = Dictionary(result.lots.map { ($0.orderId, $0) }, uniquingKeysWith: { a, _ in a }) }
                guard let expected = changes[row.orderId] ?? all?[row.orderId] else {
                    fault("lot history", day, order: row.orderId, "a row for a lot that released nothing that day (total \(row.releasedTotalFen) fen)")
                    continue
                }
                let replayed = SettlementStore.LotRow(day: day, orderId: expected.orderId, byKindFen: [expected.staticFen, expected.shareFen, expected.teamFen,
                                                      expected.peerFen], releasedTotalFen: expected.releasedTotalFen,
                                                      exhausted: expected.exhausted, refunded: expected.refunded)
                if replayed != row {
                    fault("lot history", day, order: row.orderId, "stored \(Self.describe(row)), the replay \(Self.describe(replayed))")
                }
            }
            for (order, change) in changes.sorted(by: { $0.key < $1.key }) where !seen.contains(order) {
                let what = change.refunded ? "saw refunded" : change.exhausted ? "exhausted" : change.isChange ? "accelerated" : "released from"
                fault("lot history", day, order: order, "no row for a lot the day \(what)")
            }
        }

        static func describe(_ row: SettlementStore.LotRow) -> String {
            "released \(row.byKindFen.map(String.init).joined(separator: "/")) fen (static/share/team/peer), total \(row.releasedTotalFen)"
                + (row.exhausted ? ", exhausted" : "") + (row.refunded ? ", refunded" : "")
        }

        mutating func fault(_ check: String, _ day: Day, member: Int64? = nil, order: Int64? = nil, _ detail: String) {
            guard faults.count < limit * 3 else { return }
            faults.append(Fault(check: check, day: day, memberId: member, orderId: order, detail: detail))
        }

        /// settle.lots against the replay at the end of `last`; returns what the stored anchors say
        /// each lot had released then (for conservation).
        func checkLots(_ records: [SettlementStore.LotRecord], last: Day, faults: inout [Fault], conservation: inout Conservation) -> LotBalances {
            guard !records.isEmpty else {                           // rows alone (before migration 0013): the replay held them
                conservation.releasedFen = balances.releasedFen.reduce(0, +)
                return balances
            }
            let lotOf = snapshot.lotIndexByOrderId()
            var stored = LotBalances(releasedFen: [Int64](repeating: 0, count: snapshot.lotCount))
            for record in records {                              // bounded: the stored lots, by order id
                guard let lot = lotOf.position(of: record.orderId).map(Int.init) else {
                    faults.append(Fault(check: "caps", orderId: record.orderId, detail: "settle.lots holds an order that is gone or has no lot"))
                    continue
                }
                stored.known[lot] = true
                let anchor = record.anchor, cap = snapshot.lotCapFen[lot]
                var released = anchor.releasedFen
                if anchor.status == .live { released += snapshot.lotDailyFen[lot] * Int64(snapshot.activeDays(lot, from: anchor.asOf.advanced(by: 1), to: last)) }
                let order = Int(snapshot.lotOrder[lot])
                let terms = (snapshot.tree.ids[Int(snapshot.orderMember[order])], snapshot.orderPaidOn[order], Int(snapshot.lotTier[lot]), cap,
                             snapshot.lotDailyFen[lot], snapshot.lotActiveFrom[lot])
                if (record.memberId, record.paidOn.number, record.giftTier, record.capFen, record.dailyFen, record.activeFrom.number) != terms {
                    faults.append(Fault(check: "caps", orderId: record.orderId, detail: "recorded terms (member \(record.memberId), paid \(record.paidOn), "
                                        + "tier \(record.giftTier), cap \(record.capFen), daily \(record.dailyFen), from \(record.activeFrom)) are not the order's"))
                }
                let status: LotAnchor.Status = balances.refundRecorded[lot] ? .refunded : balances.releasedFen[lot] == cap ? .exhausted : .live
                if released != balances.releasedFen[lot] || anchor.status != status || released > cap || released < 0 {
                    faults.append(Fault(check: "caps", day: last, orderId: record.orderId,
                                        detail: "anchored at \(anchor.releasedFen) fen \(anchor.status) on \(anchor.asOf): \(released) of a cap of \(cap) by \(last); "
                                            + "the replay: \(balances.releasedFen[lot]) \(status)"))
                }
                stored.releasedFen[lot] = min(max(released, 0), cap)
                conservation.releasedFen += released
            }
            for lot in 0..<snapshot.lotCount where balances.known[lot] && !stored.known[lot] {
                faults.append(Fault(check: "caps", orderId: snapshot.orderIds[Int(snapshot.lotOrder[lot])], detail: "settle.lots does not hold this lot"))
            }
            return stored
        }
    }
}
