import Testing
@testable import SettleKernel
@testable import CycleModel

@Suite struct CyclePlanDefaultsTests {
    @Test func bothDefaultDocumentsParse() throws {
        let basic = try CyclePlan.parse(json: CyclePlan.defaultDocument, isKnownTimeZone: { _ in true })
        #expect(basic.variant == .basic && basic.levels.map(\.minWeightUnits) == [50, 101, 201])
        let extended = try CyclePlan.parse(json: CyclePlan.extendedDocument, isKnownTimeZone: { _ in true })
        #expect(extended.variant == .extended && extended.levels.count == 4)
    }
}
