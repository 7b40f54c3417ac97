/// One version of a model's plan, as the machinery needs to know it: the calendar it settles in,
/// and the numbers that go into the run's input digest.
public protocol ModelPlan: Equatable, Sendable {
    /// The IANA zone whose calendar days are settled; every version of a program keeps the first's.
    var timezone: String { get }
    /// A stable list of the plan's terms (not Swift's per-process hash), for the input digest.
    var digestFields: [Int64] { get }
}

/// The versions of a program's plan, each in force from its `effectiveFrom` day (SPEC §2).
public struct PlanBook<Plan: ModelPlan>: Sendable {
    public struct Version: Sendable {
        public var effectiveFrom: Day
        public var plan: Plan
        public init(effectiveFrom: Day, plan: Plan) { self.effectiveFrom = effectiveFrom; self.plan = plan }
    }

    public let versions: [Version]
    /// Each version's first day, in order: what `versionIndex` searches (a per-order lookup that
    /// must not copy a plan, as reading `versions[i]` in unspecialised generic code does).
    let effectiveDays: [Int32]

    /// - Precondition: at least one version.
    public init(_ versions: [Version]) {
        precondition(!versions.isEmpty, "a plan book needs at least one version")
        self.versions = versions.sorted { $0.effectiveFrom < $1.effectiveFrom }
        effectiveDays = self.versions.map { $0.effectiveFrom.number }
    }

    /// The first version's timezone: every version's (SPEC §2).
    public var timezone: String { versions[0].plan.timezone }

    /// The version with the greatest `effectiveFrom <= day`; the first version for earlier days.
    public func version(on day: Day) -> Version { versions[versionIndex(on: day)] }

    public func versionIndex(on day: Day) -> Int {
        var low = 0, high = effectiveDays.count - 1, found = 0
        while low <= high {                                   // bounded: log2(versions) steps
            let mid = (low + high) / 2
            if effectiveDays[mid] <= day.number { found = mid; low = mid + 1 } else { high = mid - 1 }
        }
        return found
    }

    public func plan(on day: Day) -> Plan { version(on: day).plan }
}
