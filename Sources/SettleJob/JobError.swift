import SettleKernel
import SettleStore

/// Why a command stopped. The command line maps each case to SPEC §5's exit status.
public enum JobError: Error, Equatable, CustomStringConvertible {
    /// Bad input or plan: nothing written.
    case badInput(String)
    /// The day can't be settled now: already settled, not ended, or an earlier day unsettled.
    case notReady(String)
    /// Another settlement holds the lock.
    case locked(String)
    /// Anything else (database unreachable, permission, broken connection).
    case failed(String)

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
