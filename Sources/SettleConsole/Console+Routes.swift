import SettleJob
import SettleKernel
import SettlePrograms
import SettleReports
import SettleStore

extension Console {
    /// The console's pages (docs/console.md): each a report the commands print, checked before
    /// anything reads the database.
    enum Route {
        case programs
        case health(date: Day?, window: Int)
        case day(any Program.Type, date: Day?, top: Int)
        case member(any Program.Type, MemberRef, date: Day?, page: Int)
        case explain(any Program.Type, MemberRef, date: Day?)
        case ledger(MemberRef, page: Int)
        case liability(any Program.Type, date: Day?, days: Int)
        case verify(any Program.Type, from: Day?)
        case runs(any Program.Type, date: Day?)

        static let ledgerPageSize = 20

        init(path: String, query: [String: String]) throws {
            let parts = path.split(separator: "/").map(String.init)
            switch parts.count {
            case 0: self = .programs
            case 1 where parts[0] == "health":
                self = .health(date: try Self.day(query), window: try Self.number(query, "window", 1...3660) ?? 30)
            case 2 where parts[0] == "ledger" && parts[1] == "member":
                self = .ledger(try Self.member(query), page: try Self.number(query, "page", 1...1_000_000) ?? 1)
            case 3 where parts[0] == "programs":
                guard let program = Programs.named(parts[1]) else {
                    throw Refusal(status: 404, message: "no program '\(parts[1])': this build settles \(Programs.names.joined(separator: ", "))")
                }
                self = try Self.programRoute(program, parts[2], query)
            default:
                throw Refusal(status: 404, message: "no page at \(path)")
            }
        }

        static func programRoute(_ program: any Program.Type, _ page: String, _ query: [String: String]) throws -> Route {
            switch page {
            case "day": return .day(program, date: try day(query), top: try number(query, "top", 0...1000) ?? 10)
            case "member": return .member(program, try member(query), date: try day(query), page: try number(query, "page", 1...1_000_000) ?? 1)
            case "explain": return .explain(program, try member(query), date: try day(query))
            case "liability": return .liability(program, date: try day(query), days: try number(query, "days", 0...3660) ?? 30)
            case "verify": return .verify(program, from: try day(query, "from"))
            case "runs": return .runs(program, date: try day(query))
            default: throw Refusal(status: 404, message: "no page '\(page)' of the \(program.model) program")
            }
        }

        static func day(_ query: [String: String], _ key: String = "date") throws -> Day? {
            guard let text = query[key], !text.isEmpty else { return nil }
            guard let day = Day(iso: text) else { throw Refusal(status: 400, message: "\(key) '\(text)' is not a date (YYYY-MM-DD)") }
            return day
        }

        static func number(_ query: [String: String], _ key: String, _ range: ClosedRange<Int>) throws -> Int? {
            guard let text = query[key], !text.isEmpty else { return nil }
            guard text.count <= 9, let value = Int(text), range.contains(value) else {
                throw Refusal(status: 400, message: "\(key) must be a whole number from \(range.lowerBound) to \(range.upperBound)")
            }
            return value
        }

        static func member(_ query: [String: String]) throws -> MemberRef {
            if let phone = query["phone"], !phone.isEmpty {
                guard phone.count <= 32 else { throw Refusal(status: 400, message: "a phone has at most 32 characters") }
                return .phone(phone)
            }
            guard let id = try number(query, "id", 1...Int(Int32.max)) else {
                throw Refusal(status: 400, message: "name the member: ?phone=… or ?id=…")
            }
            return .id(Int64(id))
        }

        /// The report of the route, and the page's navigation, forms and charts.
        func report(on connection: Connection, page: inout HTMLPage, api: Bool) throws -> Report {
            page.navigation = Console.navigation
            switch self {
            case .programs: return try Console.programs(on: connection, page: &page)
            case .health(let date, let window):
                let figures = try Console.health(on: connection, date: date, window: window)
                page.charts = [HealthReport.chart(figures)]
                return HealthReport.build(figures, date: date)
            case .day(let program, let date, let top):
                return try open(program, connection).dayReport(date: date, top: top)
            case .member(let program, let member, let date, let number):
                let opened = try open(program, connection)
                let report = try opened.memberReport(member: member, date: date)
                guard !api else { return report }
                page.forms = [Console.memberForm(program.model, page)]
                var combined = Report(kind: "member", title: report.title, sections: report.sections)
                combined.sections.append(Section(key: "explain", title: "Explain", .reports([try opened.explain(member: member, date: date, grouping: "auto")])))
                guard let ledger = try LedgerReader(connection: connection).memberPage(member, page: number, size: Route.ledgerPageSize) else {
                    throw Refusal(status: 404, message: "page \(number) is past the end of the member's ledger entries")
                }
                combined.sections.append(Section(key: "ledger", title: "Ledger entries", .reports([ledger.report])))
                page.navigation += Console.pageLinks(program.model, member, page: number, pages: ledger.pages)
                return combined
            case .explain(let program, let member, let date):
                return try open(program, connection).explain(member: member, date: date, grouping: "auto")
            case .ledger(let member, let number):
                guard let ledger = try LedgerReader(connection: connection).memberPage(member, page: number, size: Route.ledgerPageSize) else {
                    throw Refusal(status: 404, message: "page \(number) is past the end of the member's ledger entries")
                }
                return ledger.report
            case .liability(let program, let date, let days):
                let (report, svg) = try open(program, connection).liability(date: date, days: days, chartPath: nil)
                page.charts = [svg]
                return report
            case .verify(let program, let from):
                return try open(program, connection).verify(from: from, limit: 100).report
            case .runs(let program, let date):
                return try Console.runs(program, on: connection, date: date)
            }
        }

        func open(_ program: any Program.Type, _ connection: Connection) throws -> any Program {
            program.init(connection: connection, progress: ProgressLog(style: .silent), host: "console")
        }
    }

    static var navigation: [(String, String)] {
        [("Home", "/"), ("Health", "/health")] + Programs.all.flatMap { program in
            [("\(program.model): day", "/programs/\(program.model)/day"), ("\(program.model): liability", "/programs/\(program.model)/liability")]
        }
    }

    /// The search form of a program's member page (values escaped).
    static func memberForm(_ model: String, _ page: HTMLPage) -> String {
        "<form method=\"get\" action=\"/programs/\(htmlEscaped(model))/member\"><label>\(htmlEscaped(page.label("phone"))) "
            + "<input name=\"phone\" inputmode=\"tel\" maxlength=\"32\"></label> <label>\(htmlEscaped(page.label("member id"))) "
            + "<input name=\"id\" inputmode=\"numeric\" maxlength=\"9\"></label> <button>\(htmlEscaped(page.label("Find a member")))</button></form>"
    }

    static func pageLinks(_ model: String, _ member: MemberRef, page: Int, pages: Int) -> [(String, String)] {
        let who: String
        switch member {
        case .phone(let phone): who = "phone=" + (phone.addingPercentEncodingForQuery)
        case .id(let id): who = "id=\(id)"
        }
        var links: [(String, String)] = []
        if page > 1 { links.append(("previous page", "/programs/\(model)/member?\(who)&page=\(page - 1)")) }
        if page < pages { links.append(("next page", "/programs/\(model)/member?\(who)&page=\(page + 1)")) }
        return links
    }
}

extension String {
    /// Percent-encoded for a query value: letters, digits and -._~ stay.
    var addingPercentEncodingForQuery: String {
        var out = ""
        for byte in utf8 {                                    // bounded: the string's bytes
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.append(Character(UnicodeScalar(byte)))
            default:
                let hex = Array("0123456789ABCDEF")
                out += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 15)])
            }
        }
        return out
    }
}
