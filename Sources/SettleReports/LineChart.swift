import SettleKernel

/// A line chart of amounts over consecutive days, as SVG. Coordinates are integer arithmetic on
/// fen, like everything else. Every liability chart draws through this.
public enum LineChart {
    public struct Series: Sendable {
        public var label: String
        public var colour: String
        /// One value a day, from the chart's first day.
        public var valuesFen: [Int64]
        public init(label: String, colour: String, valuesFen: [Int64]) {
            self.label = label; self.colour = colour; self.valuesFen = valuesFen
        }
    }

    public static func svg(title: String, firstDay: Day, series: [Series]) -> String {
        let width = 760, height = 380, left = 110, right = 20, top = 40, bottom = 50
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let count = series.map(\.valuesFen.count).max() ?? 1
        let maximum = max(1, series.flatMap(\.valuesFen).max() ?? 1)
        let steps = max(1, count - 1)
        func x(_ index: Int) -> Int { left + index * plotWidth / steps }
        func y(_ fen: Int64) -> Int { top + Int((Int128(maximum - max(0, fen)) * Int128(plotHeight)) / Int128(maximum)) }
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" font-family="sans-serif" font-size="12">
            <rect width="\(width)" height="\(height)" fill="white"/>
            <text x="\(left)" y="22" font-size="14">\(escaped(title))</text>

            """
        for tick in 0...4 {
            let value = maximum / 4 * Int64(tick)
            svg += "<line x1=\"\(left)\" y1=\"\(y(value))\" x2=\"\(width - right)\" y2=\"\(y(value))\" stroke=\"#ddd\"/>\n"
            svg += "<text x=\"\(left - 6)\" y=\"\(y(value) + 4)\" text-anchor=\"end\">\(Fen.groupThousands(String(value / 100)))</text>\n"
        }
        svg += "<text x=\"\(left)\" y=\"\(height - 18)\">\(firstDay)</text>\n"
        svg += "<text x=\"\(width - right)\" y=\"\(height - 18)\" text-anchor=\"end\">\(firstDay.advanced(by: Int32(count - 1)))</text>\n"
        for line in series {
            let points = line.valuesFen.enumerated().map { "\(x($0.offset)),\(y($0.element))" }.joined(separator: " ")
            svg += "<polyline fill=\"none\" stroke=\"\(line.colour)\" stroke-width=\"2\" points=\"\(points)\"/>\n"
        }
        var labelX = left + 10
        for line in series {
            svg += "<text x=\"\(labelX)\" y=\"\(top + 14)\" fill=\"\(line.colour)\">\(escaped(line.label))</text>\n"
            labelX += 120 + 6 * line.label.count / 2
        }
        return svg + "</svg>\n"
    }

    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {                                    // bounded: the title's characters
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default: out.append(character)
            }
        }
        return out
    }
}
