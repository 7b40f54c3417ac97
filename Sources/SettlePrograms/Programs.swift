import SettleJob
import SettleStore
import PointsRoom
import CycleRoom
import EquityRoom

/// The programs this build knows, in the order `settle run` settles them. Adding a model is one
/// line here (and its room, its state store and its reports).
public enum Programs {
    public static let all: [any Program.Type] = registry([PointsProgram.self, CycleProgram.self, EquityProgram.self])

    /// A registry, checked: each model's name and lock number are its own (a clash stops the
    /// process before anything runs).
    public static func registry(_ programs: [any Program.Type]) -> [any Program.Type] {
        let problems = problems(programs)
        precondition(problems.isEmpty, "the program registry: " + problems.joined(separator: "; "))
        return programs
    }

    /// Names or lock numbers that two programs share.
    public static func problems(_ programs: [any Program.Type]) -> [String] {
        var problems: [String] = []
        for (index, program) in programs.enumerated() {           // bounded: the registry
            for other in programs[..<index] {
                if other.model == program.model { problems.append("two programs are named \(program.model)") }
                if other.lockNumber == program.lockNumber {
                    problems.append("\(other.model) and \(program.model) share lock number \(program.lockNumber)")
                }
            }
        }
        let defaults = programs.filter { $0.isDefault }.map { $0.model }
        if defaults.isEmpty || defaults.contains(where: { $0 != defaults[0] }) {
            problems.append("the default program must be one: \(defaults.isEmpty ? "none is" : defaults.joined(separator: " and ") + " are")")
        }
        return problems
    }

    /// The program of a command without `--model`.
    public static var defaultProgram: any Program.Type { all.first { $0.isDefault } ?? all[0] }

    /// What `settle migrate` applies after the numbered migrations: the shared views, functions
    /// and grants, then each program's.
    public static var schema: [Migrator.Repeatable] { [Migrator.sharedSchema] + all.map { $0.schema } }

    /// The migrator of `directory`'s numbered migrations, their steps and every program's schema.
    public static func migrator(directory: String) throws -> Migrator {
        try Migrator(directory: directory, repeatables: schema,
                     steps: ["0027": Migrator.wholeAmountDigests(models: all.filter { !$0.readsOrderParts }.map { $0.model })])
    }

    public static var names: [String] { all.map { $0.model } }

    public static func named(_ name: String) -> (any Program.Type)? { all.first { $0.model == name } }
}
