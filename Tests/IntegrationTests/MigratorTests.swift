import Foundation
import Testing
import SettleStore

/// The repeatable definitions: applied after the numbered migrations, again only when their text
/// changes, in a transaction each (a broken one leaves the last good one in force).
@Suite(.enabled(if: TestDatabase.isConfigured))
struct MigratorTests {
    static let sql = TestDatabase.repositoryRoot.appendingPathComponent("sql").path

    @Test func aRepeatableIsAppliedWhenItsTextChangesAndOnlyThen() throws {
        let database = try TestDatabase(migrate: false)
        let connection = try database.connect()
        let first = Migrator.Repeatable(name: "probe", sql: "CREATE OR REPLACE VIEW settle.probe AS SELECT 1 AS one;")
        let applied = try Migrator(directory: Self.sql, repeatables: [Migrator.sharedSchema, first]).apply(on: connection)
        #expect(applied.first == "0001_inputs.sql" && applied.suffix(2) == ["schema of shared", "schema of probe"])
        #expect(try connection.scalar("SELECT one FROM settle.probe") == "1")
        #expect(try Migrator(directory: Self.sql, repeatables: [Migrator.sharedSchema, first]).apply(on: connection).isEmpty)

        let second = Migrator.Repeatable(name: "probe", sql: "CREATE OR REPLACE VIEW settle.probe AS SELECT 2 AS one;")
        let migrator = try Migrator(directory: Self.sql, repeatables: [Migrator.sharedSchema, second])
        #expect(try migrator.pending(on: connection) == ["schema of probe"])
        #expect(try migrator.apply(on: connection) == ["schema of probe"])
        #expect(try connection.scalar("SELECT one FROM settle.probe") == "2")
        #expect(try migrator.pending(on: connection).isEmpty)

        let broken = Migrator.Repeatable(name: "probe", sql: "CREATE OR REPLACE VIEW settle.probe AS SELECT 3 AS one; SELECT no_such_column;")
        #expect(throws: StoreError.self) { try Migrator(directory: Self.sql, repeatables: [Migrator.sharedSchema, broken]).apply(on: connection) }
        #expect(try connection.scalar("SELECT one FROM settle.probe") == "2", "the broken text changed nothing")
        #expect(try Migrator(directory: Self.sql, repeatables: [Migrator.sharedSchema, broken]).pending(on: connection) == ["schema of probe"])
    }
}
