import ArgumentParser
import SettleJob

/// `--phone P` or `--member-id N`: exactly one names the member.
struct MemberOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The member's phone number (the account name).", valueName: "PHONE")) var phone: String?
    @Option(name: .customLong("member-id"), help: ArgumentHelp("The member's id (when phones are empty or shared).", valueName: "ID"))
    var memberId: Int64?

    func validate() throws {
        guard (phone == nil) != (memberId == nil) else { throw ValidationError("name the member with --phone or --member-id (one of them)") }
        if let phone, phone.allSatisfy(\.isWhitespace) { throw ValidationError("--phone is empty; use --member-id") }
    }

    var member: MemberRef { memberId.map(MemberRef.id) ?? .phone(phone ?? "") }
}
