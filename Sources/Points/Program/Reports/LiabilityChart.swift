import SettleKernel
import PointsModel
import SettleReports

/// The points liability projection as a chart: locked points falling, wallet points rising.
public enum LiabilityChart {
    public static func svg(_ figures: LiabilityFigures) -> String {
        var wallet = figures.walletFen
        var lockedSeries = [figures.standing.lockedFen], walletSeries = [wallet]
        for day in figures.projection {
            wallet += day.releasedFen
            lockedSeries.append(day.lockedFen)
            walletSeries.append(wallet)
        }
        return LineChart.svg(title: "Points owed after \(figures.day) if no new order arrives (yuan)", firstDay: figures.day, series: [
            .init(label: "locked points", colour: "#c0392b", valuesFen: lockedSeries),
            .init(label: "wallet points (nothing spent)", colour: "#2471a3", valuesFen: walletSeries),
        ])
    }
}
