import ArgumentParser
import Foundation
import SettleJob
import SettleKernel
import SettleReports

extension Settle {
    struct Simulate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "What a plan change would have paid, or will cost: settled days again, or days ahead, under a candidate plan.",
            discussion: """
            Backtest (--from D [--to D2]): the candidate replaces every stored version in force from D \
            on (those before D stay); every settled day from D through D2 (default: the last settled \
            day) is settled again in memory and compared with what was settled, by day and kind, by \
            member (the --top N whose totals change most), with both sides' totals, liability and the \
            program's own figures. Ahead (--ahead N): the N days after the last settled day under the \
            stored plan and under the candidate, with no new orders or at the pace of the last 30 \
            settled days (--new-orders pace); --chart draws both liabilities (SVG). Reads one \
            snapshot, writes nothing, takes no lock. A bad candidate: exit 3 (the field named); dates \
            outside the settled days: exit 4.

            Examples: settle simulate --plan slower.json --from 2026-11-01 · \
            settle simulate --model cycle --plan c.json --ahead 30 --new-orders pace --chart c.svg
            """)
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var model: ModelOptions
        @Option(help: ArgumentHelp("The candidate plan (JSON, as `plan set` takes it).", valueName: "FILE")) var plan: String
        @Option(help: ArgumentHelp("Backtest: the first day settled again under the candidate.", valueName: "YYYY-MM-DD")) var from: String?
        @Option(help: ArgumentHelp("Backtest: the last day (default: the last settled day).", valueName: "YYYY-MM-DD")) var to: String?
        @Option(help: ArgumentHelp("Ahead: days after the last settled day.", valueName: "N")) var ahead: Int?
        @Option(help: ArgumentHelp("Ahead: none (default) or pace (the last 30 settled days' orders again).", valueName: "WHICH"))
        var newOrders: String = "none"
        @Option(help: ArgumentHelp("Members listed whose totals change most (default 10).", valueName: "N")) var top = 10
        @Option(help: ArgumentHelp("Ahead: write both liabilities as an SVG chart.", valueName: "FILE")) var chart: String?
        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard (from == nil) != (ahead == nil) else { throw ValidationError("give --from D (a backtest) or --ahead N (days ahead), one of them") }
            if let from { _ = try parseDay(from) }
            if let to { _ = try parseDay(to) }
            guard to == nil || from != nil else { throw ValidationError("--to belongs to a backtest (--from)") }
            guard (1...3660).contains(ahead ?? 1) else { throw ValidationError("--ahead must be 1…3660") }
            guard SimulateRequest.NewOrders(rawValue: newOrders) != nil else { throw ValidationError("--new-orders must be none or pace") }
            guard newOrders == "none" || ahead != nil else { throw ValidationError("--new-orders belongs to --ahead") }
            guard chart == nil || ahead != nil else { throw ValidationError("--chart draws the days ahead (--ahead)") }
            guard (0...1000).contains(top) else { throw ValidationError("--top must be 0…1000") }
        }

        func run() throws {
            BatchMemory.keepFreedPages()
            guard let data = FileManager.default.contents(atPath: plan) else { throw JobError.badInput("cannot read the plan file \(plan)") }
            let request = SimulateRequest(document: String(decoding: data, as: UTF8.self), planName: URL(fileURLWithPath: plan).lastPathComponent,
                                          from: try from.map(parseDay), through: try to.map(parseDay), ahead: ahead,
                                          newOrders: SimulateRequest.NewOrders(rawValue: newOrders) ?? .none, top: top)
            let figures = try connection.program(model.program, "simulate").simulate(request)
            if let chart {
                guard FileManager.default.createFile(atPath: chart, contents: Data(SimulateReport.chart(figures).utf8)) else {
                    throw JobError.failed("cannot write the chart to \(chart)")
                }
            }
            output.print(SimulateReport.build(figures))
        }
    }
}
