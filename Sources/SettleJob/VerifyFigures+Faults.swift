import SettleKernel
import SettleReports

extension VerifyFigures {
    /// Keeps at most `limit` of the faults per check, and counts every check's faults (all of
    /// them, also past the limit). With no faults: every check passed (nothing settled yet).
    mutating func record(_ faults: [Fault], checks: [(String, String)], limit: Int) {
        var kept: [Fault] = [], perCheck: [String: Int] = [:]
        for fault in faults where perCheck[fault.check, default: 0] < limit {   // bounded: the faults
            perCheck[fault.check, default: 0] += 1
            kept.append(fault)
        }
        self.faults = kept
        self.checks = checks.map { check in Check(name: check.0, what: check.1, faults: faults.filter { $0.check == check.0 }.count) }
    }
}
