import ArgumentParser
import Foundation
import SettleJob

extension Settle {
    struct PlanGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "plan",
            abstract: "Store or show versions of a program's plan (后台可修改奖金制度参数).",
            subcommands: [Set.self, Show.self, Default.self])
    }
}

extension Settle.PlanGroup {
    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate a plan document and store it as the version in force from a date.",
            discussion: """
            Refused (exit 3) when the document is invalid or the date is already settled.

            Example: settle plan default > plan.json; settle plan set --effective-from 2026-01-01 plan.json
            """)

        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var model: ModelOptions
        @Option(help: ArgumentHelp("First day the version is in force.", valueName: "YYYY-MM-DD")) var effectiveFrom: String
        @Argument(help: ArgumentHelp("The plan's JSON document; - for standard input.", valueName: "FILE")) var file: String

        func validate() throws { _ = try parseDay(effectiveFrom) }

        func run() throws {
            let data: Data
            if file == "-" { data = FileHandle.standardInput.readDataToEndOfFile() }
            else {
                guard let contents = FileManager.default.contents(atPath: file) else { throw JobError.badInput("cannot read \(file)") }
                data = contents
            }
            let program = try connection.program(model.program, "plan set")
            let day = try parseDay(effectiveFrom)
            guard let document = String(validating: data, as: UTF8.self) else {
                throw JobError.badInput("\(file) is not UTF-8 text (a GBK file would turn its Chinese names into �): save it as UTF-8; nothing stored")
            }
            let described = try program.setPlan(effectiveFrom: day, document: document)
            let name = model.program.isDefault ? "" : "\(model.name) "
            printOut("stored \(name)plan version in force from \(day) (\(described))\n")
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the stored plan versions.")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var model: ModelOptions
        @Option(help: ArgumentHelp("Only the version in force on this day.", valueName: "YYYY-MM-DD")) var date: String?
        @Option(help: ArgumentHelp("text (each document under a comment line) or json (an array of versions).", valueName: "FORMAT"))
        var format: OutputOptions.Format = .text

        func validate() throws {
            if let date { _ = try parseDay(date) }
            guard format != .csv else { throw ValidationError("plan show prints text or json") }
        }

        func run() throws {
            var records = try connection.program(model.program, "plan show").planRecords()
            if let date {
                let day = try parseDay(date)
                let inForce = records.filter { $0.effectiveFrom <= day }.suffix(1)
                records = inForce.isEmpty ? Array(records.prefix(1)) : Array(inForce)
            }
            guard !records.isEmpty else { throw JobError.badInput("no plan version stored") }
            guard format == .json else {
                for record in records { printOut("# in force from \(record.effectiveFrom)\n\(record.document)\n") }
                return
            }
            let versions = records.map { "  {\"model\": \"\(model.name)\", \"effective_from\": \"\($0.effectiveFrom)\", \"plan\": \($0.document)}" }
            printOut("[\n" + versions.joined(separator: ",\n") + "\n]\n")
        }
    }

    struct Default: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the seed's default plan document.",
            discussion: "Example: settle plan default --model cycle --variant extended > cycle.json")
        @OptionGroup var model: ModelOptions
        @Option(help: ArgumentHelp("The model's variant (cycle: basic 股权 or extended 贡献值·能量值).", valueName: "VARIANT"))
        var variant: String?

        func validate() throws {
            guard let variant else { return }
            let names = model.program.planVariants.map(\.name)
            guard names.contains(variant) else {
                throw ValidationError("the \(model.name) model has no variant '\(variant)' (it has \(names.joined(separator: ", ")))")
            }
        }

        func run() throws {
            let document = model.program.planVariants.first { $0.name == variant }?.document ?? model.program.defaultPlanDocument
            printOut(document + "\n")
        }
    }
}
