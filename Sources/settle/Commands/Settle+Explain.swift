import ArgumentParser
import SettleJob
import SettleReports

extension Settle {
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Where a member's amounts of a settled day came from (points: share, team and peer).",
            discussion: """
            Lists each downline member whose static release paid the member something: the base (its \
            static release), the rate and why (share generation; differential against the rate paid \
            below, and to whom; peer of whom). With many sources the list is grouped by direct \
            referral (first-generation leg). The totals are checked against the settled lines.
            """)
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var model: ModelOptions
        @OptionGroup var who: MemberOptions
        @OptionGroup var day: DayOption
        @Option(help: ArgumentHelp("auto (per member, then per first-generation leg when there are many sources), member or leg (points).",
                                   valueName: "GROUPING"))
        var by: String?
        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard ["auto", "member", "leg"].contains(by ?? "auto") else { throw ValidationError("--by must be auto, member or leg") }
            try model.refuse(.grouping, given: by != nil)
        }

        func run() throws {
            output.print(try connection.program(model.program, "explain").explain(member: who.member, date: try day.day(), grouping: by ?? "auto"))
        }
    }
}
