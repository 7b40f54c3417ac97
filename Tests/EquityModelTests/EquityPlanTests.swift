import Foundation
import Testing
@testable import SettleKernel
@testable import EquityModel

/// SPEC-equity §2: the default plan, and every refusal names its field.
@Suite struct EquityPlanTests {
    static func parse(_ edit: (String) -> String, first: EquityPlan? = nil) -> Result<EquityPlan, PlanError> {
        Result { () throws(PlanError) in
            try EquityPlan.parse(json: edit(EquityPlan.defaultDocument), isKnownTimeZone: { $0 == "Asia/Shanghai" || $0 == "UTC" }, first: first)
        }
    }

    static func refusal(_ edit: (String) -> String, first: EquityPlan? = nil) -> PlanError? {
        if case .failure(let error) = parse(edit, first: first) { return error }
        return nil
    }

    @Test func theDefaultIsTheSeeds() throws {
        let plan = try Self.parse { $0 }.get()
        #expect(plan.poolRate == Rate(ppb: 300_000_000) && plan.buyerRate == Rate(ppb: 700_000_000) && plan.referralRates == [Rate(ppb: 100_000_000)])
        #expect(plan.totalIssuanceUnits == 100_000_000 * 1_000_000 && plan.pointDecimals == 6 && plan.exitEnabled)
        #expect(plan.initialPriceFraction.display(unitsPerPoint: 1_000_000) == "1.0000")
        #expect(plan.sellFeeRate == Rate(ppb: 100_000_000) && plan.goodsFeeRate == .zero && plan.exitQuotaMultiplier == Rate(ppb: 2_000_000_000))
    }

    @Test(arguments: [
        ("\"pool_rate\": \"0.30\"", "\"pool_rate\": \"0\"", "pool_rate"),
        ("\"pool_rate\": \"0.30\"", "\"pool_rate\": \"1.5\"", "pool_rate"),
        ("\"buyer_rate\": \"0.70\"", "\"buyer_rate\": \"0.95\"", "referral_rates"),
        ("[\"0.10\"]", "[\"0.1\",\"0\",\"0\",\"0\",\"0\",\"0\",\"0\",\"0\",\"0\",\"0\",\"0\"]", "referral_rates"),
        ("[\"0.10\"]", "[\"-0.1\"]", "referral_rates[0]"),
        ("\"initial_price\": \"1\"", "\"initial_price\": \"0\"", "initial_price"),
        ("\"total_issuance\": \"100000000\"", "\"total_issuance\": \"0\"", "total_issuance"),
        ("\"total_issuance\": \"100000000\"", "\"total_issuance\": \"1.0000001\"", "total_issuance"),
        ("\"point_decimals\": 6", "\"point_decimals\": 7", "point_decimals"),
        ("\"sell_fee_rate\": \"0.10\"", "\"sell_fee_rate\": \"1.01\"", "sell_fee_rate"),
        ("\"exit_enabled\": true", "\"exit_enabled\": \"yes\"", "exit_enabled"),
        ("\"exit_quota_multiplier\": \"2\"", "\"exit_quota_multiplier\": \"-1\"", "exit_quota_multiplier"),
        ("\"timezone\": \"Asia/Shanghai\"", "\"timezone\": \"Mars/Olympus\"", "timezone"),
        ("\"goods_fee_rate\": \"0\",", "", "goods_fee_rate"),
        ("\"goods_fee_rate\": \"0\",", "\"goods_fee_rate\": \"0\", \"bonus\": \"1\",", "bonus"),
    ])
    func aRefusalNamesItsField(original: String, replacement: String, field: String) throws {
        let error = try #require(Self.refusal { $0.replacingOccurrences(of: original, with: replacement) }, "\(replacement)")
        #expect(error.field == field, "\(error)")
    }

    @Test func laterVersionsKeepTheTimezoneAndDecimals() throws {
        let first = try Self.parse { $0 }.get()
        #expect(Self.refusal({ $0.replacingOccurrences(of: "\"point_decimals\": 6", with: "\"point_decimals\": 4") }, first: first)?.field == "point_decimals")
        #expect(Self.refusal({ $0.replacingOccurrences(of: "Asia/Shanghai", with: "UTC") }, first: first)?.field == "timezone")
        #expect((try? Self.parse({ $0.replacingOccurrences(of: "\"0.30\"", with: "\"0.25\"") }, first: first).get())?.poolRate == Rate(ppb: 250_000_000))
    }
}

/// The kinds' codes and names are what migration 0010 stores in settle.line_kinds.
@Suite struct EquityKindTests {
    @Test func codesAndNamesMatchTheMigration() throws {
        let migration = try String(contentsOfFile: #filePath.replacingOccurrences(of: "Tests/EquityModelTests/EquityPlanTests.swift", with: "sql/0010_equity.sql"), encoding: .utf8)
        for kind in EquityKind.allCases { #expect(migration.contains("('equity', \(kind.code), '\(kind.name)')"), "\(kind)") }
    }
}
