import Foundation
import Testing
import PropertyBased
import SettleKernel
import PointsModel
@testable import SettleReports

@Suite struct RatioTests {
    @Test func ratiosAreExactAndTruncated() {
        #expect(Ratio.decimal(42000_00, 15000_00, digits: 4) == "2.8000")
        #expect(Ratio.decimal(41802_00, 198_00, digits: 1) == "211.1")
        #expect(Ratio.decimal(2, 3, digits: 4) == "0.6666")              // truncated, not rounded
        #expect(Ratio.decimal(-2, 3, digits: 2) == "-0.66")
        #expect(Ratio.decimal(5, 0, digits: 2) == nil)
        #expect(Ratio.percent(198_00 * 30, 16000_00) == "37.12%")
        #expect(Ratio.percent(Rate.parse("0.10")!) == "10%")
        #expect(Ratio.percent(Rate.parse("0.012")!) == "1.2%")
    }

    @Test func exactYuanKeepsEveryDigit() {
        let scale = Int128(Rate.scale)
        #expect(Ratio.yuan(parts: 1800 * scale) == "18.00")
        #expect(Ratio.yuan(parts: Int128(36) * Int128(Rate.parse("0.30")!.ppb)) == "0.108")   // 30% of 36 fen
        #expect(Ratio.yuan(parts: 1) == "0.00000000001")
        #expect(Ratio.yuan(parts: -150 * scale) == "-1.50")
        let report = Report(kind: "k", title: "", sections: [Section(key: "s", title: "", .fields([
            Field("a", "a", .exact(Int128(1_234_567_8) * Int128(Rate.scale) + 5 * Int128(Rate.scale) / 10)),
            Field("b", "b", .exact(-Int128(1_000_00) * Int128(Rate.scale))),
        ]))])
        #expect(report.text().contains("a  123,456.785\n  b  -1,000.00\n"))
        #expect(report.csv().contains("a,123456.785\r\nb,-1000.00\r\n"))
    }
}

@Suite struct RendererTests {
    static let report = Report(kind: "sample", title: "Sample · 样例", sections: [
        Section(key: "fields", title: "Fields", .fields([
            Field("amount", "amount", .fen(-1234567_89)),
            Field("count", "lots exhausted (出局)", .count(1234567)),
            Field("note", "note", .text("say \"hi\",\nthen\tgo \u{1}")),
            Field("missing", "missing", .none),
        ])),
        Section(key: "rows", title: "Rows", .table([Column("name"), Column("value"), Column("day")], [
            [.text("会员"), .fen(100), .day(Day(iso: "2026-03-02")!)],
            [.text("a,b"), .fen(5), .none],
        ])),
    ])

    @Test func jsonIsValidAndKeepsAmountsAsStrings() throws {
        let json = Self.report.json()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["report"] as? String == "sample")
        let fields = try #require(object["fields"] as? [String: Any])
        #expect(fields["amount"] as? String == "-1234567.89")
        #expect(fields["count"] as? Int == 1234567)
        #expect(fields["note"] as? String == "say \"hi\",\nthen\tgo \u{1}")
        #expect(fields["missing"] is NSNull)
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.map { $0["name"] as? String } == ["会员", "a,b"])
        #expect(rows.first?["day"] as? String == "2026-03-02")
        // Keys come out in the builder's order, so the text is stable byte for byte.
        #expect(json.range(of: "\"amount\"")!.lowerBound < json.range(of: "\"count\"")!.lowerBound)
        #expect(Self.report.json() == json)
    }

    @Test func csvQuotesWhatItMustAndUsesPlainDecimals() {
        let csv = Self.report.csv()
        #expect(csv.contains("sample.fields\r\nfield,value\r\namount,-1234567.89\r\ncount,1234567\r\n"))
        #expect(csv.contains("note,\"say \"\"hi\"\",\nthen\tgo \u{1}\"\r\n"))
        #expect(csv.contains("sample.rows\r\nname,value,day\r\n会员,1.00,2026-03-02\r\n\"a,b\",0.05,\r\n"))
    }

    @Test func textGroupsThousandsAndAlignsWideCharacters() {
        let text = Self.report.text()
        #expect(text.contains("  amount                 -1,234,567.89\n"))
        #expect(text.contains("  lots exhausted (出局)  1,234,567\n"))     // 出局 is four columns wide
        #expect(text.contains("  missing                —\n"))
        #expect(text.contains("  name  value  day\n  会员   1.00  2026-03-02\n  a,b    0.05  —\n"))
    }

    /// Any text survives JSON: escaped so that a parser gives it back unchanged.
    @Test func anyTextRoundTripsThroughJSON() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...Int.max)) { seed in
            var state = UInt64(seed)
            func next() -> UInt32 { state = state &* 6364136223846793005 &+ 1442695040888963407; return UInt32(truncatingIfNeeded: state >> 33) }
            let ranges: [ClosedRange<UInt32>] = [0...0x1F, 0x20...0x7E, 0x4E00...0x9FFF, 0x1F300...0x1F5FF, 0x22...0x22, 0x5C...0x5C]
            var text = ""
            for _ in 0..<(next() % 40) {
                let range = ranges[Int(next() % UInt32(ranges.count))]
                text.unicodeScalars.append(Unicode.Scalar(range.lowerBound + next() % (range.upperBound - range.lowerBound + 1))!)
            }
            let json = Report(kind: "k", title: "", sections: [Section(key: "s", title: "", .fields([Field("t", "t", .text(text))]))]).json()
            let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            #expect((object?["s"] as? [String: Any])?["t"] as? String == text, "\(Array(text.unicodeScalars))")
        }
    }
}

@Suite struct EarnerTests {
    @Test func topEarnersByPaidThenMemberId() {
        let lines = [
            PointsLine(memberId: 1, kind: .static, entitledFen: 100, paidFen: 100),
            PointsLine(memberId: 1, kind: .share, entitledFen: 50, paidFen: 10),
            PointsLine(memberId: 2, kind: .static, entitledFen: 120, paidFen: 120),
            PointsLine(memberId: 3, kind: .static, entitledFen: 120, paidFen: 120),
            PointsLine(memberId: 4, kind: .static, entitledFen: 1, paidFen: 1),
        ]
        let top = Earner.top(3, of: lines)
        #expect(top.map(\.memberId) == [2, 3, 1])
        #expect(top.last?.paidFen == [100, 10, 0, 0] && top.last?.forfeitedFen == 40)
    }

    /// The one-pass selection against the slow reference (every member's totals, sorted), on
    /// random days with many ties.
    @Test func topEarnersEqualTheSortOfEveryMember() {
        var seed: UInt64 = 27
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        for _ in 0..<300 {
            var lines: [PointsLine] = []
            for member in 1...Int64(1 + next(40)) where next(3) > 0 {
                for kind in PointsKind.allCases where next(2) == 0 {
                    let entitled = Int64(next(5) * 10)
                    lines.append(PointsLine(memberId: member, kind: kind, entitledFen: entitled, paidFen: entitled - Int64(next(2) * 5 % Int(entitled + 1))))
                }
            }
            var reference: [Earner] = []
            for line in lines {
                if reference.last?.memberId != line.memberId { reference.append(Earner(memberId: line.memberId, paidFen: [0, 0, 0, 0], forfeitedFen: 0)) }
                reference[reference.count - 1].paidFen[Int(line.kind.code)] += line.paidFen
                reference[reference.count - 1].forfeitedFen += line.forfeitedFen
            }
            reference.sort { ($1.totalPaidFen, $0.memberId) < ($0.totalPaidFen, $1.memberId) }
            let limit = next(12)
            #expect(Earner.top(limit, of: lines) == Array(reference.prefix(limit)))
        }
    }
}
