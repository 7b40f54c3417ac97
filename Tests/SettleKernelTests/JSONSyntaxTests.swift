import Testing
@testable import SettleKernel

@Suite struct JSONSyntaxTests {
    func refusal(_ text: String) -> PlanError? {
        do { try JSONSyntax.check(text); return nil } catch { return error }
    }

    @Test func aKeyGivenTwiceIsNamedWithItsPath() {
        #expect(refusal(#"{"a": 1, "b": 2, "a": 3}"#) == PlanError(field: "a", reason: "is given twice (line 1)"))
        #expect(refusal("{\n \"levels\": [\n  {\"name\": \"V1\", \"share\": \"0.1\",\n   \"share\": \"0.2\"}]}")
                == PlanError(field: "levels[0].share", reason: "is given twice (line 4)"))
    }

    @Test func syntaxErrorsSayTheLineAndColumn() {
        #expect(refusal("{\n  \"a\": 1,\n  \"b\" 2\n}")?.reason == "not valid JSON at line 3, column 7: expected ':' after the key")
        #expect(refusal("{\"a\": [1, 2}")?.reason == "not valid JSON at line 1, column 12: expected ',' or ']'")
        #expect(refusal("{\"a\": \"x}")?.reason == "not valid JSON at line 1, column 10: a string is not closed")
        #expect(refusal("{} x")?.reason == "not valid JSON at line 1, column 4: unexpected text after the document")
    }

    @Test func validDocumentsPass() {
        #expect(refusal(#"{"a": [1, -2.5e3, true, false, null, "\"q\" \u00e9 中文"], "b": {"a": {}}}"#) == nil)
        #expect(refusal("[]") == nil)
    }
}
