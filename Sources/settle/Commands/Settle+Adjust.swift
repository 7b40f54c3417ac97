import ArgumentParser
import Foundation
import SettleJob
import SettleKernel
import SettleReports

extension Settle {
    struct Adjust: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add or remove points (or cash, constant points) in a member's balance (可以给会员增加或删除积分), audited.",
            discussion: """
            One transaction. Records who (--operator, the database user and client address), when and \
            why. Refused with exit 3, nothing written, when it would leave the wallet below zero. \
            Adjustments are never edited or deleted: correct one with another.
            """)
        @OptionGroup var connection: ConnectionOptions
        @Option(help: ArgumentHelp("The member's phone number.", valueName: "PHONE")) var phone: String
        @Option(parsing: .unconditional, help: ArgumentHelp("Points to add (e.g. 100 or 12.50) or remove (-100).", valueName: "±N"))
        var points: String
        @Option(help: ArgumentHelp("points (可用积分, the default), cash or constant.", valueName: "CURRENCY")) var currency: String = "points"
        @Option(help: ArgumentHelp("Why, for the audit trail.", valueName: "TEXT")) var reason: String
        @Option(help: ArgumentHelp("Who asked; default: $SETTLE_OPERATOR, $USER or $LOGNAME.", valueName: "NAME")) var `operator`: String?
        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard let fen = Fen.parse(points), fen != 0 else { throw ValidationError("--points must be a non-zero amount with at most two decimals, e.g. 100, -12.50") }
            guard fen.magnitude <= 1_000_000_000_000 else { throw ValidationError("--points is larger than 10,000,000,000") }
            guard !reason.allSatisfy(\.isWhitespace) else { throw ValidationError("--reason must say why") }
            guard Currency(rawValue: currency) != nil else { throw ValidationError("--currency must be points, cash or constant") }
        }

        func run() throws {
            let environment = ProcessInfo.processInfo.environment
            let name = `operator` ?? environment["SETTLE_OPERATOR"] ?? environment["USER"] ?? environment["LOGNAME"] ?? "unknown"
            guard let amountFen = Fen.parse(points) else { throw ValidationError("--points is not an amount") }
            let adjustment = try Adjuster(connection: try connection.connect("adjust"))
                .adjust(phone: phone, amountFen: amountFen, currency: Currency(rawValue: currency) ?? .points, reason: reason, operatorName: name)
            output.print(AdjustReport.build(AdjustFigures(
                id: adjustment.id, memberId: adjustment.memberId, phone: phone, amountFen: adjustment.amountFen,
                balanceBeforeFen: adjustment.balanceBeforeFen, balanceAfterFen: adjustment.balanceAfterFen,
                reason: reason, operatorName: name, createdAt: adjustment.createdAt)))
        }
    }
}
