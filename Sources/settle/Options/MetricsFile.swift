import Foundation
import Prometheus
import SettleJob
import SettleReports

/// `run --metrics-file PATH`: what the run did, in the Prometheus text format, for node_exporter's
/// textfile collector (write the file into its directory). Written whole and renamed into place.
struct MetricsFile {
    let registry = PrometheusCollectorRegistry()

    /// A gauge named in full (the descriptor joins no namespace or unit to it).
    private func gauge(_ name: String, _ labels: [(String, String)], help: String) -> Gauge {
        registry.makeGauge(descriptor: MetricNameDescriptor(metricName: name, unitName: "", helpText: help), labels: labels)
    }

    /// One program's run: its figures, or that it failed (status), and how long it took.
    func record(model: String, metrics: RunMetrics?, status: Int32, milliseconds: Int64, now: Int64) {
        let labels = [("model", model)]
        gauge("settle_run_exit_status", labels, help: "exit status of the last run (0 done, 5 late input)").set(Int64(status))
        gauge("settle_run_duration_milliseconds", labels, help: "how long the last run took").set(milliseconds)
        guard let metrics else { return }
        if status == 0 || status == 5 {
            gauge("settle_last_success_timestamp_seconds", labels, help: "when a run last completed").set(now)
        }
        gauge("settle_days_settled", labels, help: "days the last run settled").set(Int64(metrics.dryRun ? 0 : metrics.days))
        gauge("settle_lines_written", labels, help: "lines the last run wrote").set(Int64(metrics.dryRun ? 0 : metrics.lines))
        gauge("settle_late_input_days", labels, help: "settled days whose inputs changed since").set(Int64(metrics.lateInputs))
        gauge("settle_tree_changes", labels, help: "members whose referrer changed since").set(Int64(metrics.treeChanges))
        if let last = metrics.lastDay {
            gauge("settle_last_day_settled", labels, help: "the last day settled, as YYYYMMDD")
                .set(Int64(last.iso.filter(\.isNumber)) ?? 0)
        }
        for kind in metrics.kinds {
            let kindLabels = labels + [("kind", kind.name)]
            gauge("settle_entitled_fen", kindLabels, help: "entitled over the last run's days, in fen").set(kind.entitledFen)
            gauge("settle_paid_fen", kindLabels, help: "paid over the last run's days, in fen").set(kind.paidFen)
        }
    }

    /// A program's health after the run (`report health`'s figures over 30 days): ratios in
    /// parts per million, computed exactly; `settle_health_flags` > 0 is the alert.
    func recordHealth(_ figures: HealthFigures) {
        let labels = [("model", figures.model)]
        func ppm(_ fraction: HealthFigures.Fraction) -> Int64 {
            fraction.denominator == 0 ? 0 : Int64(clamping: fraction.numerator * 1_000_000 / fraction.denominator)
        }
        func whole(_ fraction: HealthFigures.Fraction) -> Int64 {
            fraction.denominator == 0 ? 0 : Int64(clamping: fraction.numerator / fraction.denominator)
        }
        gauge("settle_health_payout_share_ppm", labels, help: "payouts over the last 30 days per million of revenue").set(ppm(figures.payoutShare))
        gauge("settle_health_liability_fen", labels, help: "what the program owes, in its own terms, in fen").set(figures.liabilityFen)
        gauge("settle_health_liability_days_of_revenue", labels, help: "the liability in days of average revenue").set(whole(figures.liabilityDaysOfRevenue))
        gauge("settle_health_days_to_pay_off", labels, help: "days to pay the liability off at the window's pace").set(whole(figures.daysToPayOff))
        gauge("settle_health_top1_share_ppm", labels, help: "payouts to the top 1% of members paid, per million").set(ppm(figures.top1Share))
        gauge("settle_health_top10_share_ppm", labels, help: "payouts to the top 10% of members paid, per million").set(ppm(figures.top10Share))
        gauge("settle_health_flags", labels, help: "thresholds crossed and plan risks (report health)").set(Int64(figures.flags.count))
    }

    func write(to path: String) throws {
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        let temporary = path + ".tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(buffer)) else {
            throw JobError.failed("cannot write the metrics file \(temporary)")
        }
        guard rename(temporary, path) == 0 else { throw JobError.failed("cannot move the metrics file into \(path)") }
    }
}
