import Foundation

/// Where a long command tells how far it is: phases with counts and elapsed time, on standard
/// error. The command line chooses the style (it knows whether that is a terminal): aligned for a
/// person, or plain `key=value` log lines under cron.
public struct ProgressLog: Sendable {
    /// `warnings`: notes (late input, figures not read) only, no phases (`--quiet`).
    public enum Style: Sendable { case terminal, log, warnings, silent }
    public let style: Style
    let started = ContinuousClock.now

    public init(style: Style) { self.style = style }

    public func phase(_ name: String, _ detail: String, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        switch style {
        case .silent, .warnings: return
        case .terminal:
            let padded = name.padding(toLength: 10, withPad: " ", startingAt: 0)
            write("  \(padded) \(detail)  (\(ProgressLog.seconds(elapsed)) s)")
        case .log:
            write("\(ProgressLog.timestamp()) settle phase=\(name) elapsed_ms=\(ProgressLog.milliseconds(elapsed)) \(detail)")
        }
    }

    public func note(_ text: String) {
        switch style {
        case .silent: return
        case .terminal: write(text)
        case .warnings: write("settle: \(text)")
        case .log: write("\(ProgressLog.timestamp()) settle \(text)")
        }
    }

    func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func milliseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
    }

    /// "1.234": elapsed seconds with three decimals, from integer milliseconds.
    static func seconds(_ duration: Duration) -> String {
        let ms = milliseconds(duration)
        let fraction = String(ms % 1000)
        return "\(ms / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }

    static func timestamp() -> String { Date.now.formatted(.iso8601) }
}
