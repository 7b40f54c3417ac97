import CLibPQ
import FoundationEssentials

/// Applies the numbered SQL files of `sql/` that are not applied yet, in order, each in its own
/// transaction, and records them in `settle.schema_migrations`.
public struct Migrator {
    public struct Migration: Sendable {
        public var version: String       // "0001"
        public var name: String          // "0001_inputs.sql"
        public var sql: String
    }

    public let migrations: [Migration]

    public init(directory: String) throws(StoreError) {
        let fileManager = FileManager.default
        guard let names = try? fileManager.contentsOfDirectory(atPath: directory) else {
            throw StoreError(.schema, "no migrations directory at \(directory)")
        }
        var found: [Migration] = []
        for name in names.sorted() where name.hasSuffix(".sql") {
            let version = String(name.prefix { $0.isNumber })
            guard version.count == 4 else { continue }
            guard let data = fileManager.contents(atPath: directory + "/" + name) else {
                throw StoreError(.schema, "cannot read \(directory)/\(name)")
            }
            found.append(Migration(version: version, name: name, sql: String(decoding: data, as: UTF8.self)))
        }
        guard !found.isEmpty else { throw StoreError(.schema, "no migrations (NNNN_name.sql) in \(directory)") }
        migrations = found
    }

    /// The `sql/` directory: `$SETTLE_SQL_DIR`, then `share/settle/sql` beside the executable's
    /// folder, then `sql` of the source tree this binary was built from.
    public static func defaultDirectory(executablePath: String = CommandLine.arguments[0]) -> String {
        if let configured = ProcessInfo.processInfo.environment["SETTLE_SQL_DIR"], !configured.isEmpty { return configured }
        let fileManager = FileManager.default
        let binaryDirectory = URL(fileURLWithPath: executablePath).deletingLastPathComponent()
        let installed = binaryDirectory.deletingLastPathComponent().appendingPathComponent("share/settle/sql").path
        if fileManager.fileExists(atPath: installed) { return installed }
        // #filePath: …/Sources/SettleStore/Migrator.swift → …/sql
        let sourceTree = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("sql").path
        return sourceTree
    }

    /// Applies what is missing; returns the names applied.
    /// Applies the pending migrations for a database whose inputs are settle's own tables
    /// (`settle`) or the shop's views (`external`: their columns are checked first, nothing applied
    /// when one is missing or of the wrong type).
    public func apply(on connection: Connection, inputs: String) throws -> [String] {
        try connection.execute("SELECT set_config('settle.inputs', $1, false)", [inputs])
        if inputs == "external" {
            let problems = try ExternalInputs.problems(on: connection)
            guard problems.isEmpty else { throw ExternalInputs.Refused(problems: problems) }
        }
        return try apply(on: connection)
    }

    public func apply(on connection: Connection) throws -> [String] {
        try connection.execute("SELECT pg_advisory_lock(hashtext('settle.migrate'))")
        defer { _ = try? connection.execute("SELECT pg_advisory_unlock(hashtext('settle.migrate'))") }
        try connection.executeScript("""
            CREATE SCHEMA IF NOT EXISTS settle;
            CREATE TABLE IF NOT EXISTS settle.schema_migrations (
                version text PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());
            """)
        let applied = Set(try connection.query("SELECT version FROM settle.schema_migrations").compactMap { $0[0] })
        var done: [String] = []
        for migration in migrations where !applied.contains(migration.version) {
            try connection.transaction {
                try connection.executeScript(migration.sql)
                try connection.execute("INSERT INTO settle.schema_migrations (version, name) VALUES ($1, $2)",
                                       [migration.version, migration.name])
            }
            done.append(migration.name)
        }
        return done
    }

    /// Versions in `sql/` that the database has not applied.
    public func pending(on connection: Connection) throws -> [String] {
        let exists = try connection.scalar("SELECT to_regclass('settle.schema_migrations') IS NOT NULL") == "t"
        guard exists else { return migrations.map(\.name) }
        let applied = Set(try connection.query("SELECT version FROM settle.schema_migrations").compactMap { $0[0] })
        return migrations.filter { !applied.contains($0.version) }.map(\.name)
    }
}

extension Connection {
    /// Runs several statements with no parameters (simple query protocol): for migration files.
    public func executeScript(_ sql: String) throws(StoreError) {
        PQclear(try check(PQexec(handle, sql), sql: sql))
    }
}
