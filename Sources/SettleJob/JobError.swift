import SettleKernel
import PointsModel
import SettleStore

/// Why a command stopped, with the exit status SPEC §5 gives it.
public enum JobError: Error, CustomStringConvertible {
    /// Bad input or plan: nothing written. Exit 3.
    case badInput(String)
    /// The day can't be settled now: already settled, not ended, or an earlier day unsettled. Exit 4.
    case notReady(String)
    /// Another settlement holds the lock. Exit 75.
    case locked(String)
    /// Anything else (database unreachable, permission, broken connection). Exit 1.
    case failed(String)

    public var exitStatus: Int32 {
        switch self {
        case .badInput: return 3
        case .notReady: return 4
        case .locked: return 75
        case .failed: return 1
        }
    }

    public var description: String {
        switch self {
        case .badInput(let text), .notReady(let text), .locked(let text), .failed(let text): return text
        }
    }

    /// Maps any error from the layers below to a job error with the right status.
    public static func from(_ error: any Error) -> JobError {
        switch error {
        case let error as JobError: return error
        case let error as InputError: return .badInput("bad input: \(error)")
        case let error as PlanError: return .badInput("bad plan: \(error)")
        case let error as StoreError:
            if error.isDataRefusal { return .badInput("refused by the database: \(error)") }
            switch error.category {
            case .connection: return .failed(error.description)
            case .connectionLost: return .failed("lost the connection to PostgreSQL; nothing of the unfinished day was written: \(error)")
            default: return .failed("database error: \(error)")
            }
        default: return .failed("\(error)")
        }
    }
}
