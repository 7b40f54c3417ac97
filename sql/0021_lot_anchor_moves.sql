-- settle 0021: the lots' anchors move once a week (issue 27). A night used to move the anchor of
-- every lot it wrote a row for (306,000 at a million members, 2 s). Now they move on checkpoint
-- days only (Thursdays), to each lot's last row since the checkpoint before, and readers fold in
-- the rows since (settle.lot_anchors). No data changes: the anchors a nightly move left are
-- those a checkpoint would have. This table stages a checkpoint's moves, sent by COPY inside the
-- night's transaction and emptied in it: it holds nothing between transactions.
-- The views and grants: the points room (Sources/Points/Program/Store/PointsStateStore+Schema.swift).
CREATE TABLE settle.lot_anchor_moves (
    order_id     bigint   NOT NULL PRIMARY KEY,
    as_of        date     NOT NULL,
    released_fen bigint   NOT NULL,
    status       smallint NOT NULL
);
COMMENT ON TABLE settle.lot_anchor_moves IS
    'a checkpoint night''s anchor moves, staged inside its transaction; empty between transactions';
