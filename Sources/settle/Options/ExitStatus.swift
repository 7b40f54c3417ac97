import SettleJob

/// SPEC §5's exit statuses: the only place their numbers live.
enum ExitStatus: Int32 {
    case done = 0
    case failed = 1
    case usage = 2
    case badInput = 3
    case notReady = 4
    /// Done, but settled days' inputs changed after they were settled (late input): rerun them.
    case lateInput = 5
    /// `report health --check`: a threshold is crossed or the plan carries a risk.
    case unhealthy = 6
    case locked = 75

    init(_ error: JobError) {
        switch error {
        case .badInput: self = .badInput
        case .notReady: self = .notReady
        case .locked: self = .locked
        case .failed: self = .failed
        }
    }
}
