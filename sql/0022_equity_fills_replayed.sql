-- settle 0022: the equity program's event ledger is no longer stored (issue 27). Each night wrote
-- its fills (settle.equity_events, one row per line of each event: 171,000 at a million members)
-- beside its lines, which are those fills summed by member and kind: the same amounts twice, 25 MiB
-- a night with the index. The lines stay (the contract, SPEC-equity §4); the fills of a day are
-- replayed from the stored state and inputs when `report member` or `explain` shows them, and
-- `verify` replays every day as before. The view settle.equity_fills goes with the table.
DROP VIEW IF EXISTS settle.equity_fills;
DROP TABLE settle.equity_events;
