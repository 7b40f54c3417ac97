import SettleKernel
import SettleStore

/// A program's plan versions (SPEC §2): stored validated, read back parsed.
extension DayRunner {
    /// The stored plan versions, parsed; the first version's timezone is every version's.
    public func planBook() throws -> PlanBook<Model.Plan> {
        let records = try store.planRecords()
        guard !records.isEmpty else {
            throw JobError.badInput("no \(Model.name) plan version stored: run `settle plan set --model \(Model.name) "
                                    + "--effective-from DATE FILE` first")
        }
        var versions: [PlanBook<Model.Plan>.Version] = []
        var firstZone: String? = nil
        for record in records {                               // bounded: the stored versions
            do {
                let plan = try Model.parsePlan(json: record.document, isKnownTimeZone: isKnownTimeZone, firstTimeZone: firstZone)
                firstZone = firstZone ?? plan.timezone
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
            let firstZone: String?
            if let first = records.first, first.effectiveFrom < effectiveFrom {
                firstZone = try Model.parsePlan(json: first.document, isKnownTimeZone: { _ in true }, firstTimeZone: nil).timezone
            } else {
                firstZone = nil
            }
            let plan = try Model.parsePlan(json: document, isKnownTimeZone: isKnownTimeZone, firstTimeZone: firstZone)
            // A new first version must keep the timezone the later ones already use.
            if firstZone == nil, let existing = records.first(where: { $0.effectiveFrom > effectiveFrom }) {
                let zone = try Model.parsePlan(json: existing.document, isKnownTimeZone: { _ in true }, firstTimeZone: nil).timezone
                guard zone == plan.timezone else {
                    throw JobError.badInput("bad plan: plan field timezone: must stay \"\(zone)\", the timezone of the stored versions")
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
            return (shop, try Model.derive(shop: shop, plans: plans))
        }
    }

    /// The same, with the model's state at the end of `day`.
    public func readState(through day: Day) throws -> (shop: Shop, derived: Model.Derived, state: Model.State) {
        let plans = try planBook()
        try store.useTimeZone(plans.timezone)
        return try store.consistently {
            let shop = try store.loadShop(through: day)
            let derived = try Model.derive(shop: shop, plans: plans)
            return (shop, derived, try states.loadState(before: day.advanced(by: 1), derived: derived))
        }
    }
}
