import SettleKernel
import PointsModel

/// A line chart of the liability projection as SVG: locked points falling, wallet points rising,
/// one point per day. Coordinates are integer arithmetic on fen, like everything else.
public enum LiabilityChart {
    public static func svg(_ figures: LiabilityFigures) -> String {
        let width = 760, height = 380, left = 110, right = 20, top = 40, bottom = 50
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        var wallet = figures.walletFen
        var lockedSeries = [figures.standing.lockedFen], walletSeries = [wallet]
        for day in figures.projection {
            wallet += day.releasedFen
            lockedSeries.append(day.lockedFen)
            walletSeries.append(wallet)
        }
        let maximum = max(1, (lockedSeries + walletSeries).max() ?? 1)
        let steps = max(1, lockedSeries.count - 1)
        func x(_ index: Int) -> Int { left + index * plotWidth / steps }
        func y(_ fen: Int64) -> Int { top + Int((Int128(maximum - fen) * Int128(plotHeight)) / Int128(maximum)) }
        func polyline(_ series: [Int64], _ colour: String) -> String {
            let points = series.enumerated().map { "\(x($0.offset)),\(y($0.element))" }.joined(separator: " ")
            return "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\" points=\"\(points)\"/>\n"
        }
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" font-family="sans-serif" font-size="12">
            <rect width="\(width)" height="\(height)" fill="white"/>
            <text x="\(left)" y="22" font-size="14">Points owed after \(figures.day) if no new order arrives (yuan)</text>

            """
        for tick in 0...4 {
            let value = maximum / 4 * Int64(tick)
            svg += "<line x1=\"\(left)\" y1=\"\(y(value))\" x2=\"\(width - right)\" y2=\"\(y(value))\" stroke=\"#ddd\"/>\n"
            svg += "<text x=\"\(left - 6)\" y=\"\(y(value) + 4)\" text-anchor=\"end\">\(Fen.groupThousands(String(value / 100)))</text>\n"
        }
        let lastDay = figures.day.advanced(by: Int32(lockedSeries.count - 1))
        svg += "<text x=\"\(left)\" y=\"\(height - 18)\">\(figures.day)</text>\n"
        svg += "<text x=\"\(width - right)\" y=\"\(height - 18)\" text-anchor=\"end\">\(lastDay)</text>\n"
        svg += polyline(lockedSeries, "#c0392b") + polyline(walletSeries, "#2471a3")
        svg += "<text x=\"\(left + 10)\" y=\"\(top + 14)\" fill=\"#c0392b\">locked points</text>\n"
        svg += "<text x=\"\(left + 130)\" y=\"\(top + 14)\" fill=\"#2471a3\">wallet points (nothing spent)</text>\n"
        return svg + "</svg>\n"
    }
}
