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
        @OptionGroup var who: MemberOptions
        @Option(parsing: .unconditional, help: ArgumentHelp("Points to add (e.g. 100 or 12.50) or remove (-100).", valueName: "±N"))
        var points: String
        @Option(help: ArgumentHelp("points (可用积分, the default), cash or constant.", valueName: "CURRENCY")) var currency: String = "points"
        @Option(help: ArgumentHelp("Why, for the audit trail.", valueName: "TEXT")) var reason: String
        @Option(help: ArgumentHelp("Who asked (required): default $SETTLE_OPERATOR, $USER or $LOGNAME.", valueName: "NAME")) var `operator`: String?
        @Option(name: .customLong("idempotency-key"),
                help: ArgumentHelp("Names this adjustment: a retry with the same key records nothing more and prints the first.", valueName: "KEY"))
        var idempotencyKey: String?
        @Flag(help: "Needed above \(Self.confirmAboveYuan) (yuan or points): the operator confirms a large adjustment.") var confirm = false

        static let confirmAboveYuan: Int64 = 100_000
        static let mostYuan: Int64 = 100_000_000
        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard let fen = Fen.parse(points), fen != 0 else { throw ValidationError("--points must be a non-zero amount with at most two decimals, e.g. 100, -12.50") }
            guard fen.magnitude <= UInt64(Self.mostYuan * 100) else { throw ValidationError("--points is larger than \(Self.mostYuan), the most one adjustment may move") }
            guard confirm || fen.magnitude <= UInt64(Self.confirmAboveYuan * 100) else {
                throw ValidationError("--points above \(Self.confirmAboveYuan) needs --confirm")
            }
            guard operatorName != nil else { throw ValidationError("--operator is required (or $SETTLE_OPERATOR): the audit trail names who asked") }
            if let idempotencyKey { guard (1...200).contains(idempotencyKey.count) else { throw ValidationError("--idempotency-key must be 1…200 characters") } }
            guard !reason.allSatisfy(\.isWhitespace) else { throw ValidationError("--reason must say why") }
            guard Currency(rawValue: currency) != nil else { throw ValidationError("--currency must be points, cash or constant") }
        }

        var operatorName: String? {
            let environment = ProcessInfo.processInfo.environment
            return [`operator`, environment["SETTLE_OPERATOR"], environment["USER"], environment["LOGNAME"]]
                .compactMap { $0 }.first { !$0.allSatisfy(\.isWhitespace) }
        }

        func run() throws {
            let name = operatorName ?? ""
            guard let amountFen = Fen.parse(points) else { throw ValidationError("--points is not an amount") }
            let (record, adjustment) = try Adjuster(connection: try connection.connectCurrent("adjust"))
                .adjust(member: who.member, amountFen: amountFen, currency: Currency(rawValue: currency) ?? .points, reason: reason, operatorName: name,
                         idempotencyKey: idempotencyKey)
            if adjustment.repeated { FileHandle.standardError.write(Data("settle: this idempotency key recorded adjustment \(adjustment.id) already; nothing more written\n".utf8)) }
            output.print(AdjustReport.build(AdjustFigures(
                id: adjustment.id, memberId: adjustment.memberId, phone: record.phone, amountFen: adjustment.amountFen,
                balanceBeforeFen: adjustment.balanceBeforeFen, balanceAfterFen: adjustment.balanceAfterFen,
                reason: reason, operatorName: name, createdAt: adjustment.createdAt)))
        }
    }
}
