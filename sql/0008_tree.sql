-- settle 0008: the referral tree each program has settled on (issue 12). A shop's own members
-- table, seen through a view, can change a referrer that settle's own table would refuse to change;
-- each run compares the tree with what its program saw and names the members whose referrer
-- changed, with the first settled day it affects. A rerun from that day adopts the new referrer.
CREATE TABLE settle.tree_seen (
    model       text NOT NULL,
    member_id   bigint NOT NULL,
    referrer_id bigint NULL,
    seen_on     date NOT NULL,      -- the last day of the run that first saw the member
    PRIMARY KEY (model, member_id)
);

-- A digest of the tree the program settled on, over the members up to the highest id it had seen:
-- when today's tree gives the same digest, nothing changed among them and only newer members are
-- recorded (the common night costs one small read and insert, not a join of the whole tree).
CREATE TABLE settle.tree_digest (
    model         text PRIMARY KEY,
    max_member_id bigint NOT NULL,
    digest        text NOT NULL
);

DO $$
BEGIN
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'settle_job') THEN
        GRANT SELECT, INSERT, UPDATE ON settle.tree_seen, settle.tree_digest TO settle_job;
    END IF;
END
$$;
