import SettleKernel
import SettleStore

/// A program's plan versions (SPEC §2): stored validated, read back parsed.
extension DayRunner {
    /// The stored plan versions, parsed; the first version's timezone is every version's. Their
    /// timezone was found in `pg_timezone_names` when stored (`setPlan`); it is not looked up again
    /// (a scan of the server's zone directory, 30–38 ms a process): setting it as the session's
    /// (`useTimeZone`, which every reader does next) refuses a name the server no longer knows.
    public func planBook() throws -> PlanBook<Model.Plan> {
        let records = try store.planRecords()
        guard !records.isEmpty else {
            throw JobError.badInput("no \(Model.name) plan version stored: run `settle plan set --model \(Model.name) "
                                    + "--effective-from DATE FILE` first")
        }
        var versions: [PlanBook<Model.Plan>.Version] = []
        for record in records {                               // bounded: the stored versions
            do {
                let plan = try Model.parsePlan(json: record.document, isKnownTimeZone: { _ in true }, first: versions.first?.plan)
                versions.append(.init(effectiveFrom: record.effectiveFrom, plan: plan))
            } catch {
                throw JobError.badInput("stored plan version \(record.effectiveFrom) is invalid: \(error)")
            }
        }
        return PlanBook(versions)
    }

    /// Whether the program has a plan (`settle run` with no model settles those that do).
    public func hasPlan() throws -> Bool { !(try store.planRecords()).isEmpty }

    /// Validates and stores a plan version. Refuses a date that is already settled.
    public func setPlan(effectiveFrom: Day, document: String) throws -> Model.Plan {
        try withLock {
            let records = try store.planRecords()
            let earlier = records.first.flatMap { $0.effectiveFrom < effectiveFrom ? $0 : nil }
            let first = try earlier.map { try Model.parsePlan(json: $0.document, isKnownTimeZone: { _ in true }, first: nil) }
            let plan = try Model.parsePlan(json: document, isKnownTimeZone: isKnownTimeZone, first: first)
            // A new first version must keep what the later ones already use.
            if first == nil, let existing = records.first(where: { $0.effectiveFrom > effectiveFrom }) {
                let later = try Model.parsePlan(json: existing.document, isKnownTimeZone: { _ in true }, first: nil)
                guard later.timezone == plan.timezone else {
                    throw JobError.badInput("bad plan: plan field timezone: must stay \"\(later.timezone)\", the timezone of the stored versions")
                }
                do { _ = try Model.parsePlan(json: existing.document, isKnownTimeZone: { _ in true }, first: plan) } catch {
                    throw JobError.badInput("bad plan: the stored version of \(existing.effectiveFrom) must keep this one's terms: \(error)")
                }
            }
            if let last = try store.lastSettledDay(), effectiveFrom <= last {
                throw JobError.badInput("plan version for \(effectiveFrom) refused: days through \(last) are settled; "
                                        + "choose a date after \(last), or store it and rerun from that day")
            }
            try store.storePlan(effectiveFrom: effectiveFrom, document: document, kinds: Model.Kind.self)
            return plan
        }
    }

    func isKnownTimeZone(_ name: String) -> Bool { (try? store.isKnownTimeZone(name)) ?? false }

    /// Members and orders through `through`, in one consistent snapshot, and what the model
    /// derives from them (for reports and verify).
    public func readShop(through: Day) throws -> (shop: Shop, derived: Model.Derived) {
        let plans = try planBook()
        try store.useTimeZone(plans.timezone)
        return try store.consistently {
            let shop = try store.loadShop(through: through)
            return (shop, try states.derive(shop: shop, plans: plans, days: plans.versions[0].effectiveFrom...max(through, plans.versions[0].effectiveFrom)))
        }
    }

    /// `day` settled again in memory from the state stored at the end of the day before, under
    /// the stored plans, in one consistent snapshot: what a report shows of a day's events without
    /// their being stored (the equity program's fills). The inputs as they are now: a day with
    /// late input gives what its rerun would, which the caller can hold to the stored lines.
    public func settledAgain(_ day: Day) throws -> Model.Result {
        let plans = try planBook()
        try store.useTimeZone(plans.timezone)
        return try store.consistently {
            let shop = try store.loadShop(through: day)
            let derived = try states.derive(shop: shop, plans: plans, days: day...day)
            var state = try states.loadState(before: day, derived: derived)
            let result = Model.settle(day: day, derived: derived, state: &state)
            precondition(result.day == day, "the model settled another day")
            return result
        }
    }

    /// The same, with the model's state at the end of `day`.
    public func readState(through day: Day) throws -> (shop: Shop, derived: Model.Derived, state: Model.State) {
        let plans = try planBook()
        try store.useTimeZone(plans.timezone)
        return try store.consistently {
            let shop = try store.loadShop(through: day)
            let derived = try states.derive(shop: shop, plans: plans, days: plans.versions[0].effectiveFrom...max(day, plans.versions[0].effectiveFrom))
            return (shop, derived, try states.loadState(before: day.advanced(by: 1), derived: derived))
        }
    }
}

extension DayRunner {
    /// `date` if the program settled it, or its last settled day when nil; a report of a day not
    /// settled is refused (exit 4) with the last one named.
    public func settledDay(_ date: Day?) throws -> Day {
        let name = Model.name
        guard let last = try store.lastSettledDay() else {
            throw JobError.notReady("no \(name) day is settled yet; run `settle run --model \(name)` first")
        }
        let day = date ?? last
        guard try store.settledDays().contains(where: { $0.day == day }) else {
            throw JobError.notReady("\(day) is not settled in the \(name) program (the last settled day is \(last))")
        }
        return day
    }
}
