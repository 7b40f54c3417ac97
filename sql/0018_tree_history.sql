-- settle 0018: the referral tree's history (issue 23). A shop re-binds referrers as a matter of
-- course (CRMEB's binding modes, an admin's edit). A changed referrer now takes effect from the
-- first day a run settles after it sees the change, and every day stays settled on the tree of
-- that day: settle.tree_seen holds the referrer each program settles on now, and this table the
-- ones before, each with the first day it no longer applied. A member's referrer on day D is the
-- row here with the smallest `until` after D, else tree_seen's. A rerun from D puts the tree of
-- the rerun in effect from D.
CREATE TABLE settle.tree_history (
    model       text NOT NULL,
    member_id   bigint NOT NULL,
    referrer_id bigint NULL,          -- the referrer before `until`
    until       date NOT NULL,        -- the first day settled on the next referrer
    PRIMARY KEY (model, member_id, until)
);
CREATE INDEX tree_history_until_idx ON settle.tree_history (model, until);
COMMENT ON TABLE settle.tree_history IS 'earlier referrers of each program''s tree, each until the day its successor took effect';

DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'settle_job') THEN
        GRANT SELECT, INSERT, UPDATE, DELETE ON settle.tree_history TO settle_job;
    END IF;
END
$$;
