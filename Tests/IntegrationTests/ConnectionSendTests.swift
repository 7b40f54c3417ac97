import Testing
import SettleStore

/// A statement sent without waiting (`Connection.send`): the next statement waits for it and
/// throws its error; a transaction that fails so rolls back whole.
@Suite(.serialized, .enabled(if: TestDatabase.isConfigured, "no PostgreSQL: run scripts/test.sh"))
struct ConnectionSendTests {
    @Test func theNextStatementWaitsForASentOneAndThrowsItsError() throws {
        let database = try TestDatabase()
        let connection = try database.connect()
        try connection.execute("CREATE TABLE public.sent (n integer PRIMARY KEY)")
        try connection.send("INSERT INTO public.sent SELECT generate_series(1, 1000)")
        #expect(try connection.scalar("SELECT count(*) FROM public.sent") == "1000")
        // A failing statement sent inside a transaction: the next one throws its error, nothing stays.
        #expect(throws: StoreError.self) {
            try connection.transaction {
                try connection.execute("INSERT INTO public.sent VALUES (2000)")
                try connection.send("INSERT INTO public.sent VALUES (1)")        // a duplicate key
                try connection.execute("INSERT INTO public.sent VALUES (2001)")
            }
        }
        #expect(try connection.scalar("SELECT count(*) FROM public.sent") == "1000")
        // Failing as the last statement before COMMIT: COMMIT throws it, and the rollback is clean.
        #expect(throws: StoreError.self) {
            try connection.transaction {
                try connection.execute("INSERT INTO public.sent VALUES (3000)")
                try connection.send("SELECT 1 / 0")
            }
        }
        #expect(try connection.scalar("SELECT count(*) FROM public.sent WHERE n >= 2000") == "0")
        #expect(try connection.scalar("SELECT 42") == "42")
    }
}
