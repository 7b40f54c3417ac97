import SettleKernel

/// Points paid at checkout (an order's `points_amount`) leave the points wallet on the order's paid
/// day and come back on its refund day (issue 15). The checkout enforces SPEC §2's
/// `max_points_payment_ratio` and the member's balance; the job names the orders that broke them.
public enum Checkout {
    /// The day's entries: a debit per order paid on `day` with points, a credit per such order
    /// refunded on `day`, in the order of the shop's orders. O(orders).
    public static func postings(on day: Day, shop: Shop) -> [LedgerPosting] {
        var postings: [LedgerPosting] = []
        for order in 0..<shop.orderCount where shop.orderPointsFen[order] > 0 {   // bounded: the orders
            let member = shop.tree.ids[Int(shop.orderMember[order])]
            if shop.orderPaidOn[order] == day.number {
                postings.append(LedgerPosting(memberId: member, orderId: shop.orderIds[order], source: .checkout, amountFen: -shop.orderPointsFen[order]))
            }
            if shop.orderRefundedOn[order] == day.number {
                postings.append(LedgerPosting(memberId: member, orderId: shop.orderIds[order], source: .checkoutRefund, amountFen: shop.orderPointsFen[order]))
            }
        }
        return postings
    }

    /// Orders paid on `day` that paid more with points than `ratio` of their amount allows.
    public static func overRatio(on day: Day, shop: Shop, ratio: Rate) -> [Int64] {
        var orders: [Int64] = []
        for order in 0..<shop.orderCount where shop.orderPaidOn[order] == day.number && shop.orderPointsFen[order] > 0
        && Int128(shop.orderPointsFen[order]) * Int128(Rate.scale) > Int128(ratio.ppb) * Int128(shop.orderAmountFen[order]) {
            orders.append(shop.orderIds[order])
        }
        return orders
    }
}
