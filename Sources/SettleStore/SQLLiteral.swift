import SettleKernel

/// Constants written into a statement's text where it takes no parameters (COPY … TO STDOUT):
/// the planner folds a constant once, where a `current_setting('settle.day')::date` in a WHERE
/// is evaluated for every row (0.5 s of the server's 1.1 s over a points night's 2.4M lots).
public enum SQLLiteral {
    /// `'2026-12-04'::date`: a day's ISO text is digits and dashes only.
    public static func date(_ day: Day) -> String {
        let iso = day.iso
        precondition(iso.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "-") }, "a day's ISO text is digits and dashes")
        return "'\(iso)'::date"
    }

    /// `'points'`: a name the code gives (a program, a currency), never the input's: lower-case
    /// ASCII letters, digits and underscores only.
    public static func name(_ text: String) -> String {
        precondition(!text.isEmpty && text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") },
                     "a name written into SQL is lower-case letters, digits and underscores")
        return "'\(text)'"
    }
}
