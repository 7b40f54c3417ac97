import SettleKernel

/// The reports as HTML: one rendering of the reports-as-data for `--format html` (a page an
/// operator can mail or keep) and for the console's pages. Cells look as in text; every string
/// is escaped; charts are inline SVG handed in by the caller. No figure is computed here.
public struct HTMLPage: Sendable {
    public enum Language: String, Sendable { case en, zh }

    public var language: Language
    /// Links shown above the report (the console's navigation): (label, href).
    public var navigation: [(String, String)] = []
    /// SVGs shown after the report (a liability chart), already drawn.
    public var charts: [String] = []
    /// Forms shown above the report (the console's member search): raw HTML built by the caller
    /// from escaped values.
    public var forms: [String] = []

    public init(language: Language = .en) { self.language = language }

    /// The language a browser asks for (`Accept-Language`): Chinese when it prefers any zh.
    public static func language(acceptLanguage header: String?) -> Language {
        guard let header else { return .en }
        var best: (Language, Int) = (.en, -1)
        for (index, part) in header.split(separator: ",").enumerated() where index < 20 {    // bounded: 20 tags
            let pieces = part.split(separator: ";").map(trimmed)
            let tag = (pieces.first ?? "").lowercased()
            var quality = 1000
            for piece in pieces.dropFirst() where piece.hasPrefix("q=") {   // bounded: the tag's parameters
                quality = Rate.parse(String(piece.dropFirst(2))).map { Int($0.ppb / 1_000_000) } ?? 0
            }
            let language: Language? = tag.hasPrefix("zh") ? .zh : (tag.hasPrefix("en") || tag == "*" ? .en : nil)
            if let language, quality > best.1 { best = (language, quality) }
        }
        return best.0
    }

    static func trimmed(_ text: Substring) -> String {
        String(text.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }

    public func render(_ report: Report) -> String {
        var body = "<header><h1>\(htmlEscaped(label(report.title)))</h1>"
        if !navigation.isEmpty {
            body += "<nav>" + navigation.map { "<a href=\"\(htmlEscaped($0.1))\">\(htmlEscaped(label($0.0)))</a>" }.joined(separator: " · ") + "</nav>"
        }
        body += "</header>\n" + forms.joined(separator: "\n") + section(report)
        for chart in charts where !chart.isEmpty { body += "<figure class=\"chart\">\(chart)</figure>\n" }
        return """
            <!DOCTYPE html>
            <html lang="\(language == .zh ? "zh-CN" : "en")"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(htmlEscaped(label(report.title)))</title>
            <style>\(Self.style)</style></head>
            <body data-report="\(htmlEscaped(report.kind))">
            \(body)</body></html>

            """
    }

    func section(_ report: Report) -> String {
        var html = ""
        for section in report.sections {
            switch section.content {
            case .reports(let reports):
                html += "<section id=\"\(htmlEscaped(section.key))\"><h2>\(htmlEscaped(label(section.title)))</h2>"
                for inner in reports { html += "<article><h3>\(htmlEscaped(label(inner.title)))</h3>\(self.section(inner))</article>\n" }
            case .fields(let fields):
                html += "<section id=\"\(htmlEscaped(section.key))\"><h2>\(htmlEscaped(label(section.title)))</h2><dl>"
                for field in fields {
                    html += "<dt>\(htmlEscaped(label(field.label)))</dt><dd data-key=\"\(htmlEscaped(field.key))\"\(numeric(field.value))>\(htmlEscaped(field.value.text))</dd>"
                }
                html += "</dl>"
            case .table(let columns, let rows):
                html += "<section id=\"\(htmlEscaped(section.key))\"><h2>\(htmlEscaped(label(section.title)))</h2>"
                if rows.isEmpty {
                    html += "<p class=\"empty\">\(htmlEscaped(label("(none)")))</p>"
                } else {
                    html += "<table><thead><tr>" + columns.map { "<th data-key=\"\(htmlEscaped($0.key))\">\(htmlEscaped(label($0.label)))</th>" }.joined()
                        + "</tr></thead><tbody>"
                    for row in rows {                         // bounded: the report's rows
                        html += "<tr>" + row.map { "<td\(numeric($0))>\(htmlEscaped($0.text))</td>" }.joined() + "</tr>"
                    }
                    html += "</tbody></table>"
                }
            }
            for note in section.notes { html += "<p class=\"note\">\(htmlEscaped(note))</p>" }
            html += "</section>\n"
        }
        return html
    }

    func numeric(_ cell: Cell) -> String { cell.isNumeric ? " class=\"n\"" : "" }

    /// A label in the page's language: the Chinese of the words settle's reports use most, the
    /// English otherwise (and always in English pages).
    public func label(_ english: String) -> String {
        guard language == .zh else { return english }
        if let chinese = Self.chinese[english] { return chinese }
        for (prefix, chinese) in Self.chinesePrefixes where english.hasPrefix(prefix) {   // bounded: the prefixes
            return chinese + english.dropFirst(prefix.count)
        }
        return english
    }

    static let chinese: [String: String] = [
        "Day": "日", "Summary": "汇总", "Programs": "方案", "Flags": "风险提示", "Checks": "检查", "Faults": "错误",
        "date": "日期", "program": "方案", "model": "方案", "run": "运行", "dry run": "试算", "plan in force from": "方案生效日",
        "kind": "类别", "entitled": "应得", "paid": "实发", "forfeited": "烧伤", "total": "合计", "member id": "会员编号",
        "phone": "手机号", "members paid": "获奖会员数", "revenue": "营业额", "payout": "发放", "payout share": "发放占营业额",
        "liability": "负债", "backing": "资金池", "days": "天数", "level": "会员级别", "star tier": "星级",
        "locked": "锁仓积分", "wallet": "可用积分", "owed": "应付合计", "released": "已释放", "static": "静态释放",
        "share": "分享收益", "team": "团队级差", "peer": "平级奖", "points": "积分", "yuan": "元", "price": "价格",
        "pool": "资金池", "supply": "流通积分", "Lines": "明细", "Members": "会员", "Top earners": "收益排行",
        "Find a member": "查找会员", "Health": "健康度", "Liability": "负债", "Verify": "核对", "Runs": "运行记录",
        "(none)": "（无）", "settled": "已结算", "simulated": "模拟", "difference": "差额", "reason": "原因",
        "weighted": "加权分红", "quota left": "剩余额度", "Ledger entries": "账户流水", "amount": "金额", "source": "来源",
        "currency": "币种", "previous page": "上一页", "next page": "下一页", "Home": "首页",
        "liability change": "负债变化", "change ÷ revenue": "变化÷营业额", "liability in days of revenue": "负债折合营业天数",
        "days to pay off": "还清天数", "paid members": "获奖会员数", "top 1% share": "前1%占比", "top 10% share": "前10%占比",
        "to members without an order": "无自购会员占比", "revenue of first orders": "首单营业额", "revenue of repeat orders": "复购营业额",
        "first orders' share": "首单占比", "flag": "提示", "days settled": "已结算天数", "last day settled": "最后结算日",
        "first day": "首个结算日", "plan": "方案", "Explain": "明细说明", "Balances (ledger)": "账户余额",
    ]
    static let chinesePrefixes: [(String, String)] = [
        ("Settlement of ", "结算日 "), ("Cycle settlement of ", "循环购结算日 "), ("Equity settlement of ", "消费增值结算日 "),
        ("Is the plan sustainable? ", "方案是否可持续？ "), ("Member ", "会员 "), ("By kind", "按类别"),
    ]

    static let style = """
        body{font-family:system-ui,"PingFang SC","Noto Sans CJK SC",sans-serif;margin:1.5rem;color:#222;max-width:80rem}
        h1{font-size:1.3rem}h2{font-size:1.05rem;margin-top:1.4rem}nav a{margin-right:.3rem}
        table{border-collapse:collapse;font-size:.9rem}th,td{border-bottom:1px solid #ddd;padding:.25rem .6rem;text-align:left}
        td.n,dd.n{text-align:right;font-variant-numeric:tabular-nums}dl{display:grid;grid-template-columns:max-content max-content;gap:.2rem 1.2rem}
        dd{margin:0}.note{color:#666;font-size:.85rem}.chart svg{max-width:100%;height:auto}form{margin:1rem 0}
        """
}

/// Escapes text for HTML content and attribute values.
public func htmlEscaped(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {                                   // bounded: the text
        switch character {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.append(character)
        }
    }
    return out
}

extension Report {
    /// The report as a page of its own (`--format html`).
    public func html(language: HTMLPage.Language = .en, charts: [String] = []) -> String {
        var page = HTMLPage(language: language)
        page.charts = charts
        return page.render(self)
    }
}
