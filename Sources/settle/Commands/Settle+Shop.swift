import ArgumentParser
import SettleJob

extension Settle {
    struct ShopGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "shop",
            abstract: "The shop's inputs: check them before a night; set who owns the balance its checkout spends.",
            subcommands: [Check.self, Set.self])
    }
}

extension Settle.ShopGroup {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Reads the shop's members and orders as the job will and lists what to look at; writes nothing.",
            discussion: """
            The input contract (columns and types of settle.members and settle.orders), rows the job \
            would refuse (an unknown or own referrer, an order of an unknown member, amounts that \
            don't add up, a refund before payment, a referral cycle), members without phone or \
            sharing one, orders paid with points and who owns that balance, refunded orders, \
            referrers changed since a program settled on them, and the mapping's own notes \
            (settle.shop_notes: hidden, split, partly refunded orders). Exit 3 when the job would \
            refuse the inputs.

            Example: settle shop check --format json
            """)
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            let (report, refused) = try ShopChecker(connection: try connection.connectCurrent("shop check")).check()
            output.print(report)
            if refused { throw ExitCode(ExitStatus.badInput.rawValue) }
        }
    }

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Who owns the points balance the shop's checkout spends: settle (its ledger) or shop (its own table).",
            discussion: """
            shop: the shop's own table (CRMEB eb_user.integral, likeshop ls_user.user_integral) holds \
            the balance and its checkout spends from it; settle posts no checkout entries, only what \
            the programs pay, which the shop applies to its table through `settle feed`. Chosen \
            before the first night: refused (exit 3) once a day is settled.

            Example: settle shop set --checkout-balance shop
            """)
        @OptionGroup var connection: ConnectionOptions
        @Option(help: ArgumentHelp("settle or shop.", valueName: "OWNER")) var checkoutBalance: String

        func validate() throws {
            guard ["settle", "shop"].contains(checkoutBalance) else { throw ValidationError("--checkout-balance must be settle or shop") }
        }

        func run() throws {
            let checker = ShopChecker(connection: try connection.connectCurrent("shop set"))
            if let settled = try checker.setCheckoutBalance(ownedByShop: checkoutBalance == "shop") {
                throw JobError.badInput("--checkout-balance is chosen before the first night: \(settled) day(s) are settled already; nothing changed")
            }
            printOut("shop: checkout balance owned by \(checkoutBalance)\n")
        }
    }
}
