import Foundation
import Logging

/// Where a long command tells how far it is: phases with counts and elapsed time (level `info`)
/// and warnings (late input, tree changes, figures not read: level `warning`), through swift-log.
/// The command line chooses the style (it knows whether standard error is a terminal) and the
/// level (`--quiet`, `SETTLE_LOG_LEVEL`): aligned for a person, or `key=value` log lines for cron.
public struct ProgressLog: Sendable {
    /// `warnings`: notes only, no phases (`--quiet`).
    public enum Style: Sendable { case terminal, log, warnings, silent }
    public let style: Style
    let logger: Logger

    public init(style: Style, level: Logger.Level? = nil) {
        self.style = style
        var logger = Logger(label: "settle") { _ in SettleLogHandler(style: style) }
        logger.logLevel = level ?? (style == .warnings ? .warning : style == .silent ? .critical : .info)
        self.logger = logger
    }

    public func phase(_ name: String, _ detail: String, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        logger.info("\(detail)", metadata: ["phase": "\(name)", "elapsed_ms": "\(Self.milliseconds(elapsed))"])
    }

    public func note(_ text: String) {
        logger.warning("\(text)")
    }

    static func milliseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
    }

    /// "1.234": elapsed seconds with three decimals, from integer milliseconds.
    static func seconds(milliseconds ms: Int64) -> String {
        let fraction = String(ms % 1000)
        return "\(ms / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }
}

/// settle's lines on standard error: a phase aligned with its seconds on a terminal, and
/// `TIMESTAMP settle level=… phase=… elapsed_ms=… detail` for a log.
struct SettleLogHandler: LogHandler {
    let style: ProgressLog.Style
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let phase = event.metadata?["phase"].map { "\($0)" }
        let milliseconds = event.metadata?["elapsed_ms"].flatMap { Int64("\($0)") } ?? 0
        let line: String
        switch (style, phase) {
        case (.silent, _): return
        case (.terminal, let phase?):
            line = "  \(phase.padding(toLength: 10, withPad: " ", startingAt: 0)) \(event.message)  (\(ProgressLog.seconds(milliseconds: milliseconds)) s)"
        case (.terminal, nil), (.warnings, _):
            line = (style == .warnings ? "settle: " : "") + "\(event.message)"
        case (.log, let phase?):
            line = "\(Date.now.formatted(.iso8601)) settle level=\(event.level) phase=\(phase) elapsed_ms=\(milliseconds) \(event.message)"
        case (.log, nil):
            line = "\(Date.now.formatted(.iso8601)) settle level=\(event.level) \(event.message)"
        }
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
