import Testing
import PropertyBased
@testable import SettleKernel
@testable import PointsModel

@Suite struct PlanParsingTests {
    static let knownZones: Set<String> = ["Asia/Shanghai", "UTC", "Europe/Berlin"]
    static func parse(_ text: String, first: String? = nil) throws(PlanError) -> Plan {
        try Plan.parse(json: text, isKnownTimeZone: { knownZones.contains($0) }, firstTimeZone: first)
    }

    /// The default document with one JSON fragment replaced.
    static func variant(_ old: String, _ new: String) -> String {
        precondition(Plan.defaultDocument.contains(old), "fragment not in the default plan: \(old)")
        return Plan.defaultDocument.replacingOccurrences(of: old, with: new)
    }

    @Test func defaultPlanParsesExactly() throws {
        let plan = try Self.parse(Plan.defaultDocument)
        #expect(plan.dailyReleaseRate == Rate(ppb: 12_000_000))
        #expect(plan.giftTiers.map(\.minAmountFen) == [3000_00, 9000_00, 27000_00, 51000_00])
        #expect(plan.giftTiers.map(\.multiplier.description) == ["2.5", "3", "3.5", "4"])
        #expect(plan.shareRates.map(\.description) == ["0.5", "0.3"])
        #expect(plan.starTiers.map(\.rate.description) == ["0.1", "0.2", "0.26", "0.32", "0.38", "0.44", "0.5"])
        #expect(plan.starTiers.last!.minTeamPerformanceFen == 30_000_000_00)
        #expect(plan.peerRate == Rate(ppb: 30_000_000) && plan.peerGenerations == 1 && plan.releaseLagDays == 1)
    }

    /// Every way SPEC §2 says a plan is invalid, each refused with the field it names.
    @Test(arguments: [
        ("\"gift_tiers\": [", "\"gift_tiers\": [], \"x_gift\": [", "x_gift"),
        ("{\"name\": \"中级会员\", \"min_amount\": \"9000\"", "{\"name\": \"中级会员\", \"min_amount\": \"3000\"", "gift_tiers[1].min_amount"),
        ("{\"stars\": 2, \"min_team_performance\": \"200000\",   \"rate\": \"0.20\"}",
         "{\"stars\": 2, \"min_team_performance\": \"200000\",   \"rate\": \"0.10\"}", "star_tiers[1].rate"),
        ("{\"stars\": 2, \"min_team_performance\": \"200000\"", "{\"stars\": 2, \"min_team_performance\": \"40000\"", "star_tiers[1].min_team_performance"),
        ("\"peer_rate\": \"0.03\"", "\"peer_rate\": \"-0.03\"", "peer_rate"),
        ("\"peer_rate\": \"0.03\"", "\"peer_rate\": \"1.5\"", "peer_rate"),
        ("\"daily_release_rate\": \"0.012\"", "\"daily_release_rate\": 0.012", "daily_release_rate"),
        ("\"daily_release_rate\": \"0.012\"", "\"daily_release_rate\": \"1.2e-2\"", "daily_release_rate"),
        ("\"multiplier\": \"2.5\"", "\"multiplier\": \"0.9\"", "gift_tiers[0].multiplier"),
        ("\"share_rates\": [\"0.50\", \"0.30\"]", "\"share_rates\": [\"0.1\",\"0.1\",\"0.1\",\"0.1\",\"0.1\",\"0.1\",\"0.1\",\"0.1\",\"0.1\",\"0.1\",\"0.1\"]", "share_rates"),
        ("\"peer_generations\": 1", "\"peer_generations\": -1", "peer_generations"),
        ("\"peer_generations\": 1", "\"peer_generations\": 11", "peer_generations"),
        ("\"peer_generations\": 1", "\"peer_generations\": 1.5", "peer_generations"),
        ("\"timezone\": \"Asia/Shanghai\"", "\"timezone\": \"Mars/Olympus\"", "timezone"),
        ("\"peer_rate\": \"0.03\",", "", "peer_rate"),
        ("\"peer_rate\": \"0.03\",", "\"peer_rate\": \"0.03\", \"bonus\": \"1\",", "bonus"),
        ("{\"name\": \"初级会员\", \"min_amount\": \"3000\",  \"multiplier\": \"2.5\"}",
         "{\"name\": \"初级会员\", \"min_amount\": \"3000\",  \"multiplier\": \"2.5\", \"extra\": 1}", "gift_tiers[0].extra"),
        ("\"release_lag_days\": 1", "\"release_lag_days\": \"1\"", "release_lag_days"),
        ("\"min_amount\": \"3000\"", "\"min_amount\": \"3000.001\"", "gift_tiers[0].min_amount"),
    ])
    func invalidPlanNamesTheField(old: String, new: String, field: String) {
        #expect(throws: PlanError.self) { try Self.parse(Self.variant(old, new)) }
        do { _ = try Self.parse(Self.variant(old, new)) } catch { #expect(error.field == field, "\(error)") }
    }

    @Test func emptyTierListsAreRefused() {
        let noGifts = Self.variant("\"gift_tiers\": [", "\"gift_tiers\": [], \"unused\": [")
        #expect(throws: PlanError.self) { try Self.parse(noGifts) }
        let start = Plan.defaultDocument.range(of: "\"star_tiers\": [")!.upperBound
        let end = Plan.defaultDocument.range(of: "],\n  \"peer_rate\"")!.lowerBound
        let noStars = Plan.defaultDocument.replacingCharacters(in: start..<end, with: "")
        do { _ = try Self.parse(noStars); Issue.record("accepted") } catch let error as PlanError { #expect(error.field == "star_tiers") } catch { Issue.record("\(error)") }
    }

    @Test func timezoneMustStayTheFirstVersions() {
        do { _ = try Self.parse(Self.variant("Asia/Shanghai", "UTC"), first: "Asia/Shanghai"); Issue.record("accepted") }
        catch { #expect(error.field == "timezone" && error.reason.contains("Asia/Shanghai")) }
        #expect(throws: Never.self) { try Self.parse(Plan.defaultDocument, first: "Asia/Shanghai") }
    }

    @Test func garbageIsRefusedNotCrashed() async {
        await propertyCheck(count: 2000, input: Gen.latin1.string(of: 0...60)) { text in
            #expect(throws: PlanError.self) { try Self.parse(text) }
        }
    }

    /// Mutating a valid document byte by byte: every result is a Plan or a PlanError, never a crash.
    @Test func mutatedDocumentsNeverCrash() async {
        let bytes = Array(Plan.defaultDocument.utf8)
        await propertyCheck(count: 3000, input: Gen.int(in: 0...(bytes.count - 1)), Gen.int(in: 32...126)) { position, value in
            var mutated = bytes
            mutated[position] = UInt8(value)
            let text = String(decoding: mutated, as: UTF8.self)
            do throws(PlanError) { _ = try Self.parse(text) } catch { #expect(!error.field.isEmpty) }
        }
    }
}

@Suite struct ExactDecimalTests {
    @Test func parsesPlainDecimals() {
        #expect(Fen.parse("3000") == 300000)
        #expect(Fen.parse("0.01") == 1)
        #expect(Fen.parse("12.5") == 1250)
        #expect(Fen.parse("1.500") == 150)
        #expect(Fen.parse("-2.30") == -230)
        #expect(Rate.parse("0.012")?.ppb == 12_000_000)
        #expect(Rate.parse("0.000000001")?.ppb == 1)
        for bad in ["", ".", "1.", ".5", "1e3", "1,000", " 1", "1 ", "0x10", "1.001", "--1", "1.2.3", "NaN", "99999999999999999999"] {
            #expect(Fen.parse(bad) == nil, "\(bad)")
        }
        #expect(Rate.parse("0.0000000001") == nil)
    }

    @Test func formatsRoundTrip() async {
        await propertyCheck(count: 3000, input: Gen.int64(in: -9_000_000_000_000_000...9_000_000_000_000_000)) { value in
            #expect(Fen.parse(Fen.format(value)) == value)
            #expect(Rate.parse(Rate(ppb: value).description)?.ppb == value)
        }
    }

    /// Any string: either refused, or a value that formats back to an equal number.
    @Test func arbitraryTextNeverCrashes() async {
        let decimalish = Gen<Character?>.element(of: Array("0123456789.-+e ") as [Character]).map { $0! }
        await propertyCheck(count: 5000, input: decimalish.string(of: 0...25)) { text in
            if let value = Fen.parse(text) { #expect(Fen.parse(Fen.format(value)) == value) }
        }
        await propertyCheck(count: 2000, input: Gen.latin1.string(of: 0...25)) { text in
            if let value = Fen.parse(text) { #expect(Fen.parse(Fen.format(value)) == value) }
        }
    }

    @Test func groupsThousands() {
        #expect(Fen.formatGrouped(123456789) == "1,234,567.89")
        #expect(Fen.formatGrouped(-100) == "-1.00")
        #expect(Fen.formatGrouped(99999) == "999.99")
    }

    @Test func daysRoundTrip() {
        #expect(Day(iso: "1970-01-01")?.number == 0)
        #expect(Day(iso: "2026-11-24")?.iso == "2026-11-24")
        #expect(Day(iso: "2024-02-29") != nil)
        #expect(Day(iso: "2026-02-29") == nil)
        #expect(Day(iso: "2026-13-01") == nil)
        #expect(Day(iso: "26-01-01") == nil)
        for number in stride(from: Int32(-719_162), through: 2_932_896, by: 997) {
            #expect(Day(iso: Day(number).iso)?.number == number)
        }
    }
}
