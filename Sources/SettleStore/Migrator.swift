import CLibPQ
import FoundationEssentials

/// Brings a database's schema up to date, as Flyway does: the numbered SQL files of `sql/` that
/// are not applied yet (they create and change tables and move data), in order, each in its own
/// transaction, recorded in `settle.schema_migrations`; then each repeatable definition (the
/// shared one and each room's: views, functions, grants, all `CREATE OR REPLACE`) whose text or
/// whose roles changed since it was last applied (all of them after a numbered migration),
/// recorded in `settle.schema_repeatables`.
public struct Migrator {
    public struct Migration: Sendable {
        public var version: String       // "0001"
        public var name: String          // "0001_inputs.sql"
        public var sql: String
    }

    /// Views, functions and grants as they are now, applied whole whenever they change.
    public struct Repeatable: Sendable {
        public var name: String          // "shared", a model's name
        /// The definitions and, run only where the nightly job's role exists, its grants.
        public var sql: String
        public init(name: String, sql: String) { self.name = name; self.sql = sql }
        /// `definitions`, then `jobGrants` (GRANT statements to `settle_job`) applied where that
        /// role exists (sql/roles/settle_job.sql creates it; the next migrate grants), and the
        /// read-only role's SELECT on what the definitions made: the shared schema grants it
        /// before a program's views exist (a view a migration re-made was otherwise unreadable by
        /// `settle_read` until the next migrate).
        public init(name: String, definitions: String, jobGrants: String) {
            self.init(name: name, sql: definitions + """

                -- What the nightly job's role may do with these rows, and the read-only role read,
                -- where the roles exist.
                DO $$
                BEGIN
                    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'settle_job') THEN
                \(jobGrants)
                    END IF;
                    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'settle_read') THEN
                        GRANT SELECT ON ALL TABLES IN SCHEMA settle TO settle_read;
                    END IF;
                END
                $$;

                """)
        }
    }

    public let migrations: [Migration]
    public let repeatables: [Repeatable]
    /// The Swift steps of numbered migrations, by version (`Migrator+Steps.swift`).
    public let steps: [String: Step]

    public init(directory: String, repeatables: [Repeatable] = [Migrator.sharedSchema], steps: [String: Step] = [:]) throws(StoreError) {
        self.repeatables = repeatables
        self.steps = steps
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
            CREATE TABLE IF NOT EXISTS settle.schema_repeatables (
                name text PRIMARY KEY, checksum text NOT NULL, roles text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());
            """)
        var done = try applyNumbered(on: connection)
        guard let last = migrations.last?.version, last >= Self.schemaVersion else { return done }   // an older sql/: its own views stand
        // After a numbered migration every definition is applied again: a new table gets its
        // grants (settle_read reads every table) even when no text changed.
        let tablesChanged = !done.isEmpty
        for repeatable in repeatables where try tablesChanged || isStale(repeatable, on: connection, rolesToo: true) {
            try connection.transaction {
                try connection.executeScript(repeatable.sql)
                try connection.execute("""
                    INSERT INTO settle.schema_repeatables (name, checksum, roles) VALUES ($1, md5($2), \(Self.settleRoles))
                    ON CONFLICT (name) DO UPDATE SET checksum = excluded.checksum, roles = excluded.roles, applied_at = now()
                    """, [repeatable.name, repeatable.sql])
            }
            done.append("schema of \(repeatable.name)")
        }
        return done
    }

    /// The numbered migration whose tables the repeatable definitions of this build are written
    /// for: a folder of older migrations (`--sql-dir`) gets none of them.
    public static let schemaVersion = "0028"

    /// The settle roles the grants may name: a role created after the last `settle migrate` gets
    /// its grants at the next one.
    static let settleRoles = "coalesce((SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles WHERE rolname LIKE 'settle\\_%'), '')"

    /// Whether `repeatable` differs from what the database applied last: its text, and with
    /// `rolesToo` the roles there were.
    func isStale(_ repeatable: Repeatable, on connection: Connection, rolesToo: Bool) throws(StoreError) -> Bool {
        guard try connection.scalar("SELECT to_regclass('settle.schema_repeatables') IS NOT NULL") == "t" else { return true }
        return try connection.scalar("""
            SELECT NOT EXISTS (SELECT FROM settle.schema_repeatables WHERE name = $1 AND checksum = md5($2)
                               AND (NOT $3 OR roles = \(Self.settleRoles)))
            """, [repeatable.name, repeatable.sql, rolesToo ? "true" : "false"]) == "t"
    }

    func applyNumbered(on connection: Connection) throws -> [String] {
        let applied = Set(try connection.query("SELECT version FROM settle.schema_migrations").compactMap { $0[0] })
        var done: [String] = []
        for migration in migrations where !applied.contains(migration.version) {
            try connection.transaction {
                try connection.executeScript(migration.sql)
                try steps[migration.version]?(connection)
                try connection.execute("INSERT INTO settle.schema_migrations (version, name) VALUES ($1, $2)",
                                       [migration.version, migration.name])
            }
            done.append(migration.name)
        }
        return done
    }

    /// Versions in `sql/` that the database has not applied, and the repeatable definitions
    /// whose text changed since it applied them (all of them when a version is pending).
    public func pending(on connection: Connection) throws -> [String] {
        let exists = try connection.scalar("SELECT to_regclass('settle.schema_migrations') IS NOT NULL") == "t"
        guard exists else { return migrations.map(\.name) + repeatables.map { "schema of \($0.name)" } }
        let applied = Set(try connection.query("SELECT version FROM settle.schema_migrations").compactMap { $0[0] })
        var pending = migrations.filter { !applied.contains($0.version) }.map(\.name)
        let tablesChange = !pending.isEmpty
        for repeatable in repeatables where try tablesChange || isStale(repeatable, on: connection, rolesToo: false) {
            pending.append("schema of \(repeatable.name)")
        }
        return pending
    }
}

extension Connection {
    /// Runs several statements with no parameters (simple query protocol): for migration files.
    public func executeScript(_ sql: String) throws(StoreError) {
        try finishPending()
        PQclear(try check(PQexec(handle, sql), sql: sql))
    }
}
