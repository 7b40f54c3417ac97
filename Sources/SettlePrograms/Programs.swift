import SettleJob
import PointsRoom
import CycleRoom
import EquityRoom

/// The programs this build knows, in the order `settle run` settles them. Adding a model is one
/// line here (and its room, its state store and its reports).
public enum Programs {
    public static let all: [any Program.Type] = registry([PointsProgram.self, CycleProgram.self, EquityProgram.self])

    /// The registry, checked: each model's name and lock number are its own.
    static func registry(_ programs: [any Program.Type]) -> [any Program.Type] {
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
        return problems
    }

    public static var names: [String] { all.map { $0.model } }

    public static func named(_ name: String) -> (any Program.Type)? { all.first { $0.model == name } }
}
