import ArgumentParser
import Foundation
import SettleKernel
import SettleReports

/// `--format`, shared by every command that prints a report.
struct OutputOptions: ParsableArguments {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, csv, html
    }
    @Option(help: ArgumentHelp("text (aligned for a terminal), json (stable, see docs/operations.md), csv (for a spreadsheet) or html (a page to mail or keep; Chinese labels when LANG is zh_*).",
                               valueName: "FORMAT"))
    var format: Format = .text
    @Flag(inversion: .prefixedNo, help: "CSV starts with a UTF-8 byte-order mark, so Excel shows Chinese text (on by default).")
    var bom = true

    func render(_ report: Report) -> String {
        switch format {
        case .text: return report.text()
        case .json: return report.json()
        case .csv: return (bom ? "\u{FEFF}" : "") + report.csv()
        case .html:
            let lang = ProcessInfo.processInfo.environment["LANG"] ?? ""
            return report.html(language: lang.hasPrefix("zh") ? .zh : .en)
        }
    }

    func print(_ report: Report) { printOut(render(report)) }
}

/// `--date D`: a settled day, the last one when omitted.
struct DayOption: ParsableArguments {
    @Option(help: ArgumentHelp("A settled day; default: the last settled day.", valueName: "YYYY-MM-DD")) var date: String?
    func validate() throws { if let date { _ = try parseDay(date) } }
    func day() throws -> Day? { try date.map(parseDay) }
}

func parseDay(_ text: String) throws -> Day {
    guard let day = Day(iso: text) else { throw ValidationError("'\(text)' is not a date (YYYY-MM-DD)") }
    return day
}

func printOut(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}
