import ArgumentParser
import SettleJob
import SettlePrograms

/// `--model NAME`: which program a command is about (SPEC §6); the registry's default when omitted.
struct ModelOptions: ParsableArguments {
    @Option(name: .customLong("model"),
            help: ArgumentHelp("The program: \(Programs.names.joined(separator: ", ")) (default: \(Programs.defaultProgram.model)).", valueName: "MODEL"))
    var name: String = Programs.defaultProgram.model

    func validate() throws { _ = try Self.program(named: name) }

    var program: any Program.Type { Programs.named(name) ?? Programs.all[0] }

    /// Refuses (exit 2) an option given for a program that does not use it, rather than ignore it.
    func refuse(_ option: ProgramOption, given: Bool) throws {
        guard given, !program.options.contains(option) else { return }
        throw ValidationError("\(option.rawValue) is not an option of the \(program.model) program")
    }

    static func program(named name: String) throws -> any Program.Type {
        guard let found = Programs.named(name) else {
            throw ValidationError("unknown model '\(name)': this build settles \(Programs.names.joined(separator: ", "))")
        }
        return found
    }
}
