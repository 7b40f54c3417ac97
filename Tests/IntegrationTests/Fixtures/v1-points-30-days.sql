--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: settle; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA settle;


--
-- Name: ensure_day_partitions(date); Type: FUNCTION; Schema: settle; Owner: -
--

CREATE FUNCTION settle.ensure_day_partitions(day date) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'settle'
    AS $$
DECLARE
    suffix text := to_char(day, 'YYYYMMDD');
BEGIN
    EXECUTE format('CREATE TABLE IF NOT EXISTS settle.%I PARTITION OF settle.day_lines FOR VALUES FROM (%L) TO (%L)',
                   'day_lines_' || suffix, day, day + 1);
    EXECUTE format('CREATE TABLE IF NOT EXISTS settle.%I PARTITION OF settle.lot_days FOR VALUES FROM (%L) TO (%L)',
                   'lot_days_' || suffix, day, day + 1);
END
$$;


--
-- Name: refuse_adjustment_change(); Type: FUNCTION; Schema: settle; Owner: -
--

CREATE FUNCTION settle.refuse_adjustment_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    RAISE EXCEPTION 'wallet adjustment %: adjustments are never changed or deleted; add a correcting adjustment',
        OLD.id USING ERRCODE = 'insufficient_privilege';
END
$$;


--
-- Name: refuse_referrer_change(); Type: FUNCTION; Schema: settle; Owner: -
--

CREATE FUNCTION settle.refuse_referrer_change() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NEW.referrer_id IS DISTINCT FROM OLD.referrer_id THEN
        RAISE EXCEPTION 'member %: the referrer cannot be changed (was %, asked %)',
            OLD.id, coalesce(OLD.referrer_id::text, 'none'), coalesce(NEW.referrer_id::text, 'none')
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END
$$;


SET default_tablespace = '';

--
-- Name: day_lines; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.day_lines (
    settle_date date NOT NULL,
    member_id bigint NOT NULL,
    kind smallint NOT NULL,
    entitled_fen bigint NOT NULL,
    paid_fen bigint NOT NULL,
    CONSTRAINT day_lines_check CHECK (((paid_fen >= 0) AND (paid_fen <= entitled_fen))),
    CONSTRAINT day_lines_entitled_fen_check CHECK ((entitled_fen > 0)),
    CONSTRAINT day_lines_kind_check CHECK (((kind >= 0) AND (kind <= 3)))
)
PARTITION BY RANGE (settle_date);


SET default_table_access_method = heap;

--
-- Name: day_lines_20260101; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.day_lines_20260101 (
    settle_date date NOT NULL,
    member_id bigint NOT NULL,
    kind smallint NOT NULL,
    entitled_fen bigint NOT NULL,
    paid_fen bigint NOT NULL,
    CONSTRAINT day_lines_check CHECK (((paid_fen >= 0) AND (paid_fen <= entitled_fen))),
    CONSTRAINT day_lines_entitled_fen_check CHECK ((entitled_fen > 0)),
    CONSTRAINT day_lines_kind_check CHECK (((kind >= 0) AND (kind <= 3)))
);


--
-- Name: day_lines_20260102; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.day_lines_20260102 (
    settle_date date NOT NULL,
    member_id bigint NOT NULL,
    kind smallint NOT NULL,
    entitled_fen bigint NOT NULL,
    paid_fen bigint NOT NULL,
    CONSTRAINT day_lines_check CHECK (((paid_fen >= 0) AND (paid_fen <= entitled_fen))),
    CONSTRAINT day_lines_entitled_fen_check CHECK ((entitled_fen > 0)),
    CONSTRAINT day_lines_kind_check CHECK (((kind >= 0) AND (kind <= 3)))
);


--
-- Name: day_lines_20260103; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.day_lines_20260103 (
    settle_date date NOT NULL,
    member_id bigint NOT NULL,
    kind smallint NOT NULL,
    entitled_fen bigint NOT NULL,
    paid_fen bigint NOT NULL,
    CONSTRAINT day_lines_check CHECK (((paid_fen >= 0) AND (paid_fen <= entitled_fen))),
    CONSTRAINT day_lines_entitled_fen_check CHECK ((entitled_fen > 0)),
    CONSTRAINT day_lines_kind_check CHECK (((kind >= 0) AND (kind <= 3)))
);


--
-- Name: day_lines_20260104; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.day_lines_20260104 (
    settle_date date NOT NULL,
    member_id bigint NOT NULL,
    kind smallint NOT NULL,
    entitled_fen bigint NOT NULL,
    paid_fen bigint NOT NULL,
    CONSTRAINT day_lines_check CHECK (((paid_fen >= 0) AND (paid_fen <= entitled_fen))),
    CONSTRAINT day_lines_entitled_fen_check CHECK ((entitled_fen > 0)),
    CONSTRAINT day_lines_kind_check CHECK (((kind >= 0) AND (kind <= 3)))
);


--
-- Name: day_lines_20260105; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.day_lines_20260105 (
    settle_date date NOT NULL,
    member_id bigint NOT NULL,
    kind smallint NOT NULL,
    entitled_fen bigint NOT NULL,
    paid_fen bigint NOT NULL,
    CONSTRAINT day_lines_check CHECK (((paid_fen >= 0) AND (paid_fen <= entitled_fen))),
    CONSTRAINT day_lines_entitled_fen_check CHECK ((entitled_fen > 0)),
    CONSTRAINT day_lines_kind_check CHECK (((kind >= 0) AND (kind <= 3)))
);


--
-- Name: day_lines_20260106; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.day_lines_20260106 (
    settle_date date NOT NULL,
    member_id bigint NOT NULL,
    kind smallint NOT NULL,
    entitled_fen bigint NOT NULL,
    paid_fen bigint NOT NULL,
    CONSTRAINT day_lines_check CHECK (((paid_fen >= 0) AND (paid_fen <= entitled_fen))),
    CONSTRAINT day_lines_entitled_fen_check CHECK ((entitled_fen > 0)),
    CONSTRAINT day_lines_kind_check CHECK (((kind >= 0) AND (kind <= 3)))
);


--
-- Name: day_lines_20260107; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.day_lines_20260107 (
    settle_date date NOT NULL,
    member_id bigint NOT NULL,
    kind smallint NOT NULL,
    entitled_fen bigint NOT NULL,
    paid_fen bigint NOT NULL,
    CONSTRAINT day_lines_check CHECK (((paid_fen >= 0) AND (paid_fen <= entitled_fen))),
    CONSTRAINT day_lines_entitled_fen_check CHECK ((entitled_fen > 0)),
    CONSTRAINT day_lines_kind_check CHECK (((kind >= 0) AND (kind <= 3)))
);


--
-- Name: day_lines_20260108; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.day_lines_20260108 (
    settle_date date NOT NULL,
    member_id bigint NOT NULL,
    kind smallint NOT NULL,
    entitled_fen bigint NOT NULL,
    paid_fen bigint NOT NULL,
    CONSTRAINT day_lines_check CHECK (((paid_fen >= 0) AND (paid_fen <= entitled_fen))),
    CONSTRAINT day_lines_entitled_fen_check CHECK ((entitled_fen > 0)),
    CONSTRAINT day_lines_kind_check CHECK (((kind >= 0) AND (kind <= 3)))
);


--
-- Name: day_lines_20260109; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.day_lines_20260109 (
    settle_date date NOT NULL,
    member_id bigint NOT NULL,
    kind smallint NOT NULL,
    entitled_fen bigint NOT NULL,
    paid_fen bigint NOT NULL,
    CONSTRAINT day_lines_check CHECK (((paid_fen >= 0) AND (paid_fen <= entitled_fen))),
    CONSTRAINT day_lines_entitled_fen_check CHECK ((entitled_fen > 0)),
    CONSTRAINT day_lines_kind_check CHECK (((kind >= 0) AND (kind <= 3)))
);


--
-- Name: day_lines_20260110; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.day_lines_20260110 (
    settle_date date NOT NULL,
    member_id bigint NOT NULL,
    kind smallint NOT NULL,
    entitled_fen bigint NOT NULL,
    paid_fen bigint NOT NULL,
    CONSTRAINT day_lines_check CHECK (((paid_fen >= 0) AND (paid_fen <= entitled_fen))),
    CONSTRAINT day_lines_entitled_fen_check CHECK ((entitled_fen > 0)),
    CONSTRAINT day_lines_kind_check CHECK (((kind >= 0) AND (kind <= 3)))
);


--
-- Name: day_lines_20260111; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.day_lines_20260111 (
    settle_date date NOT NULL,
    member_id bigint NOT NULL,
    kind smallint NOT NULL,
    entitled_fen bigint NOT NULL,
    paid_fen bigint NOT NULL,
    CONSTRAINT day_lines_check CHECK (((paid_fen >= 0) AND (paid_fen <= entitled_fen))),
    CONSTRAINT day_lines_entitled_fen_check CHECK ((entitled_fen > 0)),
    CONSTRAINT day_lines_kind_check CHECK (((kind >= 0) AND (kind <= 3)))
);


--
-- Name: day_lines_20260112; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.day_lines_20260112 (
    settle_date date NOT NULL,
    member_id bigint NOT NULL,
    kind smallint NOT NULL,
    entitled_fen bigint NOT NULL,
    paid_fen bigint NOT NULL,
    CONSTRAINT day_lines_check CHECK (((paid_fen >= 0) AND (paid_fen <= entitled_fen))),
    CONSTRAINT day_lines_entitled_fen_check CHECK ((entitled_fen > 0)),
    CONSTRAINT day_lines_kind_check CHECK (((kind >= 0) AND (kind <= 3)))
);


--
-- Name: day_lines_20260113; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.day_lines_20260113 (
    settle_date date NOT NULL,
    member_id bigint NOT NULL,
    kind smallint NOT NULL,
    entitled_fen bigint NOT NULL,
    paid_fen bigint NOT NULL,
    CONSTRAINT day_lines_check CHECK (((paid_fen >= 0) AND (paid_fen <= entitled_fen))),
    CONSTRAINT day_lines_entitled_fen_check CHECK ((entitled_fen > 0)),
    CONSTRAINT day_lines_kind_check CHECK (((kind >= 0) AND (kind <= 3)))
);


--
-- Name: day_lines_20260114; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.day_lines_20260114 (
    settle_date date NOT NULL,
    member_id bigint NOT NULL,
    kind smallint NOT NULL,
    entitled_fen bigint NOT NULL,
    paid_fen bigint NOT NULL,
    CONSTRAINT day_lines_check CHECK (((paid_fen >= 0) AND (paid_fen <= entitled_fen))),
    CONSTRAINT day_lines_entitled_fen_check CHECK ((entitled_fen > 0)),
    CONSTRAINT day_lines_kind_check CHECK (((kind >= 0) AND (kind <= 3)))
);


--
-- Name: day_lines_20260115; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.day_lines_20260115 (
    settle_date date NOT NULL,
    member_id bigint NOT NULL,
    kind smallint NOT NULL,
    entitled_fen bigint NOT NULL,
    paid_fen bigint NOT NULL,
    CONSTRAINT day_lines_check CHECK (((paid_fen >= 0) AND (paid_fen <= entitled_fen))),
    CONSTRAINT day_lines_entitled_fen_check CHECK ((entitled_fen > 0)),
    CONSTRAINT day_lines_kind_check CHECK (((kind >= 0) AND (kind <= 3)))
);


--
-- Name: day_lines_20260116; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.day_lines_20260116 (
    settle_date date NOT NULL,
    member_id bigint NOT NULL,
    kind smallint NOT NULL,
    entitled_fen bigint NOT NULL,
    paid_fen bigint NOT NULL,
    CONSTRAINT day_lines_check CHECK (((paid_fen >= 0) AND (paid_fen <= entitled_fen))),
    CONSTRAINT day_lines_entitled_fen_check CHECK ((entitled_fen > 0)),
    CONSTRAINT day_lines_kind_check CHECK (((kind >= 0) AND (kind <= 3)))
);


--
-- Name: day_lines_20260117; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.day_lines_20260117 (
    settle_date date NOT NULL,
    member_id bigint NOT NULL,
    kind smallint NOT NULL,
    entitled_fen bigint NOT NULL,
    paid_fen bigint NOT NULL,
    CONSTRAINT day_lines_check CHECK (((paid_fen >= 0) AND (paid_fen <= entitled_fen))),
    CONSTRAINT day_lines_entitled_fen_check CHECK ((entitled_fen > 0)),
    CONSTRAINT day_lines_kind_check CHECK (((kind >= 0) AND (kind <= 3)))
);


--
-- Name: day_lines_20260118; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.day_lines_20260118 (
    settle_date date NOT NULL,
    member_id bigint NOT NULL,
    kind smallint NOT NULL,
    entitled_fen bigint NOT NULL,
    paid_fen bigint NOT NULL,
    CONSTRAINT day_lines_check CHECK (((paid_fen >= 0) AND (paid_fen <= entitled_fen))),
    CONSTRAINT day_lines_entitled_fen_check CHECK ((entitled_fen > 0)),
    CONSTRAINT day_lines_kind_check CHECK (((kind >= 0) AND (kind <= 3)))
);


--
-- Name: day_lines_20260119; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.day_lines_20260119 (
    settle_date date NOT NULL,
    member_id bigint NOT NULL,
    kind smallint NOT NULL,
    entitled_fen bigint NOT NULL,
    paid_fen bigint NOT NULL,
    CONSTRAINT day_lines_check CHECK (((paid_fen >= 0) AND (paid_fen <= entitled_fen))),
    CONSTRAINT day_lines_entitled_fen_check CHECK ((entitled_fen > 0)),
    CONSTRAINT day_lines_kind_check CHECK (((kind >= 0) AND (kind <= 3)))
);


--
-- Name: day_lines_20260120; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.day_lines_20260120 (
    settle_date date NOT NULL,
    member_id bigint NOT NULL,
    kind smallint NOT NULL,
    entitled_fen bigint NOT NULL,
    paid_fen bigint NOT NULL,
    CONSTRAINT day_lines_check CHECK (((paid_fen >= 0) AND (paid_fen <= entitled_fen))),
    CONSTRAINT day_lines_entitled_fen_check CHECK ((entitled_fen > 0)),
    CONSTRAINT day_lines_kind_check CHECK (((kind >= 0) AND (kind <= 3)))
);


--
-- Name: day_lines_20260121; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.day_lines_20260121 (
    settle_date date NOT NULL,
    member_id bigint NOT NULL,
    kind smallint NOT NULL,
    entitled_fen bigint NOT NULL,
    paid_fen bigint NOT NULL,
    CONSTRAINT day_lines_check CHECK (((paid_fen >= 0) AND (paid_fen <= entitled_fen))),
    CONSTRAINT day_lines_entitled_fen_check CHECK ((entitled_fen > 0)),
    CONSTRAINT day_lines_kind_check CHECK (((kind >= 0) AND (kind <= 3)))
);


--
-- Name: day_lines_20260122; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.day_lines_20260122 (
    settle_date date NOT NULL,
    member_id bigint NOT NULL,
    kind smallint NOT NULL,
    entitled_fen bigint NOT NULL,
    paid_fen bigint NOT NULL,
    CONSTRAINT day_lines_check CHECK (((paid_fen >= 0) AND (paid_fen <= entitled_fen))),
    CONSTRAINT day_lines_entitled_fen_check CHECK ((entitled_fen > 0)),
    CONSTRAINT day_lines_kind_check CHECK (((kind >= 0) AND (kind <= 3)))
);


--
-- Name: day_lines_20260123; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.day_lines_20260123 (
    settle_date date NOT NULL,
    member_id bigint NOT NULL,
    kind smallint NOT NULL,
    entitled_fen bigint NOT NULL,
    paid_fen bigint NOT NULL,
    CONSTRAINT day_lines_check CHECK (((paid_fen >= 0) AND (paid_fen <= entitled_fen))),
    CONSTRAINT day_lines_entitled_fen_check CHECK ((entitled_fen > 0)),
    CONSTRAINT day_lines_kind_check CHECK (((kind >= 0) AND (kind <= 3)))
);


--
-- Name: day_lines_20260124; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.day_lines_20260124 (
    settle_date date NOT NULL,
    member_id bigint NOT NULL,
    kind smallint NOT NULL,
    entitled_fen bigint NOT NULL,
    paid_fen bigint NOT NULL,
    CONSTRAINT day_lines_check CHECK (((paid_fen >= 0) AND (paid_fen <= entitled_fen))),
    CONSTRAINT day_lines_entitled_fen_check CHECK ((entitled_fen > 0)),
    CONSTRAINT day_lines_kind_check CHECK (((kind >= 0) AND (kind <= 3)))
);


--
-- Name: day_lines_20260125; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.day_lines_20260125 (
    settle_date date NOT NULL,
    member_id bigint NOT NULL,
    kind smallint NOT NULL,
    entitled_fen bigint NOT NULL,
    paid_fen bigint NOT NULL,
    CONSTRAINT day_lines_check CHECK (((paid_fen >= 0) AND (paid_fen <= entitled_fen))),
    CONSTRAINT day_lines_entitled_fen_check CHECK ((entitled_fen > 0)),
    CONSTRAINT day_lines_kind_check CHECK (((kind >= 0) AND (kind <= 3)))
);


--
-- Name: day_lines_20260126; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.day_lines_20260126 (
    settle_date date NOT NULL,
    member_id bigint NOT NULL,
    kind smallint NOT NULL,
    entitled_fen bigint NOT NULL,
    paid_fen bigint NOT NULL,
    CONSTRAINT day_lines_check CHECK (((paid_fen >= 0) AND (paid_fen <= entitled_fen))),
    CONSTRAINT day_lines_entitled_fen_check CHECK ((entitled_fen > 0)),
    CONSTRAINT day_lines_kind_check CHECK (((kind >= 0) AND (kind <= 3)))
);


--
-- Name: day_lines_20260127; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.day_lines_20260127 (
    settle_date date NOT NULL,
    member_id bigint NOT NULL,
    kind smallint NOT NULL,
    entitled_fen bigint NOT NULL,
    paid_fen bigint NOT NULL,
    CONSTRAINT day_lines_check CHECK (((paid_fen >= 0) AND (paid_fen <= entitled_fen))),
    CONSTRAINT day_lines_entitled_fen_check CHECK ((entitled_fen > 0)),
    CONSTRAINT day_lines_kind_check CHECK (((kind >= 0) AND (kind <= 3)))
);


--
-- Name: day_lines_20260128; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.day_lines_20260128 (
    settle_date date NOT NULL,
    member_id bigint NOT NULL,
    kind smallint NOT NULL,
    entitled_fen bigint NOT NULL,
    paid_fen bigint NOT NULL,
    CONSTRAINT day_lines_check CHECK (((paid_fen >= 0) AND (paid_fen <= entitled_fen))),
    CONSTRAINT day_lines_entitled_fen_check CHECK ((entitled_fen > 0)),
    CONSTRAINT day_lines_kind_check CHECK (((kind >= 0) AND (kind <= 3)))
);


--
-- Name: day_lines_20260129; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.day_lines_20260129 (
    settle_date date NOT NULL,
    member_id bigint NOT NULL,
    kind smallint NOT NULL,
    entitled_fen bigint NOT NULL,
    paid_fen bigint NOT NULL,
    CONSTRAINT day_lines_check CHECK (((paid_fen >= 0) AND (paid_fen <= entitled_fen))),
    CONSTRAINT day_lines_entitled_fen_check CHECK ((entitled_fen > 0)),
    CONSTRAINT day_lines_kind_check CHECK (((kind >= 0) AND (kind <= 3)))
);


--
-- Name: day_lines_20260130; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.day_lines_20260130 (
    settle_date date NOT NULL,
    member_id bigint NOT NULL,
    kind smallint NOT NULL,
    entitled_fen bigint NOT NULL,
    paid_fen bigint NOT NULL,
    CONSTRAINT day_lines_check CHECK (((paid_fen >= 0) AND (paid_fen <= entitled_fen))),
    CONSTRAINT day_lines_entitled_fen_check CHECK ((entitled_fen > 0)),
    CONSTRAINT day_lines_kind_check CHECK (((kind >= 0) AND (kind <= 3)))
);


--
-- Name: days; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.days (
    settle_date date NOT NULL,
    run_id bigint NOT NULL,
    plan_effective_from date NOT NULL,
    paid_digest text NOT NULL,
    refund_digest text NOT NULL
);


--
-- Name: lot_days; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.lot_days (
    settle_date date NOT NULL,
    order_id bigint NOT NULL,
    static_fen bigint NOT NULL,
    share_fen bigint NOT NULL,
    team_fen bigint NOT NULL,
    peer_fen bigint NOT NULL,
    released_total_fen bigint NOT NULL,
    exhausted boolean NOT NULL
)
PARTITION BY RANGE (settle_date);


--
-- Name: lot_days_20260101; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.lot_days_20260101 (
    settle_date date NOT NULL,
    order_id bigint NOT NULL,
    static_fen bigint NOT NULL,
    share_fen bigint NOT NULL,
    team_fen bigint NOT NULL,
    peer_fen bigint NOT NULL,
    released_total_fen bigint NOT NULL,
    exhausted boolean NOT NULL
);


--
-- Name: lot_days_20260102; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.lot_days_20260102 (
    settle_date date NOT NULL,
    order_id bigint NOT NULL,
    static_fen bigint NOT NULL,
    share_fen bigint NOT NULL,
    team_fen bigint NOT NULL,
    peer_fen bigint NOT NULL,
    released_total_fen bigint NOT NULL,
    exhausted boolean NOT NULL
);


--
-- Name: lot_days_20260103; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.lot_days_20260103 (
    settle_date date NOT NULL,
    order_id bigint NOT NULL,
    static_fen bigint NOT NULL,
    share_fen bigint NOT NULL,
    team_fen bigint NOT NULL,
    peer_fen bigint NOT NULL,
    released_total_fen bigint NOT NULL,
    exhausted boolean NOT NULL
);


--
-- Name: lot_days_20260104; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.lot_days_20260104 (
    settle_date date NOT NULL,
    order_id bigint NOT NULL,
    static_fen bigint NOT NULL,
    share_fen bigint NOT NULL,
    team_fen bigint NOT NULL,
    peer_fen bigint NOT NULL,
    released_total_fen bigint NOT NULL,
    exhausted boolean NOT NULL
);


--
-- Name: lot_days_20260105; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.lot_days_20260105 (
    settle_date date NOT NULL,
    order_id bigint NOT NULL,
    static_fen bigint NOT NULL,
    share_fen bigint NOT NULL,
    team_fen bigint NOT NULL,
    peer_fen bigint NOT NULL,
    released_total_fen bigint NOT NULL,
    exhausted boolean NOT NULL
);


--
-- Name: lot_days_20260106; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.lot_days_20260106 (
    settle_date date NOT NULL,
    order_id bigint NOT NULL,
    static_fen bigint NOT NULL,
    share_fen bigint NOT NULL,
    team_fen bigint NOT NULL,
    peer_fen bigint NOT NULL,
    released_total_fen bigint NOT NULL,
    exhausted boolean NOT NULL
);


--
-- Name: lot_days_20260107; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.lot_days_20260107 (
    settle_date date NOT NULL,
    order_id bigint NOT NULL,
    static_fen bigint NOT NULL,
    share_fen bigint NOT NULL,
    team_fen bigint NOT NULL,
    peer_fen bigint NOT NULL,
    released_total_fen bigint NOT NULL,
    exhausted boolean NOT NULL
);


--
-- Name: lot_days_20260108; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.lot_days_20260108 (
    settle_date date NOT NULL,
    order_id bigint NOT NULL,
    static_fen bigint NOT NULL,
    share_fen bigint NOT NULL,
    team_fen bigint NOT NULL,
    peer_fen bigint NOT NULL,
    released_total_fen bigint NOT NULL,
    exhausted boolean NOT NULL
);


--
-- Name: lot_days_20260109; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.lot_days_20260109 (
    settle_date date NOT NULL,
    order_id bigint NOT NULL,
    static_fen bigint NOT NULL,
    share_fen bigint NOT NULL,
    team_fen bigint NOT NULL,
    peer_fen bigint NOT NULL,
    released_total_fen bigint NOT NULL,
    exhausted boolean NOT NULL
);


--
-- Name: lot_days_20260110; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.lot_days_20260110 (
    settle_date date NOT NULL,
    order_id bigint NOT NULL,
    static_fen bigint NOT NULL,
    share_fen bigint NOT NULL,
    team_fen bigint NOT NULL,
    peer_fen bigint NOT NULL,
    released_total_fen bigint NOT NULL,
    exhausted boolean NOT NULL
);


--
-- Name: lot_days_20260111; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.lot_days_20260111 (
    settle_date date NOT NULL,
    order_id bigint NOT NULL,
    static_fen bigint NOT NULL,
    share_fen bigint NOT NULL,
    team_fen bigint NOT NULL,
    peer_fen bigint NOT NULL,
    released_total_fen bigint NOT NULL,
    exhausted boolean NOT NULL
);


--
-- Name: lot_days_20260112; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.lot_days_20260112 (
    settle_date date NOT NULL,
    order_id bigint NOT NULL,
    static_fen bigint NOT NULL,
    share_fen bigint NOT NULL,
    team_fen bigint NOT NULL,
    peer_fen bigint NOT NULL,
    released_total_fen bigint NOT NULL,
    exhausted boolean NOT NULL
);


--
-- Name: lot_days_20260113; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.lot_days_20260113 (
    settle_date date NOT NULL,
    order_id bigint NOT NULL,
    static_fen bigint NOT NULL,
    share_fen bigint NOT NULL,
    team_fen bigint NOT NULL,
    peer_fen bigint NOT NULL,
    released_total_fen bigint NOT NULL,
    exhausted boolean NOT NULL
);


--
-- Name: lot_days_20260114; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.lot_days_20260114 (
    settle_date date NOT NULL,
    order_id bigint NOT NULL,
    static_fen bigint NOT NULL,
    share_fen bigint NOT NULL,
    team_fen bigint NOT NULL,
    peer_fen bigint NOT NULL,
    released_total_fen bigint NOT NULL,
    exhausted boolean NOT NULL
);


--
-- Name: lot_days_20260115; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.lot_days_20260115 (
    settle_date date NOT NULL,
    order_id bigint NOT NULL,
    static_fen bigint NOT NULL,
    share_fen bigint NOT NULL,
    team_fen bigint NOT NULL,
    peer_fen bigint NOT NULL,
    released_total_fen bigint NOT NULL,
    exhausted boolean NOT NULL
);


--
-- Name: lot_days_20260116; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.lot_days_20260116 (
    settle_date date NOT NULL,
    order_id bigint NOT NULL,
    static_fen bigint NOT NULL,
    share_fen bigint NOT NULL,
    team_fen bigint NOT NULL,
    peer_fen bigint NOT NULL,
    released_total_fen bigint NOT NULL,
    exhausted boolean NOT NULL
);


--
-- Name: lot_days_20260117; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.lot_days_20260117 (
    settle_date date NOT NULL,
    order_id bigint NOT NULL,
    static_fen bigint NOT NULL,
    share_fen bigint NOT NULL,
    team_fen bigint NOT NULL,
    peer_fen bigint NOT NULL,
    released_total_fen bigint NOT NULL,
    exhausted boolean NOT NULL
);


--
-- Name: lot_days_20260118; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.lot_days_20260118 (
    settle_date date NOT NULL,
    order_id bigint NOT NULL,
    static_fen bigint NOT NULL,
    share_fen bigint NOT NULL,
    team_fen bigint NOT NULL,
    peer_fen bigint NOT NULL,
    released_total_fen bigint NOT NULL,
    exhausted boolean NOT NULL
);


--
-- Name: lot_days_20260119; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.lot_days_20260119 (
    settle_date date NOT NULL,
    order_id bigint NOT NULL,
    static_fen bigint NOT NULL,
    share_fen bigint NOT NULL,
    team_fen bigint NOT NULL,
    peer_fen bigint NOT NULL,
    released_total_fen bigint NOT NULL,
    exhausted boolean NOT NULL
);


--
-- Name: lot_days_20260120; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.lot_days_20260120 (
    settle_date date NOT NULL,
    order_id bigint NOT NULL,
    static_fen bigint NOT NULL,
    share_fen bigint NOT NULL,
    team_fen bigint NOT NULL,
    peer_fen bigint NOT NULL,
    released_total_fen bigint NOT NULL,
    exhausted boolean NOT NULL
);


--
-- Name: lot_days_20260121; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.lot_days_20260121 (
    settle_date date NOT NULL,
    order_id bigint NOT NULL,
    static_fen bigint NOT NULL,
    share_fen bigint NOT NULL,
    team_fen bigint NOT NULL,
    peer_fen bigint NOT NULL,
    released_total_fen bigint NOT NULL,
    exhausted boolean NOT NULL
);


--
-- Name: lot_days_20260122; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.lot_days_20260122 (
    settle_date date NOT NULL,
    order_id bigint NOT NULL,
    static_fen bigint NOT NULL,
    share_fen bigint NOT NULL,
    team_fen bigint NOT NULL,
    peer_fen bigint NOT NULL,
    released_total_fen bigint NOT NULL,
    exhausted boolean NOT NULL
);


--
-- Name: lot_days_20260123; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.lot_days_20260123 (
    settle_date date NOT NULL,
    order_id bigint NOT NULL,
    static_fen bigint NOT NULL,
    share_fen bigint NOT NULL,
    team_fen bigint NOT NULL,
    peer_fen bigint NOT NULL,
    released_total_fen bigint NOT NULL,
    exhausted boolean NOT NULL
);


--
-- Name: lot_days_20260124; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.lot_days_20260124 (
    settle_date date NOT NULL,
    order_id bigint NOT NULL,
    static_fen bigint NOT NULL,
    share_fen bigint NOT NULL,
    team_fen bigint NOT NULL,
    peer_fen bigint NOT NULL,
    released_total_fen bigint NOT NULL,
    exhausted boolean NOT NULL
);


--
-- Name: lot_days_20260125; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.lot_days_20260125 (
    settle_date date NOT NULL,
    order_id bigint NOT NULL,
    static_fen bigint NOT NULL,
    share_fen bigint NOT NULL,
    team_fen bigint NOT NULL,
    peer_fen bigint NOT NULL,
    released_total_fen bigint NOT NULL,
    exhausted boolean NOT NULL
);


--
-- Name: lot_days_20260126; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.lot_days_20260126 (
    settle_date date NOT NULL,
    order_id bigint NOT NULL,
    static_fen bigint NOT NULL,
    share_fen bigint NOT NULL,
    team_fen bigint NOT NULL,
    peer_fen bigint NOT NULL,
    released_total_fen bigint NOT NULL,
    exhausted boolean NOT NULL
);


--
-- Name: lot_days_20260127; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.lot_days_20260127 (
    settle_date date NOT NULL,
    order_id bigint NOT NULL,
    static_fen bigint NOT NULL,
    share_fen bigint NOT NULL,
    team_fen bigint NOT NULL,
    peer_fen bigint NOT NULL,
    released_total_fen bigint NOT NULL,
    exhausted boolean NOT NULL
);


--
-- Name: lot_days_20260128; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.lot_days_20260128 (
    settle_date date NOT NULL,
    order_id bigint NOT NULL,
    static_fen bigint NOT NULL,
    share_fen bigint NOT NULL,
    team_fen bigint NOT NULL,
    peer_fen bigint NOT NULL,
    released_total_fen bigint NOT NULL,
    exhausted boolean NOT NULL
);


--
-- Name: lot_days_20260129; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.lot_days_20260129 (
    settle_date date NOT NULL,
    order_id bigint NOT NULL,
    static_fen bigint NOT NULL,
    share_fen bigint NOT NULL,
    team_fen bigint NOT NULL,
    peer_fen bigint NOT NULL,
    released_total_fen bigint NOT NULL,
    exhausted boolean NOT NULL
);


--
-- Name: lot_days_20260130; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.lot_days_20260130 (
    settle_date date NOT NULL,
    order_id bigint NOT NULL,
    static_fen bigint NOT NULL,
    share_fen bigint NOT NULL,
    team_fen bigint NOT NULL,
    peer_fen bigint NOT NULL,
    released_total_fen bigint NOT NULL,
    exhausted boolean NOT NULL
);


--
-- Name: members; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.members (
    id bigint NOT NULL,
    phone text NOT NULL,
    referrer_id bigint,
    joined_at timestamp with time zone NOT NULL,
    CONSTRAINT members_not_own_referrer CHECK (((referrer_id IS NULL) OR (referrer_id <> id))),
    CONSTRAINT members_phone_valid CHECK ((phone ~ '^(1[3-9][0-9]{9}|\+[0-9]{8,15})$'::text))
);


--
-- Name: orders; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.orders (
    id bigint NOT NULL,
    member_id bigint NOT NULL,
    amount numeric(20,2) NOT NULL,
    cash_amount numeric(20,2) NOT NULL,
    points_amount numeric(20,2) NOT NULL,
    paid_at timestamp with time zone NOT NULL,
    refunded_at timestamp with time zone,
    CONSTRAINT orders_amount_positive CHECK ((amount > (0)::numeric)),
    CONSTRAINT orders_cash_not_negative CHECK ((cash_amount >= (0)::numeric)),
    CONSTRAINT orders_parts_add_up CHECK (((cash_amount + points_amount) = amount)),
    CONSTRAINT orders_points_not_negative CHECK ((points_amount >= (0)::numeric)),
    CONSTRAINT orders_refund_after_payment CHECK (((refunded_at IS NULL) OR (refunded_at >= paid_at)))
);


--
-- Name: plan_versions; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.plan_versions (
    effective_from date NOT NULL,
    document text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: runs; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.runs (
    id bigint NOT NULL,
    command text NOT NULL,
    settle_date date NOT NULL,
    plan_effective_from date NOT NULL,
    started_at timestamp with time zone NOT NULL,
    finished_at timestamp with time zone NOT NULL,
    host text NOT NULL,
    line_count integer NOT NULL,
    lot_count integer NOT NULL,
    members_paid integer NOT NULL,
    lots_created integer NOT NULL,
    lots_exhausted integer NOT NULL,
    entitled_fen bigint[] NOT NULL,
    paid_fen bigint[] NOT NULL,
    input_digest text NOT NULL,
    voided_by_run bigint,
    star_members integer[],
    locked_fen bigint,
    lots_outstanding integer,
    revenue_fen bigint,
    cash_revenue_fen bigint,
    points_revenue_fen bigint,
    trailing_revenue_fen bigint,
    CONSTRAINT runs_command_check CHECK ((command = ANY (ARRAY['run'::text, 'rerun'::text])))
);


--
-- Name: runs_id_seq; Type: SEQUENCE; Schema: settle; Owner: -
--

CREATE SEQUENCE settle.runs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: runs_id_seq; Type: SEQUENCE OWNED BY; Schema: settle; Owner: -
--

ALTER SEQUENCE settle.runs_id_seq OWNED BY settle.runs.id;


--
-- Name: schema_migrations; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.schema_migrations (
    version text NOT NULL,
    name text NOT NULL,
    applied_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: settlement_lines; Type: VIEW; Schema: settle; Owner: -
--

CREATE VIEW settle.settlement_lines AS
 SELECT day_lines.settle_date,
    day_lines.member_id,
    (ARRAY['static'::text, 'share'::text, 'team'::text, 'peer'::text])[(day_lines.kind + 1)] AS kind,
    (((day_lines.entitled_fen)::numeric / (100)::numeric))::numeric(20,2) AS entitled,
    (((day_lines.paid_fen)::numeric / (100)::numeric))::numeric(20,2) AS paid
   FROM settle.day_lines;


--
-- Name: wallet_adjustments; Type: TABLE; Schema: settle; Owner: -
--

CREATE TABLE settle.wallet_adjustments (
    id bigint NOT NULL,
    member_id bigint NOT NULL,
    amount_fen bigint NOT NULL,
    reason text NOT NULL,
    operator text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    db_user text DEFAULT SESSION_USER NOT NULL,
    client text DEFAULT COALESCE(host(inet_client_addr()), 'local socket'::text) NOT NULL,
    balance_after_fen bigint,
    CONSTRAINT wallet_adjustments_amount_fen_check CHECK ((amount_fen <> 0)),
    CONSTRAINT wallet_adjustments_reason_check CHECK ((length(reason) > 0))
);


--
-- Name: wallet_adjustments_id_seq; Type: SEQUENCE; Schema: settle; Owner: -
--

CREATE SEQUENCE settle.wallet_adjustments_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: wallet_adjustments_id_seq; Type: SEQUENCE OWNED BY; Schema: settle; Owner: -
--

ALTER SEQUENCE settle.wallet_adjustments_id_seq OWNED BY settle.wallet_adjustments.id;


--
-- Name: wallet_entries; Type: VIEW; Schema: settle; Owner: -
--

CREATE VIEW settle.wallet_entries AS
 SELECT day_lines.member_id,
    (day_lines.settle_date)::timestamp with time zone AS at,
    'settlement'::text AS source,
    (sum(day_lines.paid_fen))::bigint AS amount_fen,
    ('settled '::text || day_lines.settle_date) AS reason,
    'settle'::text AS operator
   FROM settle.day_lines
  WHERE (day_lines.paid_fen > 0)
  GROUP BY day_lines.member_id, day_lines.settle_date
UNION ALL
 SELECT wallet_adjustments.member_id,
    wallet_adjustments.created_at AS at,
    'adjustment'::text AS source,
    wallet_adjustments.amount_fen,
    wallet_adjustments.reason,
    wallet_adjustments.operator
   FROM settle.wallet_adjustments;


--
-- Name: wallet_balances; Type: VIEW; Schema: settle; Owner: -
--

CREATE VIEW settle.wallet_balances AS
 SELECT wallet_entries.member_id,
    (sum(wallet_entries.amount_fen))::bigint AS balance_fen
   FROM settle.wallet_entries
  GROUP BY wallet_entries.member_id;


--
-- Name: day_lines_20260101; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines ATTACH PARTITION settle.day_lines_20260101 FOR VALUES FROM ('2026-01-01') TO ('2026-01-02');


--
-- Name: day_lines_20260102; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines ATTACH PARTITION settle.day_lines_20260102 FOR VALUES FROM ('2026-01-02') TO ('2026-01-03');


--
-- Name: day_lines_20260103; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines ATTACH PARTITION settle.day_lines_20260103 FOR VALUES FROM ('2026-01-03') TO ('2026-01-04');


--
-- Name: day_lines_20260104; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines ATTACH PARTITION settle.day_lines_20260104 FOR VALUES FROM ('2026-01-04') TO ('2026-01-05');


--
-- Name: day_lines_20260105; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines ATTACH PARTITION settle.day_lines_20260105 FOR VALUES FROM ('2026-01-05') TO ('2026-01-06');


--
-- Name: day_lines_20260106; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines ATTACH PARTITION settle.day_lines_20260106 FOR VALUES FROM ('2026-01-06') TO ('2026-01-07');


--
-- Name: day_lines_20260107; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines ATTACH PARTITION settle.day_lines_20260107 FOR VALUES FROM ('2026-01-07') TO ('2026-01-08');


--
-- Name: day_lines_20260108; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines ATTACH PARTITION settle.day_lines_20260108 FOR VALUES FROM ('2026-01-08') TO ('2026-01-09');


--
-- Name: day_lines_20260109; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines ATTACH PARTITION settle.day_lines_20260109 FOR VALUES FROM ('2026-01-09') TO ('2026-01-10');


--
-- Name: day_lines_20260110; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines ATTACH PARTITION settle.day_lines_20260110 FOR VALUES FROM ('2026-01-10') TO ('2026-01-11');


--
-- Name: day_lines_20260111; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines ATTACH PARTITION settle.day_lines_20260111 FOR VALUES FROM ('2026-01-11') TO ('2026-01-12');


--
-- Name: day_lines_20260112; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines ATTACH PARTITION settle.day_lines_20260112 FOR VALUES FROM ('2026-01-12') TO ('2026-01-13');


--
-- Name: day_lines_20260113; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines ATTACH PARTITION settle.day_lines_20260113 FOR VALUES FROM ('2026-01-13') TO ('2026-01-14');


--
-- Name: day_lines_20260114; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines ATTACH PARTITION settle.day_lines_20260114 FOR VALUES FROM ('2026-01-14') TO ('2026-01-15');


--
-- Name: day_lines_20260115; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines ATTACH PARTITION settle.day_lines_20260115 FOR VALUES FROM ('2026-01-15') TO ('2026-01-16');


--
-- Name: day_lines_20260116; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines ATTACH PARTITION settle.day_lines_20260116 FOR VALUES FROM ('2026-01-16') TO ('2026-01-17');


--
-- Name: day_lines_20260117; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines ATTACH PARTITION settle.day_lines_20260117 FOR VALUES FROM ('2026-01-17') TO ('2026-01-18');


--
-- Name: day_lines_20260118; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines ATTACH PARTITION settle.day_lines_20260118 FOR VALUES FROM ('2026-01-18') TO ('2026-01-19');


--
-- Name: day_lines_20260119; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines ATTACH PARTITION settle.day_lines_20260119 FOR VALUES FROM ('2026-01-19') TO ('2026-01-20');


--
-- Name: day_lines_20260120; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines ATTACH PARTITION settle.day_lines_20260120 FOR VALUES FROM ('2026-01-20') TO ('2026-01-21');


--
-- Name: day_lines_20260121; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines ATTACH PARTITION settle.day_lines_20260121 FOR VALUES FROM ('2026-01-21') TO ('2026-01-22');


--
-- Name: day_lines_20260122; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines ATTACH PARTITION settle.day_lines_20260122 FOR VALUES FROM ('2026-01-22') TO ('2026-01-23');


--
-- Name: day_lines_20260123; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines ATTACH PARTITION settle.day_lines_20260123 FOR VALUES FROM ('2026-01-23') TO ('2026-01-24');


--
-- Name: day_lines_20260124; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines ATTACH PARTITION settle.day_lines_20260124 FOR VALUES FROM ('2026-01-24') TO ('2026-01-25');


--
-- Name: day_lines_20260125; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines ATTACH PARTITION settle.day_lines_20260125 FOR VALUES FROM ('2026-01-25') TO ('2026-01-26');


--
-- Name: day_lines_20260126; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines ATTACH PARTITION settle.day_lines_20260126 FOR VALUES FROM ('2026-01-26') TO ('2026-01-27');


--
-- Name: day_lines_20260127; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines ATTACH PARTITION settle.day_lines_20260127 FOR VALUES FROM ('2026-01-27') TO ('2026-01-28');


--
-- Name: day_lines_20260128; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines ATTACH PARTITION settle.day_lines_20260128 FOR VALUES FROM ('2026-01-28') TO ('2026-01-29');


--
-- Name: day_lines_20260129; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines ATTACH PARTITION settle.day_lines_20260129 FOR VALUES FROM ('2026-01-29') TO ('2026-01-30');


--
-- Name: day_lines_20260130; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines ATTACH PARTITION settle.day_lines_20260130 FOR VALUES FROM ('2026-01-30') TO ('2026-01-31');


--
-- Name: lot_days_20260101; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days ATTACH PARTITION settle.lot_days_20260101 FOR VALUES FROM ('2026-01-01') TO ('2026-01-02');


--
-- Name: lot_days_20260102; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days ATTACH PARTITION settle.lot_days_20260102 FOR VALUES FROM ('2026-01-02') TO ('2026-01-03');


--
-- Name: lot_days_20260103; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days ATTACH PARTITION settle.lot_days_20260103 FOR VALUES FROM ('2026-01-03') TO ('2026-01-04');


--
-- Name: lot_days_20260104; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days ATTACH PARTITION settle.lot_days_20260104 FOR VALUES FROM ('2026-01-04') TO ('2026-01-05');


--
-- Name: lot_days_20260105; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days ATTACH PARTITION settle.lot_days_20260105 FOR VALUES FROM ('2026-01-05') TO ('2026-01-06');


--
-- Name: lot_days_20260106; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days ATTACH PARTITION settle.lot_days_20260106 FOR VALUES FROM ('2026-01-06') TO ('2026-01-07');


--
-- Name: lot_days_20260107; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days ATTACH PARTITION settle.lot_days_20260107 FOR VALUES FROM ('2026-01-07') TO ('2026-01-08');


--
-- Name: lot_days_20260108; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days ATTACH PARTITION settle.lot_days_20260108 FOR VALUES FROM ('2026-01-08') TO ('2026-01-09');


--
-- Name: lot_days_20260109; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days ATTACH PARTITION settle.lot_days_20260109 FOR VALUES FROM ('2026-01-09') TO ('2026-01-10');


--
-- Name: lot_days_20260110; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days ATTACH PARTITION settle.lot_days_20260110 FOR VALUES FROM ('2026-01-10') TO ('2026-01-11');


--
-- Name: lot_days_20260111; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days ATTACH PARTITION settle.lot_days_20260111 FOR VALUES FROM ('2026-01-11') TO ('2026-01-12');


--
-- Name: lot_days_20260112; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days ATTACH PARTITION settle.lot_days_20260112 FOR VALUES FROM ('2026-01-12') TO ('2026-01-13');


--
-- Name: lot_days_20260113; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days ATTACH PARTITION settle.lot_days_20260113 FOR VALUES FROM ('2026-01-13') TO ('2026-01-14');


--
-- Name: lot_days_20260114; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days ATTACH PARTITION settle.lot_days_20260114 FOR VALUES FROM ('2026-01-14') TO ('2026-01-15');


--
-- Name: lot_days_20260115; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days ATTACH PARTITION settle.lot_days_20260115 FOR VALUES FROM ('2026-01-15') TO ('2026-01-16');


--
-- Name: lot_days_20260116; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days ATTACH PARTITION settle.lot_days_20260116 FOR VALUES FROM ('2026-01-16') TO ('2026-01-17');


--
-- Name: lot_days_20260117; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days ATTACH PARTITION settle.lot_days_20260117 FOR VALUES FROM ('2026-01-17') TO ('2026-01-18');


--
-- Name: lot_days_20260118; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days ATTACH PARTITION settle.lot_days_20260118 FOR VALUES FROM ('2026-01-18') TO ('2026-01-19');


--
-- Name: lot_days_20260119; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days ATTACH PARTITION settle.lot_days_20260119 FOR VALUES FROM ('2026-01-19') TO ('2026-01-20');


--
-- Name: lot_days_20260120; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days ATTACH PARTITION settle.lot_days_20260120 FOR VALUES FROM ('2026-01-20') TO ('2026-01-21');


--
-- Name: lot_days_20260121; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days ATTACH PARTITION settle.lot_days_20260121 FOR VALUES FROM ('2026-01-21') TO ('2026-01-22');


--
-- Name: lot_days_20260122; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days ATTACH PARTITION settle.lot_days_20260122 FOR VALUES FROM ('2026-01-22') TO ('2026-01-23');


--
-- Name: lot_days_20260123; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days ATTACH PARTITION settle.lot_days_20260123 FOR VALUES FROM ('2026-01-23') TO ('2026-01-24');


--
-- Name: lot_days_20260124; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days ATTACH PARTITION settle.lot_days_20260124 FOR VALUES FROM ('2026-01-24') TO ('2026-01-25');


--
-- Name: lot_days_20260125; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days ATTACH PARTITION settle.lot_days_20260125 FOR VALUES FROM ('2026-01-25') TO ('2026-01-26');


--
-- Name: lot_days_20260126; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days ATTACH PARTITION settle.lot_days_20260126 FOR VALUES FROM ('2026-01-26') TO ('2026-01-27');


--
-- Name: lot_days_20260127; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days ATTACH PARTITION settle.lot_days_20260127 FOR VALUES FROM ('2026-01-27') TO ('2026-01-28');


--
-- Name: lot_days_20260128; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days ATTACH PARTITION settle.lot_days_20260128 FOR VALUES FROM ('2026-01-28') TO ('2026-01-29');


--
-- Name: lot_days_20260129; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days ATTACH PARTITION settle.lot_days_20260129 FOR VALUES FROM ('2026-01-29') TO ('2026-01-30');


--
-- Name: lot_days_20260130; Type: TABLE ATTACH; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days ATTACH PARTITION settle.lot_days_20260130 FOR VALUES FROM ('2026-01-30') TO ('2026-01-31');


--
-- Name: runs id; Type: DEFAULT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.runs ALTER COLUMN id SET DEFAULT nextval('settle.runs_id_seq'::regclass);


--
-- Name: wallet_adjustments id; Type: DEFAULT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.wallet_adjustments ALTER COLUMN id SET DEFAULT nextval('settle.wallet_adjustments_id_seq'::regclass);


--
-- Data for Name: day_lines_20260101; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.day_lines_20260101 (settle_date, member_id, kind, entitled_fen, paid_fen) FROM stdin;
\.


--
-- Data for Name: day_lines_20260102; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.day_lines_20260102 (settle_date, member_id, kind, entitled_fen, paid_fen) FROM stdin;
2026-01-02	1	1	1800	0
2026-01-02	1	2	360	0
2026-01-02	2	1	33174	0
2026-01-02	2	2	18525	0
2026-01-02	3	1	8640	0
2026-01-02	7	1	9720	0
2026-01-02	7	3	972	0
2026-01-02	8	1	16200	0
2026-01-02	8	2	3240	0
2026-01-02	10	1	18360	0
2026-01-02	10	3	1836	0
2026-01-02	12	1	3240	0
2026-01-02	12	3	324	0
2026-01-02	13	1	5400	0
2026-01-02	13	2	1080	0
2026-01-02	14	0	10800	10800
2026-01-02	15	1	3240	0
2026-01-02	15	3	324	0
2026-01-02	16	1	5400	0
2026-01-02	16	2	1080	0
2026-01-02	22	0	14814	14814
2026-01-02	22	1	30600	30600
2026-01-02	22	2	6120	6120
2026-01-02	23	0	61200	61200
2026-01-02	28	1	3240	0
2026-01-02	28	3	1944	0
2026-01-02	29	1	15120	0
2026-01-02	29	2	6480	0
2026-01-02	30	1	19440	0
2026-01-02	31	1	3240	0
2026-01-02	32	1	5400	0
2026-01-02	33	0	10800	10800
2026-01-02	35	1	30600	0
2026-01-02	35	2	6120	0
2026-01-02	38	1	5400	0
2026-01-02	42	0	10800	10800
2026-01-02	62	0	32400	32400
2026-01-02	73	0	10800	10800
2026-01-02	83	1	5400	0
2026-01-02	97	0	10800	10800
2026-01-02	109	0	10800	10800
2026-01-02	114	0	32400	32400
2026-01-02	123	0	3600	3600
2026-01-02	131	0	14814	14814
2026-01-02	134	0	61200	61200
2026-01-02	138	0	10800	10800
\.


--
-- Data for Name: day_lines_20260103; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.day_lines_20260103 (settle_date, member_id, kind, entitled_fen, paid_fen) FROM stdin;
2026-01-03	1	1	14607	0
2026-01-03	1	2	5842	0
2026-01-03	2	1	33174	0
2026-01-03	2	2	28605	0
2026-01-03	3	1	16047	0
2026-01-03	4	0	10800	10800
2026-01-03	7	1	9720	0
2026-01-03	7	3	5832	0
2026-01-03	8	1	16200	0
2026-01-03	8	2	22680	0
2026-01-03	10	1	21600	0
2026-01-03	10	3	2160	0
2026-01-03	12	1	3240	0
2026-01-03	12	3	324	0
2026-01-03	13	1	5400	0
2026-01-03	13	2	1080	0
2026-01-03	14	0	10800	10800
2026-01-03	15	1	3240	0
2026-01-03	15	3	324	0
2026-01-03	16	1	5400	0
2026-01-03	16	2	1080	0
2026-01-03	20	1	18360	0
2026-01-03	20	3	2052	0
2026-01-03	21	1	31680	0
2026-01-03	21	2	6840	0
2026-01-03	22	0	14814	14814
2026-01-03	22	1	30600	30600
2026-01-03	22	2	6120	6120
2026-01-03	23	0	61200	61200
2026-01-03	26	1	1080	0
2026-01-03	26	3	108	0
2026-01-03	27	1	11520	0
2026-01-03	27	2	360	0
2026-01-03	27	3	972	0
2026-01-03	28	1	19440	0
2026-01-03	28	2	3240	0
2026-01-03	28	3	324	0
2026-01-03	29	0	32400	32400
2026-01-03	29	1	16200	16200
2026-01-03	29	2	1080	1080
2026-01-03	29	3	1728	1728
2026-01-03	30	1	21240	0
2026-01-03	30	2	5760	0
2026-01-03	31	0	3600	3600
2026-01-03	31	1	3240	3240
2026-01-03	32	1	5400	0
2026-01-03	33	0	10800	10800
2026-01-03	35	1	36000	0
2026-01-03	35	2	7200	0
2026-01-03	38	1	5400	0
2026-01-03	42	0	10800	10800
2026-01-03	46	0	3600	3600
2026-01-03	47	0	14814	14814
2026-01-03	51	1	1800	0
2026-01-03	52	0	3600	3600
2026-01-03	52	1	1080	1080
2026-01-03	62	0	32400	32400
2026-01-03	64	0	14814	14814
2026-01-03	73	0	10800	10800
2026-01-03	82	1	18360	0
2026-01-03	82	3	1836	0
2026-01-03	83	1	5400	0
2026-01-03	89	1	1800	0
2026-01-03	97	0	10800	10800
2026-01-03	98	0	3600	3600
2026-01-03	99	0	61200	61200
2026-01-03	109	0	10800	10800
2026-01-03	112	0	14814	14814
2026-01-03	114	0	32400	32400
2026-01-03	116	1	30600	0
2026-01-03	116	2	6120	0
2026-01-03	118	0	61200	61200
2026-01-03	123	0	3600	3600
2026-01-03	131	0	14814	14814
2026-01-03	134	0	61200	61200
2026-01-03	138	0	10800	10800
2026-01-03	146	0	10800	10800
\.


--
-- Data for Name: day_lines_20260104; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.day_lines_20260104 (settle_date, member_id, kind, entitled_fen, paid_fen) FROM stdin;
2026-01-04	1	1	38214	0
2026-01-04	1	2	43921	0
2026-01-04	2	1	33174	0
2026-01-04	2	2	31167	0
2026-01-04	3	1	17847	0
2026-01-04	3	2	4001	0
2026-01-04	4	0	43200	43200
2026-01-04	4	1	4444	4444
2026-01-04	4	3	444	444
2026-01-04	5	1	11727	0
2026-01-04	5	2	2962	0
2026-01-04	5	3	432	0
2026-01-04	6	1	7200	0
2026-01-04	6	2	2880	0
2026-01-04	7	0	14400	14400
2026-01-04	7	1	54000	54000
2026-01-04	7	3	5400	5400
2026-01-04	8	1	90000	0
2026-01-04	8	2	36000	0
2026-01-04	9	0	144000	144000
2026-01-04	9	1	4444	4444
2026-01-04	9	3	2604	2604
2026-01-04	10	1	29007	0
2026-01-04	10	2	10162	0
2026-01-04	11	0	14814	14814
2026-01-04	12	1	6480	0
2026-01-04	12	3	3144	0
2026-01-04	13	1	10800	0
2026-01-04	13	2	12641	0
2026-01-04	14	0	21600	21600
2026-01-04	20	1	18360	0
2026-01-04	20	3	2496	0
2026-01-04	21	1	31680	0
2026-01-04	21	2	8321	0
2026-01-04	22	0	14814	14814
2026-01-04	22	1	30600	30600
2026-01-04	22	2	6120	6120
2026-01-04	23	0	61200	61200
2026-01-04	26	1	4320	0
2026-01-04	26	3	432	0
2026-01-04	27	1	16920	0
2026-01-04	27	2	1440	0
2026-01-04	27	3	972	0
2026-01-04	28	1	19440	0
2026-01-04	28	2	3240	0
2026-01-04	28	3	324	0
2026-01-04	29	0	32400	32400
2026-01-04	29	1	20644	20644
2026-01-04	29	2	1080	1080
2026-01-04	29	3	2172	2172
2026-01-04	30	1	28647	0
2026-01-04	30	2	7241	0
2026-01-04	31	0	18414	18414
2026-01-04	31	1	3240	3240
2026-01-04	32	1	5400	0
2026-01-04	33	0	10800	10800
2026-01-04	35	1	36000	0
2026-01-04	35	2	7200	0
2026-01-04	36	0	10800	10800
2026-01-04	37	0	3600	3600
2026-01-04	38	1	5400	0
2026-01-04	42	0	10800	10800
2026-01-04	46	0	3600	3600
2026-01-04	47	0	14814	14814
2026-01-04	51	1	6244	0
2026-01-04	52	0	3600	3600
2026-01-04	52	1	8487	8487
2026-01-04	62	0	32400	32400
2026-01-04	64	0	14814	14814
2026-01-04	70	0	14814	14814
2026-01-04	73	0	10800	10800
2026-01-04	82	1	18360	0
2026-01-04	82	3	1836	0
2026-01-04	83	1	5400	0
2026-01-04	89	1	1800	0
2026-01-04	96	0	14814	14814
2026-01-04	97	0	10800	10800
2026-01-04	98	0	3600	3600
2026-01-04	99	0	61200	61200
2026-01-04	102	0	14814	14814
2026-01-04	112	0	14814	14814
2026-01-04	114	0	36000	36000
2026-01-04	116	1	30600	0
2026-01-04	116	2	6120	0
2026-01-04	118	0	61200	61200
2026-01-04	123	0	3600	3600
2026-01-04	131	0	14814	14814
2026-01-04	134	0	61200	61200
2026-01-04	138	0	10800	10800
2026-01-04	146	0	10800	10800
\.


--
-- Data for Name: day_lines_20260105; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.day_lines_20260105 (settle_date, member_id, kind, entitled_fen, paid_fen) FROM stdin;
2026-01-05	1	1	38214	0
2026-01-05	1	2	57122	0
2026-01-05	2	1	33174	0
2026-01-05	2	2	12045	0
2026-01-05	2	3	1836	0
2026-01-05	3	1	48447	0
2026-01-05	3	2	10121	0
2026-01-05	4	0	43200	43200
2026-01-05	4	1	4444	4444
2026-01-05	4	3	444	444
2026-01-05	5	1	10647	0
2026-01-05	5	2	2962	0
2026-01-05	5	3	324	0
2026-01-05	6	1	23760	0
2026-01-05	6	2	2160	0
2026-01-05	6	3	1836	0
2026-01-05	7	0	10800	10800
2026-01-05	7	1	84600	84600
2026-01-05	7	2	12240	12240
2026-01-05	7	3	5400	5400
2026-01-05	8	1	90000	0
2026-01-05	8	2	36000	0
2026-01-05	9	0	144000	144000
2026-01-05	9	1	4444	4444
2026-01-05	9	3	2604	2604
2026-01-05	10	1	29007	0
2026-01-05	10	2	10162	0
2026-01-05	11	0	14814	14814
2026-01-05	11	1	5524	5524
2026-01-05	11	3	552	552
2026-01-05	12	1	15687	0
2026-01-05	12	2	3682	0
2026-01-05	12	3	648	0
2026-01-05	13	0	18414	18414
2026-01-05	13	1	10800	10800
2026-01-05	13	2	4320	4320
2026-01-05	14	0	21600	21600
2026-01-05	15	3	6816	0
2026-01-05	16	2	22721	0
2026-01-05	19	1	43200	0
2026-01-05	19	3	4320	0
2026-01-05	20	1	90360	0
2026-01-05	20	2	14400	0
2026-01-05	20	3	2496	0
2026-01-05	21	0	144000	144000
2026-01-05	21	1	31680	31680
2026-01-05	21	2	8321	8321
2026-01-05	22	0	14814	14814
2026-01-05	22	1	31680	31680
2026-01-05	22	2	12240	12240
2026-01-05	22	3	108	108
2026-01-05	23	0	61200	61200
2026-01-05	23	1	1800	1800
2026-01-05	23	2	720	720
2026-01-05	24	0	3600	3600
2026-01-05	26	1	4320	0
2026-01-05	26	3	432	0
2026-01-05	27	1	16920	0
2026-01-05	27	2	2880	0
2026-01-05	27	3	972	0
2026-01-05	28	1	19440	0
2026-01-05	28	2	6480	0
2026-01-05	28	3	2496	0
2026-01-05	29	0	32400	32400
2026-01-05	29	1	20644	20644
2026-01-05	29	2	9401	9401
2026-01-05	30	1	28647	0
2026-01-05	30	2	7241	0
2026-01-05	31	0	18414	18414
2026-01-05	31	1	3240	3240
2026-01-05	32	1	5400	0
2026-01-05	33	0	10800	10800
2026-01-05	35	1	36000	0
2026-01-05	35	2	7200	0
2026-01-05	36	0	10800	10800
2026-01-05	37	0	3600	3600
2026-01-05	38	1	5400	0
2026-01-05	39	0	61200	61200
2026-01-05	42	0	10800	10800
2026-01-05	46	0	3600	3600
2026-01-05	47	0	14814	14814
2026-01-05	51	1	6244	0
2026-01-05	52	0	3600	3600
2026-01-05	52	1	8487	8487
2026-01-05	62	0	32400	32400
2026-01-05	64	0	76014	76014
2026-01-05	70	0	14814	14814
2026-01-05	73	0	10800	10800
2026-01-05	82	1	18360	0
2026-01-05	82	3	1836	0
2026-01-05	83	1	5400	0
2026-01-05	89	1	1800	0
2026-01-05	96	0	14814	14814
2026-01-05	97	0	10800	10800
2026-01-05	98	0	3600	3600
2026-01-05	99	0	61200	61200
2026-01-05	102	0	14814	14814
2026-01-05	112	0	14814	14814
2026-01-05	114	0	36000	36000
2026-01-05	116	1	30600	0
2026-01-05	116	2	6120	0
2026-01-05	118	0	61200	61200
2026-01-05	123	0	3600	3600
2026-01-05	131	0	14814	14814
2026-01-05	134	0	61200	61200
2026-01-05	138	0	10800	10800
2026-01-05	146	0	10800	10800
\.


--
-- Data for Name: day_lines_20260106; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.day_lines_20260106 (settle_date, member_id, kind, entitled_fen, paid_fen) FROM stdin;
2026-01-06	1	1	38214	0
2026-01-06	1	2	57529	0
2026-01-06	2	0	10800	10800
2026-01-06	2	1	33174	33174
2026-01-06	2	2	12045	12045
2026-01-06	2	3	1836	1836
2026-01-06	3	1	48447	0
2026-01-06	3	2	10121	0
2026-01-06	4	0	43200	43200
2026-01-06	4	1	4444	4444
2026-01-06	4	3	444	444
2026-01-06	5	1	10647	0
2026-01-06	5	2	2962	0
2026-01-06	5	3	324	0
2026-01-06	6	1	23760	0
2026-01-06	6	2	2160	0
2026-01-06	6	3	1836	0
2026-01-06	7	0	10800	10800
2026-01-06	7	1	87840	87840
2026-01-06	7	2	12240	12240
2026-01-06	7	3	5724	5724
2026-01-06	8	1	95400	0
2026-01-06	8	2	38160	0
2026-01-06	9	0	154800	154800
2026-01-06	9	1	4444	4444
2026-01-06	9	3	2604	2604
2026-01-06	10	1	29007	0
2026-01-06	10	2	10162	0
2026-01-06	11	0	14814	14814
2026-01-06	11	1	1080	1080
2026-01-06	11	3	108	108
2026-01-06	12	1	8280	0
2026-01-06	12	2	720	0
2026-01-06	12	3	648	0
2026-01-06	13	0	3600	3600
2026-01-06	13	1	10800	10800
2026-01-06	13	2	4320	4320
2026-01-06	14	0	21600	21600
2026-01-06	15	1	7684	0
2026-01-06	15	3	7140	0
2026-01-06	16	1	12807	0
2026-01-06	16	2	26362	0
2026-01-06	17	0	25614	25614
2026-01-06	19	1	43200	0
2026-01-06	19	3	4320	0
2026-01-06	20	1	90360	0
2026-01-06	20	2	14400	0
2026-01-06	20	3	2052	0
2026-01-06	21	0	144000	144000
2026-01-06	21	1	31680	31680
2026-01-06	21	2	6840	6840
2026-01-06	22	0	14814	14814
2026-01-06	22	1	31680	31680
2026-01-06	22	2	12240	12240
2026-01-06	22	3	108	108
2026-01-06	23	0	61200	61200
2026-01-06	23	1	1800	1800
2026-01-06	23	2	720	720
2026-01-06	24	0	3600	3600
2026-01-06	26	1	4320	0
2026-01-06	26	3	432	0
2026-01-06	27	1	20160	0
2026-01-06	27	2	2880	0
2026-01-06	27	3	1296	0
2026-01-06	28	1	24840	0
2026-01-06	28	2	8640	0
2026-01-06	28	3	7260	0
2026-01-06	29	0	43200	43200
2026-01-06	29	1	63844	63844
2026-01-06	29	2	25282	25282
2026-01-06	30	1	105091	0
2026-01-06	30	2	23122	0
2026-01-06	31	0	18414	18414
2026-01-06	31	1	10647	10647
2026-01-06	32	0	14814	14814
2026-01-06	32	1	5400	5400
2026-01-06	33	0	10800	10800
2026-01-06	35	1	36000	0
2026-01-06	35	2	7200	0
2026-01-06	36	0	10800	10800
2026-01-06	37	0	3600	3600
2026-01-06	38	0	144000	144000
2026-01-06	38	1	5400	5400
2026-01-06	39	0	61200	61200
2026-01-06	42	0	10800	10800
2026-01-06	46	0	3600	3600
2026-01-06	47	0	14814	14814
2026-01-06	51	1	1800	0
2026-01-06	52	0	3600	3600
2026-01-06	52	1	1080	1080
2026-01-06	62	0	32400	32400
2026-01-06	64	0	76014	76014
2026-01-06	73	0	10800	10800
2026-01-06	82	1	18360	0
2026-01-06	82	3	1836	0
2026-01-06	83	1	5400	0
2026-01-06	89	1	1800	0
2026-01-06	96	0	14814	14814
2026-01-06	97	0	10800	10800
2026-01-06	98	0	3600	3600
2026-01-06	99	0	61200	61200
2026-01-06	102	0	14814	14814
2026-01-06	112	0	14814	14814
2026-01-06	114	0	36000	36000
2026-01-06	116	1	30600	0
2026-01-06	116	2	6120	0
2026-01-06	118	0	61200	61200
2026-01-06	123	0	3600	3600
2026-01-06	131	0	14814	14814
2026-01-06	134	0	61200	61200
2026-01-06	138	0	10800	10800
2026-01-06	146	0	10800	10800
\.


--
-- Data for Name: day_lines_20260107; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.day_lines_20260107 (settle_date, member_id, kind, entitled_fen, paid_fen) FROM stdin;
2026-01-07	1	1	47934	0
2026-01-07	1	2	22679	0
2026-01-07	1	3	432	0
2026-01-07	2	0	10800	10800
2026-01-07	2	1	33174	33174
2026-01-07	2	2	12045	12045
2026-01-07	2	3	1836	1836
2026-01-07	3	1	48447	0
2026-01-07	3	2	10121	0
2026-01-07	4	0	54000	54000
2026-01-07	4	1	11644	11644
2026-01-07	4	2	3744	3744
2026-01-07	4	3	444	444
2026-01-07	5	0	14400	14400
2026-01-07	5	1	10647	10647
2026-01-07	5	2	3851	3851
2026-01-07	5	3	324	324
2026-01-07	6	1	23760	0
2026-01-07	6	2	2808	0
2026-01-07	6	3	18168	0
2026-01-07	7	0	10800	10800
2026-01-07	7	1	87840	87840
2026-01-07	7	2	48577	48577
2026-01-07	8	1	95400	0
2026-01-07	8	2	38160	0
2026-01-07	9	0	154800	154800
2026-01-07	9	1	4444	4444
2026-01-07	9	3	2604	2604
2026-01-07	10	1	29007	0
2026-01-07	10	2	10162	0
2026-01-07	11	0	14814	14814
2026-01-07	11	1	1080	1080
2026-01-07	11	3	108	108
2026-01-07	12	1	8280	0
2026-01-07	12	2	720	0
2026-01-07	12	3	648	0
2026-01-07	13	0	3600	3600
2026-01-07	13	1	10800	10800
2026-01-07	13	2	4320	4320
2026-01-07	14	0	21600	21600
2026-01-07	15	1	7684	0
2026-01-07	15	3	768	0
2026-01-07	16	1	12807	0
2026-01-07	16	2	5122	0
2026-01-07	17	0	25614	25614
2026-01-07	19	1	43200	0
2026-01-07	19	3	6480	0
2026-01-07	20	1	90360	0
2026-01-07	20	2	36000	0
2026-01-07	21	0	144000	144000
2026-01-07	21	1	31680	31680
2026-01-07	21	2	7200	7200
2026-01-07	22	0	14814	14814
2026-01-07	22	1	31680	31680
2026-01-07	22	2	12240	12240
2026-01-07	22	3	108	108
2026-01-07	23	0	61200	61200
2026-01-07	23	1	1800	1800
2026-01-07	23	2	720	720
2026-01-07	24	0	3600	3600
2026-01-07	26	1	4320	0
2026-01-07	26	3	432	0
2026-01-07	27	1	20160	0
2026-01-07	27	2	2880	0
2026-01-07	27	3	1296	0
2026-01-07	28	1	24840	0
2026-01-07	28	2	8640	0
2026-01-07	28	3	7260	0
2026-01-07	29	0	43200	43200
2026-01-07	29	1	63844	63844
2026-01-07	29	2	25282	25282
2026-01-07	30	1	105091	0
2026-01-07	30	2	23122	0
2026-01-07	31	0	18414	18414
2026-01-07	31	1	10647	10647
2026-01-07	32	0	14814	14814
2026-01-07	32	1	5400	5400
2026-01-07	33	0	10800	10800
2026-01-07	35	1	36000	0
2026-01-07	35	2	7200	0
2026-01-07	36	0	10800	10800
2026-01-07	37	0	3600	3600
2026-01-07	38	0	144000	144000
2026-01-07	38	1	5400	5400
2026-01-07	39	0	61200	61200
2026-01-07	42	0	10800	10800
2026-01-07	46	0	3600	3600
2026-01-07	47	0	14814	14814
2026-01-07	51	1	2880	0
2026-01-07	52	0	3600	3600
2026-01-07	52	1	2880	2880
2026-01-07	62	0	32400	32400
2026-01-07	64	0	76014	76014
2026-01-07	70	0	3600	3600
2026-01-07	73	0	10800	10800
2026-01-07	82	1	18360	0
2026-01-07	82	3	1836	0
2026-01-07	83	1	5400	0
2026-01-07	89	1	1800	0
2026-01-07	96	0	14814	14814
2026-01-07	97	0	10800	10800
2026-01-07	98	0	3600	3600
2026-01-07	99	0	61200	61200
2026-01-07	102	0	14814	14814
2026-01-07	112	0	14814	14814
2026-01-07	114	0	36000	36000
2026-01-07	116	1	30600	0
2026-01-07	116	2	6120	0
2026-01-07	118	0	61200	61200
2026-01-07	123	0	3600	3600
2026-01-07	131	0	14814	14814
2026-01-07	134	0	61200	61200
2026-01-07	138	0	10800	10800
2026-01-07	146	0	10800	10800
\.


--
-- Data for Name: day_lines_20260108; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.day_lines_20260108 (settle_date, member_id, kind, entitled_fen, paid_fen) FROM stdin;
2026-01-08	1	1	47934	0
2026-01-08	1	2	22679	0
2026-01-08	1	3	432	0
2026-01-08	2	0	10800	10800
2026-01-08	2	1	33174	33174
2026-01-08	2	2	12045	12045
2026-01-08	2	3	1836	1836
2026-01-08	3	1	53847	0
2026-01-08	3	2	11201	0
2026-01-08	4	0	54000	54000
2026-01-08	4	1	11644	11644
2026-01-08	4	2	3744	3744
2026-01-08	4	3	444	444
2026-01-08	5	0	14400	14400
2026-01-08	5	1	10647	10647
2026-01-08	5	2	3851	3851
2026-01-08	5	3	324	324
2026-01-08	6	1	23760	0
2026-01-08	6	2	2808	0
2026-01-08	6	3	1836	0
2026-01-08	7	0	10800	10800
2026-01-08	7	1	88920	88920
2026-01-08	7	2	15912	15912
2026-01-08	7	3	19356	19356
2026-01-08	8	1	97200	0
2026-01-08	8	2	77593	0
2026-01-08	9	0	158400	158400
2026-01-08	9	1	4444	4444
2026-01-08	9	3	2604	2604
2026-01-08	10	1	29007	0
2026-01-08	10	2	10162	0
2026-01-08	11	0	14814	14814
2026-01-08	11	1	1080	1080
2026-01-08	11	3	108	108
2026-01-08	12	1	8280	0
2026-01-08	12	2	720	0
2026-01-08	12	3	648	0
2026-01-08	13	0	3600	3600
2026-01-08	13	1	11880	11880
2026-01-08	13	2	4320	4320
2026-01-08	13	3	108	108
2026-01-08	14	0	21600	21600
2026-01-08	14	1	11520	11520
2026-01-08	14	2	720	720
2026-01-08	14	3	972	972
2026-01-08	15	0	3600	3600
2026-01-08	15	1	23884	23884
2026-01-08	15	2	6480	6480
2026-01-08	15	3	768	768
2026-01-08	16	0	32400	32400
2026-01-08	16	1	12807	12807
2026-01-08	16	2	5122	5122
2026-01-08	17	0	25614	25614
2026-01-08	19	1	43200	0
2026-01-08	19	3	8316	0
2026-01-08	20	1	108720	0
2026-01-08	20	2	42120	0
2026-01-08	21	0	144000	144000
2026-01-08	21	1	62280	62280
2026-01-08	21	2	13320	13320
2026-01-08	22	0	14814	14814
2026-01-08	22	1	34920	34920
2026-01-08	22	2	12240	12240
2026-01-08	22	3	432	432
2026-01-08	23	0	61200	61200
2026-01-08	23	1	7200	7200
2026-01-08	23	2	2880	2880
2026-01-08	24	0	14400	14400
2026-01-08	26	1	4320	0
2026-01-08	26	3	432	0
2026-01-08	27	1	20160	0
2026-01-08	27	2	2880	0
2026-01-08	27	3	1296	0
2026-01-08	28	1	24840	0
2026-01-08	28	2	8640	0
2026-01-08	28	3	7260	0
2026-01-08	29	0	43200	43200
2026-01-08	29	1	63844	63844
2026-01-08	29	2	25282	25282
2026-01-08	30	1	105091	0
2026-01-08	30	2	23122	0
2026-01-08	31	0	18414	18414
2026-01-08	31	1	10647	10647
2026-01-08	32	0	14814	14814
2026-01-08	32	1	5400	5400
2026-01-08	33	0	10800	10800
2026-01-08	35	1	36000	0
2026-01-08	35	2	7200	0
2026-01-08	36	0	10800	10800
2026-01-08	37	0	3600	3600
2026-01-08	38	0	144000	144000
2026-01-08	38	1	5400	5400
2026-01-08	39	0	61200	61200
2026-01-08	42	0	10800	10800
2026-01-08	46	0	3600	3600
2026-01-08	47	0	14814	14814
2026-01-08	51	1	2880	0
2026-01-08	52	0	3600	3600
2026-01-08	52	1	2880	2880
2026-01-08	55	0	61200	61200
2026-01-08	62	0	32400	32400
2026-01-08	64	0	76014	76014
2026-01-08	70	0	3600	3600
2026-01-08	73	0	10800	10800
2026-01-08	82	1	18360	0
2026-01-08	82	3	1836	0
2026-01-08	83	1	5400	0
2026-01-08	89	1	1800	0
2026-01-08	96	0	14814	14814
2026-01-08	97	0	10800	10800
2026-01-08	98	0	3600	3600
2026-01-08	99	0	61200	61200
2026-01-08	102	0	14814	14814
2026-01-08	112	0	14814	14814
2026-01-08	114	0	36000	36000
2026-01-08	116	1	30600	0
2026-01-08	116	2	6120	0
2026-01-08	118	0	61200	61200
2026-01-08	123	0	3600	3600
2026-01-08	130	0	10800	10800
2026-01-08	131	0	14814	14814
2026-01-08	134	0	61200	61200
2026-01-08	138	0	10800	10800
2026-01-08	146	0	10800	10800
\.


--
-- Data for Name: day_lines_20260109; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.day_lines_20260109 (settle_date, member_id, kind, entitled_fen, paid_fen) FROM stdin;
2026-01-09	1	1	47934	0
2026-01-09	1	2	22679	0
2026-01-09	1	3	432	0
2026-01-09	2	0	10800	10800
2026-01-09	2	1	33174	33174
2026-01-09	2	2	12045	12045
2026-01-09	2	3	1836	1836
2026-01-09	3	1	61254	0
2026-01-09	3	2	12682	0
2026-01-09	4	0	54000	54000
2026-01-09	4	1	11644	11644
2026-01-09	4	2	3744	3744
2026-01-09	4	3	444	444
2026-01-09	5	0	14400	14400
2026-01-09	5	1	11727	11727
2026-01-09	5	2	3851	3851
2026-01-09	5	3	432	432
2026-01-09	6	1	25560	0
2026-01-09	6	2	3744	0
2026-01-09	6	3	1836	0
2026-01-09	7	0	14400	14400
2026-01-09	7	1	88920	88920
2026-01-09	7	2	15912	15912
2026-01-09	7	3	24324	24324
2026-01-09	8	1	97200	0
2026-01-09	8	2	87529	0
2026-01-09	9	0	158400	158400
2026-01-09	9	1	4444	4444
2026-01-09	9	3	2712	2712
2026-01-09	10	1	30087	0
2026-01-09	10	2	10882	0
2026-01-09	11	0	14814	14814
2026-01-09	11	1	1080	1080
2026-01-09	11	3	108	108
2026-01-09	12	1	53640	0
2026-01-09	12	2	720	0
2026-01-09	12	3	5184	0
2026-01-09	13	0	3600	3600
2026-01-09	13	1	87480	87480
2026-01-09	13	2	34560	34560
2026-01-09	13	3	108	108
2026-01-09	14	0	172800	172800
2026-01-09	14	1	11520	11520
2026-01-09	14	2	720	720
2026-01-09	14	3	972	972
2026-01-09	15	0	3600	3600
2026-01-09	15	1	23884	23884
2026-01-09	15	2	6480	6480
2026-01-09	15	3	768	768
2026-01-09	16	0	32400	32400
2026-01-09	16	1	12807	12807
2026-01-09	16	2	5122	5122
2026-01-09	17	0	25614	25614
2026-01-09	19	1	43200	0
2026-01-09	19	3	8640	0
2026-01-09	20	1	108720	0
2026-01-09	20	2	43200	0
2026-01-09	21	0	144000	144000
2026-01-09	21	1	62280	62280
2026-01-09	21	2	14400	14400
2026-01-09	22	0	14814	14814
2026-01-09	22	1	38160	38160
2026-01-09	22	2	12240	12240
2026-01-09	22	3	756	756
2026-01-09	23	0	61200	61200
2026-01-09	23	1	12600	12600
2026-01-09	23	2	5040	5040
2026-01-09	24	0	14400	14400
2026-01-09	26	1	8764	0
2026-01-09	26	3	876	0
2026-01-09	27	1	27567	0
2026-01-09	27	2	5842	0
2026-01-09	27	3	1296	0
2026-01-09	28	0	14814	14814
2026-01-09	28	1	24840	24840
2026-01-09	28	2	8640	8640
2026-01-09	28	3	7260	7260
2026-01-09	29	0	43200	43200
2026-01-09	29	1	63844	63844
2026-01-09	29	2	25282	25282
2026-01-09	30	1	105091	0
2026-01-09	30	2	23122	0
2026-01-09	31	0	18414	18414
2026-01-09	31	1	10647	10647
2026-01-09	32	0	14814	14814
2026-01-09	32	1	5400	5400
2026-01-09	33	0	10800	10800
2026-01-09	35	1	36000	0
2026-01-09	35	2	7200	0
2026-01-09	36	0	10800	10800
2026-01-09	37	0	3600	3600
2026-01-09	38	0	144000	144000
2026-01-09	38	1	5400	5400
2026-01-09	39	0	61200	61200
2026-01-09	42	0	10800	10800
2026-01-09	46	0	3600	3600
2026-01-09	47	0	14814	14814
2026-01-09	51	1	2880	0
2026-01-09	52	0	3600	3600
2026-01-09	52	1	6120	6120
2026-01-09	55	0	61200	61200
2026-01-09	62	0	32400	32400
2026-01-09	64	0	76014	76014
2026-01-09	70	0	3600	3600
2026-01-09	73	0	10800	10800
2026-01-09	82	1	18360	0
2026-01-09	82	3	1836	0
2026-01-09	83	1	5400	0
2026-01-09	85	0	10800	10800
2026-01-09	89	1	7200	0
2026-01-09	93	1	1800	0
2026-01-09	96	0	14814	14814
2026-01-09	97	0	10800	10800
2026-01-09	98	0	14400	14400
2026-01-09	99	0	61200	61200
2026-01-09	102	0	14814	14814
2026-01-09	112	0	14814	14814
2026-01-09	114	0	36000	36000
2026-01-09	116	1	30600	0
2026-01-09	116	2	6120	0
2026-01-09	118	0	61200	61200
2026-01-09	123	0	3600	3600
2026-01-09	130	0	25614	25614
2026-01-09	131	0	14814	14814
2026-01-09	134	0	61200	61200
2026-01-09	138	0	10800	10800
2026-01-09	146	0	10800	10800
2026-01-09	147	0	3600	3600
\.


--
-- Data for Name: day_lines_20260110; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.day_lines_20260110 (settle_date, member_id, kind, entitled_fen, paid_fen) FROM stdin;
2026-01-10	1	1	53334	0
2026-01-10	1	2	25487	0
2026-01-10	1	3	540	0
2026-01-10	2	0	10800	10800
2026-01-10	2	1	33174	33174
2026-01-10	2	2	12045	12045
2026-01-10	2	3	1836	1836
2026-01-10	3	1	61254	0
2026-01-10	3	2	12682	0
2026-01-10	4	0	64800	64800
2026-01-10	4	1	12724	12724
2026-01-10	4	2	4680	4680
2026-01-10	4	3	444	444
2026-01-10	5	0	14400	14400
2026-01-10	5	1	11727	11727
2026-01-10	5	2	3851	3851
2026-01-10	5	3	432	432
2026-01-10	6	1	25560	0
2026-01-10	6	2	3744	0
2026-01-10	6	3	1836	0
2026-01-10	7	0	14400	14400
2026-01-10	7	1	88920	88920
2026-01-10	7	2	15912	15912
2026-01-10	7	3	5832	5832
2026-01-10	8	1	97200	0
2026-01-10	8	2	50544	0
2026-01-10	8	3	18600	0
2026-01-10	9	0	158400	158400
2026-01-10	9	1	4444	4444
2026-01-10	9	2	37201	37201
2026-01-10	10	1	31167	0
2026-01-10	10	2	11242	0
2026-01-10	11	0	14814	14814
2026-01-10	11	1	1080	1080
2026-01-10	11	3	108	108
2026-01-10	12	1	53640	0
2026-01-10	12	2	720	0
2026-01-10	12	3	5184	0
2026-01-10	13	0	3600	3600
2026-01-10	13	1	87480	87480
2026-01-10	13	2	34560	34560
2026-01-10	13	3	108	108
2026-01-10	14	0	172800	172800
2026-01-10	14	1	11520	11520
2026-01-10	14	2	720	720
2026-01-10	14	3	972	972
2026-01-10	15	0	3600	3600
2026-01-10	15	1	23884	23884
2026-01-10	15	2	6480	6480
2026-01-10	15	3	768	768
2026-01-10	16	0	32400	32400
2026-01-10	16	1	12807	12807
2026-01-10	16	2	5122	5122
2026-01-10	17	0	25614	25614
2026-01-10	19	1	43200	0
2026-01-10	19	3	8640	0
2026-01-10	20	1	108720	0
2026-01-10	20	2	43200	0
2026-01-10	21	0	144000	144000
2026-01-10	21	1	62280	62280
2026-01-10	21	2	14400	14400
2026-01-10	22	0	14814	14814
2026-01-10	22	1	38160	38160
2026-01-10	22	2	12240	12240
2026-01-10	22	3	756	756
2026-01-10	23	0	61200	61200
2026-01-10	23	1	12600	12600
2026-01-10	23	2	5040	5040
2026-01-10	24	0	14400	14400
2026-01-10	26	1	8764	0
2026-01-10	26	3	876	0
2026-01-10	27	1	27567	0
2026-01-10	27	2	5842	0
2026-01-10	27	3	1296	0
2026-01-10	28	0	14814	14814
2026-01-10	28	1	24840	24840
2026-01-10	28	2	8640	8640
2026-01-10	28	3	324	324
2026-01-10	29	0	43200	43200
2026-01-10	29	1	63844	63844
2026-01-10	29	2	2160	2160
2026-01-10	29	3	6936	6936
2026-01-10	30	1	105091	0
2026-01-10	30	2	46245	0
2026-01-10	31	0	18414	18414
2026-01-10	31	1	10647	10647
2026-01-10	32	0	14814	14814
2026-01-10	32	1	5400	5400
2026-01-10	33	0	10800	10800
2026-01-10	35	1	37800	0
2026-01-10	35	2	7560	0
2026-01-10	36	0	10800	10800
2026-01-10	37	0	3600	3600
2026-01-10	38	0	144000	144000
2026-01-10	38	1	5400	5400
2026-01-10	39	0	61200	61200
2026-01-10	42	0	10800	10800
2026-01-10	44	1	1800	0
2026-01-10	46	0	3600	3600
2026-01-10	47	0	14814	14814
2026-01-10	51	1	2880	0
2026-01-10	52	0	3600	3600
2026-01-10	52	1	6120	6120
2026-01-10	55	0	61200	61200
2026-01-10	62	0	32400	32400
2026-01-10	64	0	76014	76014
2026-01-10	70	0	3600	3600
2026-01-10	72	0	3600	3600
2026-01-10	73	0	10800	10800
2026-01-10	81	0	3600	3600
2026-01-10	82	1	18360	0
2026-01-10	82	3	1836	0
2026-01-10	83	1	5400	0
2026-01-10	85	0	10800	10800
2026-01-10	89	1	7200	0
2026-01-10	93	1	1800	0
2026-01-10	96	0	14814	14814
2026-01-10	97	0	10800	10800
2026-01-10	98	0	14400	14400
2026-01-10	99	0	61200	61200
2026-01-10	102	0	14814	14814
2026-01-10	112	0	14814	14814
2026-01-10	114	0	36000	36000
2026-01-10	116	1	30600	0
2026-01-10	116	2	6120	0
2026-01-10	118	0	61200	61200
2026-01-10	123	0	3600	3600
2026-01-10	130	0	25614	25614
2026-01-10	131	0	14814	14814
2026-01-10	134	0	61200	61200
2026-01-10	138	0	10800	10800
2026-01-10	146	0	10800	10800
2026-01-10	147	0	3600	3600
\.


--
-- Data for Name: day_lines_20260111; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.day_lines_20260111 (settle_date, member_id, kind, entitled_fen, paid_fen) FROM stdin;
2026-01-11	1	1	60741	0
2026-01-11	1	2	29338	0
2026-01-11	1	3	540	0
2026-01-11	2	0	10800	10800
2026-01-11	2	1	42894	42894
2026-01-11	2	2	53209	53209
2026-01-11	3	1	61254	0
2026-01-11	3	2	13762	0
2026-01-11	4	0	79614	79614
2026-01-11	4	1	12724	12724
2026-01-11	4	2	4680	4680
2026-01-11	4	3	444	444
2026-01-11	5	0	14400	14400
2026-01-11	5	1	11727	11727
2026-01-11	5	2	3851	3851
2026-01-11	5	3	432	432
2026-01-11	6	1	26640	0
2026-01-11	6	2	3744	0
2026-01-11	6	3	1944	0
2026-01-11	7	0	14400	14400
2026-01-11	7	1	90720	90720
2026-01-11	7	2	16848	16848
2026-01-11	7	3	5832	5832
2026-01-11	8	0	3600	3600
2026-01-11	8	1	101644	101644
2026-01-11	8	2	50544	50544
2026-01-11	8	3	444	444
2026-01-11	9	0	158400	158400
2026-01-11	9	1	22651	22651
2026-01-11	9	2	3851	3851
2026-01-11	9	3	20449	20449
2026-01-11	10	0	14814	14814
2026-01-11	10	1	49167	49167
2026-01-11	10	2	59341	59341
2026-01-11	11	0	14814	14814
2026-01-11	11	1	1080	1080
2026-01-11	11	3	108	108
2026-01-11	12	1	53640	0
2026-01-11	12	2	720	0
2026-01-11	12	3	5184	0
2026-01-11	13	0	3600	3600
2026-01-11	13	1	87480	87480
2026-01-11	13	2	34560	34560
2026-01-11	13	3	108	108
2026-01-11	14	0	172800	172800
2026-01-11	14	1	11520	11520
2026-01-11	14	2	720	720
2026-01-11	14	3	972	972
2026-01-11	15	0	3600	3600
2026-01-11	15	1	23884	23884
2026-01-11	15	2	6480	6480
2026-01-11	15	3	768	768
2026-01-11	16	0	32400	32400
2026-01-11	16	1	16047	16047
2026-01-11	16	2	5122	5122
2026-01-11	16	3	324	324
2026-01-11	17	0	25614	25614
2026-01-11	17	1	5400	5400
2026-01-11	17	2	2160	2160
2026-01-11	18	0	10800	10800
2026-01-11	19	1	43200	0
2026-01-11	19	3	9084	0
2026-01-11	20	1	113164	0
2026-01-11	20	2	44681	0
2026-01-11	21	0	144000	144000
2026-01-11	21	1	69687	69687
2026-01-11	21	2	15881	15881
2026-01-11	22	0	14814	14814
2026-01-11	22	1	54360	54360
2026-01-11	22	2	18720	18720
2026-01-11	22	3	756	756
2026-01-11	23	0	93600	93600
2026-01-11	23	1	12600	12600
2026-01-11	23	2	5040	5040
2026-01-11	24	0	14400	14400
2026-01-11	24	1	1080	1080
2026-01-11	24	3	108	108
2026-01-11	25	1	1800	0
2026-01-11	25	2	720	0
2026-01-11	26	1	53044	0
2026-01-11	26	3	5304	0
2026-01-11	27	1	101367	0
2026-01-11	27	2	35362	0
2026-01-11	27	3	1296	0
2026-01-11	28	0	158814	158814
2026-01-11	28	1	24840	24840
2026-01-11	28	2	8640	8640
2026-01-11	28	3	324	324
2026-01-11	29	0	43200	43200
2026-01-11	29	1	63844	63844
2026-01-11	29	2	2160	2160
2026-01-11	29	3	7260	7260
2026-01-11	30	1	105091	0
2026-01-11	30	2	48405	0
2026-01-11	31	0	18414	18414
2026-01-11	31	1	13887	13887
2026-01-11	32	0	14814	14814
2026-01-11	32	1	10800	10800
2026-01-11	33	0	21600	21600
2026-01-11	35	1	37800	0
2026-01-11	35	2	7560	0
2026-01-11	36	0	14400	14400
2026-01-11	37	0	3600	3600
2026-01-11	38	0	144000	144000
2026-01-11	38	1	5400	5400
2026-01-11	39	0	61200	61200
2026-01-11	42	0	10800	10800
2026-01-11	44	1	1800	0
2026-01-11	46	0	3600	3600
2026-01-11	47	0	14814	14814
2026-01-11	51	1	2880	0
2026-01-11	52	0	3600	3600
2026-01-11	52	1	6120	6120
2026-01-11	55	0	76014	76014
2026-01-11	56	1	3240	0
2026-01-11	61	1	5400	0
2026-01-11	62	0	32400	32400
2026-01-11	64	0	76014	76014
2026-01-11	70	0	3600	3600
2026-01-11	72	0	3600	3600
2026-01-11	73	0	10800	10800
2026-01-11	75	0	10800	10800
2026-01-11	81	0	3600	3600
2026-01-11	82	1	18360	0
2026-01-11	82	3	1836	0
2026-01-11	83	1	5400	0
2026-01-11	85	0	10800	10800
2026-01-11	89	1	7200	0
2026-01-11	91	0	3600	3600
2026-01-11	93	1	1800	0
2026-01-11	96	0	14814	14814
2026-01-11	97	0	10800	10800
2026-01-11	98	0	14400	14400
2026-01-11	99	0	61200	61200
2026-01-11	102	0	14814	14814
2026-01-11	112	0	14814	14814
2026-01-11	114	0	36000	36000
2026-01-11	116	1	30600	0
2026-01-11	116	2	6120	0
2026-01-11	118	0	61200	61200
2026-01-11	123	0	3600	3600
2026-01-11	126	0	3600	3600
2026-01-11	127	0	32400	32400
2026-01-11	130	0	25614	25614
2026-01-11	131	0	14814	14814
2026-01-11	134	0	61200	61200
2026-01-11	138	0	10800	10800
2026-01-11	146	0	10800	10800
2026-01-11	147	0	3600	3600
\.


--
-- Data for Name: day_lines_20260112; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.day_lines_20260112 (settle_date, member_id, kind, entitled_fen, paid_fen) FROM stdin;
2026-01-12	1	1	60741	0
2026-01-12	1	2	29338	0
2026-01-12	1	3	540	0
2026-01-12	2	0	10800	10800
2026-01-12	2	1	42894	42894
2026-01-12	2	2	53209	53209
2026-01-12	3	1	95814	0
2026-01-12	3	2	17002	0
2026-01-12	3	3	1836	0
2026-01-12	4	0	79614	79614
2026-01-12	4	1	12724	12724
2026-01-12	4	2	4680	4680
2026-01-12	4	3	444	444
2026-01-12	5	0	14400	14400
2026-01-12	5	1	11727	11727
2026-01-12	5	2	3851	3851
2026-01-12	5	3	432	432
2026-01-12	6	1	26640	0
2026-01-12	6	2	3744	0
2026-01-12	6	3	1944	0
2026-01-12	7	0	14400	14400
2026-01-12	7	1	90720	90720
2026-01-12	7	2	16848	16848
2026-01-12	7	3	5832	5832
2026-01-12	8	0	3600	3600
2026-01-12	8	1	101644	101644
2026-01-12	8	2	50544	50544
2026-01-12	8	3	444	444
2026-01-12	9	0	158400	158400
2026-01-12	9	1	25891	25891
2026-01-12	9	2	3851	3851
2026-01-12	9	3	20773	20773
2026-01-12	10	0	14814	14814
2026-01-12	10	1	54567	54567
2026-01-12	10	2	62149	62149
2026-01-12	11	0	14814	14814
2026-01-12	11	1	1080	1080
2026-01-12	11	3	108	108
2026-01-12	12	1	53640	0
2026-01-12	12	2	720	0
2026-01-12	12	3	5184	0
2026-01-12	13	0	3600	3600
2026-01-12	13	1	87480	87480
2026-01-12	13	2	34560	34560
2026-01-12	13	3	108	108
2026-01-12	14	0	172800	172800
2026-01-12	14	1	11520	11520
2026-01-12	14	2	720	720
2026-01-12	14	3	972	972
2026-01-12	15	0	3600	3600
2026-01-12	15	1	23884	23884
2026-01-12	15	2	6480	6480
2026-01-12	15	3	768	768
2026-01-12	16	0	32400	32400
2026-01-12	16	1	16047	16047
2026-01-12	16	2	5122	5122
2026-01-12	16	3	324	324
2026-01-12	17	0	25614	25614
2026-01-12	17	1	5400	5400
2026-01-12	17	2	2160	2160
2026-01-12	18	0	10800	10800
2026-01-12	19	1	43200	0
2026-01-12	19	3	9084	0
2026-01-12	20	1	113164	0
2026-01-12	20	2	44681	0
2026-01-12	21	0	144000	144000
2026-01-12	21	1	69687	69687
2026-01-12	21	2	15881	15881
2026-01-12	22	0	14814	14814
2026-01-12	22	1	54360	54360
2026-01-12	22	2	18720	18720
2026-01-12	22	3	756	756
2026-01-12	23	0	93600	93600
2026-01-12	23	1	12600	12600
2026-01-12	23	2	5040	5040
2026-01-12	24	0	14400	14400
2026-01-12	24	1	1080	1080
2026-01-12	24	3	108	108
2026-01-12	25	1	1800	0
2026-01-12	25	2	720	0
2026-01-12	26	1	53044	0
2026-01-12	26	3	5304	0
2026-01-12	27	1	101367	0
2026-01-12	27	2	35362	0
2026-01-12	27	3	1296	0
2026-01-12	28	0	158814	158814
2026-01-12	28	1	24840	24840
2026-01-12	28	2	8640	8640
2026-01-12	28	3	324	324
2026-01-12	29	0	43200	43200
2026-01-12	29	1	63844	63844
2026-01-12	29	2	2160	2160
2026-01-12	29	3	7260	7260
2026-01-12	30	1	105091	0
2026-01-12	30	2	48405	0
2026-01-12	31	0	18414	18414
2026-01-12	31	1	13887	13887
2026-01-12	32	0	14814	14814
2026-01-12	32	1	10800	10800
2026-01-12	33	0	21600	21600
2026-01-12	35	1	37800	0
2026-01-12	35	2	7560	0
2026-01-12	36	0	14400	14400
2026-01-12	37	0	3600	3600
2026-01-12	37	1	30600	30600
2026-01-12	37	2	6120	6120
2026-01-12	38	0	144000	144000
2026-01-12	38	1	5400	5400
2026-01-12	39	0	61200	61200
2026-01-12	42	0	10800	10800
2026-01-12	44	1	1800	0
2026-01-12	46	0	3600	3600
2026-01-12	47	0	14814	14814
2026-01-12	51	1	2880	0
2026-01-12	52	0	3600	3600
2026-01-12	52	1	6120	6120
2026-01-12	55	0	76014	76014
2026-01-12	56	1	3240	0
2026-01-12	61	1	5400	0
2026-01-12	62	0	32400	32400
2026-01-12	64	0	76014	76014
2026-01-12	70	0	3600	3600
2026-01-12	72	0	3600	3600
2026-01-12	73	0	10800	10800
2026-01-12	75	0	10800	10800
2026-01-12	81	0	3600	3600
2026-01-12	82	1	18360	0
2026-01-12	82	3	1836	0
2026-01-12	83	1	5400	0
2026-01-12	85	0	10800	10800
2026-01-12	86	0	61200	61200
2026-01-12	89	1	7200	0
2026-01-12	91	0	3600	3600
2026-01-12	93	1	1800	0
2026-01-12	96	0	14814	14814
2026-01-12	97	0	10800	10800
2026-01-12	98	0	14400	14400
2026-01-12	99	0	61200	61200
2026-01-12	102	0	14814	14814
2026-01-12	112	0	14814	14814
2026-01-12	114	0	36000	36000
2026-01-12	116	1	30600	0
2026-01-12	116	2	6120	0
2026-01-12	118	0	61200	61200
2026-01-12	123	0	3600	3600
2026-01-12	126	0	3600	3600
2026-01-12	127	0	43200	43200
2026-01-12	130	0	25614	25614
2026-01-12	131	0	14814	14814
2026-01-12	134	0	61200	61200
2026-01-12	135	0	32400	32400
2026-01-12	138	0	10800	10800
2026-01-12	146	0	10800	10800
2026-01-12	147	0	3600	3600
\.


--
-- Data for Name: day_lines_20260113; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.day_lines_20260113 (settle_date, member_id, kind, entitled_fen, paid_fen) FROM stdin;
2026-01-13	1	1	62541	0
2026-01-13	1	2	30274	0
2026-01-13	1	3	540	0
2026-01-13	2	0	10800	10800
2026-01-13	2	1	49138	49138
2026-01-13	2	2	18431	18431
2026-01-13	2	3	19273	19273
2026-01-13	3	1	97614	0
2026-01-13	3	2	40845	0
2026-01-13	4	0	79614	79614
2026-01-13	4	1	22444	22444
2026-01-13	4	2	4680	4680
2026-01-13	4	3	1416	1416
2026-01-13	5	0	14400	14400
2026-01-13	5	1	27927	27927
2026-01-13	5	2	12275	12275
2026-01-13	5	3	432	432
2026-01-13	6	0	32400	32400
2026-01-13	6	1	31084	31084
2026-01-13	6	2	3744	3744
2026-01-13	6	3	2388	2388
2026-01-13	7	0	14400	14400
2026-01-13	7	1	98127	98127
2026-01-13	7	2	20699	20699
2026-01-13	7	3	5832	5832
2026-01-13	8	0	18414	18414
2026-01-13	8	1	101644	101644
2026-01-13	8	2	50544	50544
2026-01-13	8	3	444	444
2026-01-13	9	0	158400	158400
2026-01-13	9	1	35735	35735
2026-01-13	9	2	3851	3851
2026-01-13	9	3	5532	5532
2026-01-13	10	0	14814	14814
2026-01-13	10	1	74214	74214
2026-01-13	10	2	40391	40391
2026-01-13	11	0	44028	44028
2026-01-13	11	1	14040	14040
2026-01-13	11	3	1404	1404
2026-01-13	12	1	75240	0
2026-01-13	12	2	12168	0
2026-01-13	12	3	18600	0
2026-01-13	13	0	46800	46800
2026-01-13	13	1	90720	90720
2026-01-13	13	2	71761	71761
2026-01-13	14	0	172800	172800
2026-01-13	14	1	16920	16920
2026-01-13	14	2	2880	2880
2026-01-13	14	3	972	972
2026-01-13	15	0	3600	3600
2026-01-13	15	1	23884	23884
2026-01-13	15	2	6480	6480
2026-01-13	15	3	768	768
2026-01-13	16	0	32400	32400
2026-01-13	16	1	34407	34407
2026-01-13	16	2	5122	5122
2026-01-13	16	3	2160	2160
2026-01-13	17	0	25614	25614
2026-01-13	17	1	36000	36000
2026-01-13	17	2	14400	14400
2026-01-13	18	0	72000	72000
2026-01-13	19	1	43200	0
2026-01-13	19	3	9084	0
2026-01-13	20	1	113164	0
2026-01-13	20	2	44681	0
2026-01-13	21	0	144000	144000
2026-01-13	21	1	69687	69687
2026-01-13	21	2	15881	15881
2026-01-13	22	0	14814	14814
2026-01-13	22	1	61767	61767
2026-01-13	22	2	60230	60230
2026-01-13	23	0	108414	108414
2026-01-13	23	1	15840	15840
2026-01-13	23	2	5040	5040
2026-01-13	23	3	324	324
2026-01-13	24	0	14400	14400
2026-01-13	24	1	9720	9720
2026-01-13	24	2	2160	2160
2026-01-13	24	3	432	432
2026-01-13	25	0	10800	10800
2026-01-13	25	1	7200	7200
2026-01-13	25	2	2880	2880
2026-01-13	26	0	10800	10800
2026-01-13	26	1	53044	53044
2026-01-13	26	3	5304	5304
2026-01-13	27	1	101367	0
2026-01-13	27	2	35362	0
2026-01-13	27	3	1296	0
2026-01-13	28	0	158814	158814
2026-01-13	28	1	24840	24840
2026-01-13	28	2	8640	8640
2026-01-13	28	3	324	324
2026-01-13	29	0	43200	43200
2026-01-13	29	1	63844	63844
2026-01-13	29	2	2160	2160
2026-01-13	29	3	7584	7584
2026-01-13	30	1	105091	0
2026-01-13	30	2	45844	0
2026-01-13	31	0	18414	18414
2026-01-13	31	1	17127	17127
2026-01-13	31	2	4721	4721
2026-01-13	32	0	14814	14814
2026-01-13	32	1	16200	16200
2026-01-13	33	0	32400	32400
2026-01-13	35	1	37800	0
2026-01-13	35	2	7560	0
2026-01-13	36	0	14400	14400
2026-01-13	37	0	3600	3600
2026-01-13	37	1	30600	30600
2026-01-13	37	2	6120	6120
2026-01-13	38	0	144000	144000
2026-01-13	38	1	5400	5400
2026-01-13	39	0	61200	61200
2026-01-13	42	0	10800	10800
2026-01-13	44	1	1800	0
2026-01-13	46	0	3600	3600
2026-01-13	47	0	14814	14814
2026-01-13	51	1	2880	0
2026-01-13	52	0	3600	3600
2026-01-13	52	1	6120	6120
2026-01-13	55	0	76014	76014
2026-01-13	56	1	3240	0
2026-01-13	61	1	5400	0
2026-01-13	62	0	32400	32400
2026-01-13	64	0	76014	76014
2026-01-13	70	0	3600	3600
2026-01-13	72	0	3600	3600
2026-01-13	73	0	10800	10800
2026-01-13	75	0	10800	10800
2026-01-13	79	0	3600	3600
2026-01-13	81	0	3600	3600
2026-01-13	82	1	18360	0
2026-01-13	82	3	1836	0
2026-01-13	83	1	5400	0
2026-01-13	85	0	10800	10800
2026-01-13	86	0	61200	61200
2026-01-13	89	1	7200	0
2026-01-13	91	0	3600	3600
2026-01-13	93	1	1800	0
2026-01-13	96	0	14814	14814
2026-01-13	97	0	10800	10800
2026-01-13	98	0	14400	14400
2026-01-13	99	0	61200	61200
2026-01-13	102	0	14814	14814
2026-01-13	103	0	3600	3600
2026-01-13	108	1	5400	0
2026-01-13	112	0	14814	14814
2026-01-13	114	0	36000	36000
2026-01-13	116	1	30600	0
2026-01-13	116	2	6120	0
2026-01-13	118	0	61200	61200
2026-01-13	123	0	3600	3600
2026-01-13	126	0	3600	3600
2026-01-13	127	0	43200	43200
2026-01-13	130	0	25614	25614
2026-01-13	131	0	14814	14814
2026-01-13	134	0	61200	61200
2026-01-13	135	0	32400	32400
2026-01-13	136	0	10800	10800
2026-01-13	138	0	10800	10800
2026-01-13	140	0	3600	3600
2026-01-13	145	0	3600	3600
2026-01-13	146	0	10800	10800
2026-01-13	147	0	3600	3600
2026-01-13	149	0	10800	10800
\.


--
-- Data for Name: day_lines_20260114; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.day_lines_20260114 (settle_date, member_id, kind, entitled_fen, paid_fen) FROM stdin;
2026-01-14	1	1	63621	0
2026-01-14	1	2	30274	0
2026-01-14	1	3	648	0
2026-01-14	2	0	72000	72000
2026-01-14	2	1	90538	90538
2026-01-14	2	2	17495	17495
2026-01-14	2	3	24025	24025
2026-01-14	3	1	137934	0
2026-01-14	3	2	56325	0
2026-01-14	4	0	79614	79614
2026-01-14	4	1	24244	24244
2026-01-14	4	2	5616	5616
2026-01-14	4	3	1416	1416
2026-01-14	5	0	18000	18000
2026-01-14	5	1	27927	27927
2026-01-14	5	2	12275	12275
2026-01-14	5	3	432	432
2026-01-14	6	0	32400	32400
2026-01-14	6	1	31084	31084
2026-01-14	6	2	3744	3744
2026-01-14	6	3	2388	2388
2026-01-14	7	0	14400	14400
2026-01-14	7	1	101367	101367
2026-01-14	7	2	20699	20699
2026-01-14	7	3	6156	6156
2026-01-14	8	0	18414	18414
2026-01-14	8	1	107044	107044
2026-01-14	8	2	53352	53352
2026-01-14	8	3	444	444
2026-01-14	9	0	158400	158400
2026-01-14	9	1	35735	35735
2026-01-14	9	2	3851	3851
2026-01-14	9	3	5532	5532
2026-01-14	10	0	14814	14814
2026-01-14	10	1	74214	74214
2026-01-14	10	2	40391	40391
2026-01-14	11	0	44028	44028
2026-01-14	11	1	14040	14040
2026-01-14	11	3	1404	1404
2026-01-14	12	1	75240	0
2026-01-14	12	2	12168	0
2026-01-14	12	3	5184	0
2026-01-14	13	0	46800	46800
2026-01-14	13	1	90720	90720
2026-01-14	13	2	44928	44928
2026-01-14	13	3	432	432
2026-01-14	14	0	172800	172800
2026-01-14	14	1	16920	16920
2026-01-14	14	2	3744	3744
2026-01-14	14	3	972	972
2026-01-14	15	0	3600	3600
2026-01-14	15	1	27124	27124
2026-01-14	15	2	8424	8424
2026-01-14	15	3	1092	1092
2026-01-14	16	0	32400	32400
2026-01-14	16	1	39807	39807
2026-01-14	16	2	9467	9467
2026-01-14	16	3	16536	16536
2026-01-14	17	0	25614	25614
2026-01-14	17	1	36000	36000
2026-01-14	17	2	47472	47472
2026-01-14	18	0	72000	72000
2026-01-14	19	1	96120	0
2026-01-14	19	3	9612	0
2026-01-14	20	1	201364	0
2026-01-14	20	2	64080	0
2026-01-14	20	3	4764	0
2026-01-14	21	0	288000	288000
2026-01-14	21	1	69687	69687
2026-01-14	21	2	31762	31762
2026-01-14	22	0	14814	14814
2026-01-14	22	1	133767	133767
2026-01-14	22	2	98534	98534
2026-01-14	23	0	252414	252414
2026-01-14	23	1	15840	15840
2026-01-14	23	2	5040	5040
2026-01-14	23	3	324	324
2026-01-14	24	0	14400	14400
2026-01-14	24	1	9720	9720
2026-01-14	24	2	2160	2160
2026-01-14	24	3	432	432
2026-01-14	25	0	10800	10800
2026-01-14	25	1	7200	7200
2026-01-14	25	2	2880	2880
2026-01-14	26	0	10800	10800
2026-01-14	26	1	53044	53044
2026-01-14	26	3	5304	5304
2026-01-14	27	1	101367	0
2026-01-14	27	2	35362	0
2026-01-14	27	3	1296	0
2026-01-14	28	0	158814	158814
2026-01-14	28	1	24840	24840
2026-01-14	28	2	8640	8640
2026-01-14	28	3	324	324
2026-01-14	29	0	43200	43200
2026-01-14	29	1	64924	64924
2026-01-14	29	2	2160	2160
2026-01-14	29	3	8016	8016
2026-01-14	30	1	110131	0
2026-01-14	30	2	47644	0
2026-01-14	31	0	18414	18414
2026-01-14	31	1	22527	22527
2026-01-14	31	2	5801	5801
2026-01-14	32	0	25614	25614
2026-01-14	32	1	16200	16200
2026-01-14	33	0	32400	32400
2026-01-14	35	1	37800	0
2026-01-14	35	2	7560	0
2026-01-14	36	0	14400	14400
2026-01-14	37	0	3600	3600
2026-01-14	37	1	46800	46800
2026-01-14	37	2	9360	9360
2026-01-14	38	0	147600	147600
2026-01-14	38	1	5400	5400
2026-01-14	39	0	61200	61200
2026-01-14	42	0	10800	10800
2026-01-14	44	1	1800	0
2026-01-14	46	0	3600	3600
2026-01-14	47	0	14814	14814
2026-01-14	51	1	2880	0
2026-01-14	52	0	3600	3600
2026-01-14	52	1	6120	6120
2026-01-14	55	0	76014	76014
2026-01-14	56	1	3240	0
2026-01-14	58	0	32400	32400
2026-01-14	61	1	5400	0
2026-01-14	62	0	32400	32400
2026-01-14	64	0	76014	76014
2026-01-14	70	0	3600	3600
2026-01-14	72	0	3600	3600
2026-01-14	73	0	10800	10800
2026-01-14	75	0	10800	10800
2026-01-14	81	0	3600	3600
2026-01-14	82	1	18360	0
2026-01-14	82	3	1836	0
2026-01-14	83	0	61200	61200
2026-01-14	83	1	5400	5400
2026-01-14	85	0	10800	10800
2026-01-14	86	0	61200	61200
2026-01-14	89	1	7200	0
2026-01-14	91	0	3600	3600
2026-01-14	93	1	1800	0
2026-01-14	96	0	14814	14814
2026-01-14	97	0	10800	10800
2026-01-14	98	0	14400	14400
2026-01-14	99	0	61200	61200
2026-01-14	102	0	14814	14814
2026-01-14	103	0	3600	3600
2026-01-14	108	1	5400	0
2026-01-14	109	0	10800	10800
2026-01-14	112	0	14814	14814
2026-01-14	114	0	46800	46800
2026-01-14	116	1	30600	0
2026-01-14	116	2	6120	0
2026-01-14	118	0	61200	61200
2026-01-14	120	0	32400	32400
2026-01-14	123	0	3600	3600
2026-01-14	126	0	3600	3600
2026-01-14	127	0	43200	43200
2026-01-14	130	0	25614	25614
2026-01-14	131	0	14814	14814
2026-01-14	134	0	61200	61200
2026-01-14	135	0	32400	32400
2026-01-14	136	0	10800	10800
2026-01-14	138	0	10800	10800
2026-01-14	140	0	3600	3600
2026-01-14	145	0	3600	3600
2026-01-14	146	0	10800	10800
2026-01-14	147	0	3600	3600
2026-01-14	149	0	10800	10800
\.


--
-- Data for Name: day_lines_20260115; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.day_lines_20260115 (settle_date, member_id, kind, entitled_fen, paid_fen) FROM stdin;
2026-01-15	1	1	65421	0
2026-01-15	1	2	32146	0
2026-01-15	1	3	648	0
2026-01-15	2	0	72000	72000
2026-01-15	2	1	91618	91618
2026-01-15	2	2	17495	17495
2026-01-15	2	3	25429	25429
2026-01-15	3	1	137934	0
2026-01-15	3	2	62805	0
2026-01-15	4	0	79614	79614
2026-01-15	4	1	24244	24244
2026-01-15	4	2	5616	5616
2026-01-15	4	3	1416	1416
2026-01-15	5	0	18000	18000
2026-01-15	5	1	27927	27927
2026-01-15	5	2	12275	12275
2026-01-15	5	3	432	432
2026-01-15	6	0	32400	32400
2026-01-15	6	1	31084	31084
2026-01-15	6	2	3744	3744
2026-01-15	6	3	2388	2388
2026-01-15	7	0	14400	14400
2026-01-15	7	1	101367	101367
2026-01-15	7	2	20699	20699
2026-01-15	7	3	6156	6156
2026-01-15	8	0	18414	18414
2026-01-15	8	1	111488	111488
2026-01-15	8	2	53352	53352
2026-01-15	8	3	888	888
2026-01-15	9	0	158400	158400
2026-01-15	9	1	43142	43142
2026-01-15	9	2	7703	7703
2026-01-15	9	3	5532	5532
2026-01-15	10	0	29628	29628
2026-01-15	10	1	74214	74214
2026-01-15	10	2	40391	40391
2026-01-15	11	0	44028	44028
2026-01-15	11	1	12960	12960
2026-01-15	11	3	1296	1296
2026-01-15	12	1	73440	0
2026-01-15	12	2	11232	0
2026-01-15	12	3	5184	0
2026-01-15	13	0	43200	43200
2026-01-15	13	1	90720	90720
2026-01-15	13	2	44928	44928
2026-01-15	13	3	432	432
2026-01-15	14	0	172800	172800
2026-01-15	14	1	16920	16920
2026-01-15	14	2	3744	3744
2026-01-15	14	3	972	972
2026-01-15	15	0	3600	3600
2026-01-15	15	1	27124	27124
2026-01-15	15	2	8424	8424
2026-01-15	15	3	1092	1092
2026-01-15	16	0	32400	32400
2026-01-15	16	1	39807	39807
2026-01-15	16	2	9467	9467
2026-01-15	16	3	20856	20856
2026-01-15	17	0	25614	25614
2026-01-15	17	1	36000	36000
2026-01-15	17	2	56112	56112
2026-01-15	18	0	72000	72000
2026-01-15	19	1	96120	0
2026-01-15	19	3	9612	0
2026-01-15	20	1	244564	0
2026-01-15	20	2	64080	0
2026-01-15	20	3	9084	0
2026-01-15	21	0	288000	288000
2026-01-15	21	1	141687	141687
2026-01-15	21	2	60562	60562
2026-01-15	22	0	14814	14814
2026-01-15	22	1	138807	138807
2026-01-15	22	2	102062	102062
2026-01-15	23	0	256014	256014
2026-01-15	23	1	21240	21240
2026-01-15	23	2	7200	7200
2026-01-15	23	3	324	324
2026-01-15	24	0	25200	25200
2026-01-15	24	1	9720	9720
2026-01-15	24	2	2160	2160
2026-01-15	24	3	432	432
2026-01-15	25	0	10800	10800
2026-01-15	25	1	7200	7200
2026-01-15	25	2	2880	2880
2026-01-15	26	0	10800	10800
2026-01-15	26	1	53044	53044
2026-01-15	26	3	5304	5304
2026-01-15	27	1	111087	0
2026-01-15	27	2	35362	0
2026-01-15	27	3	2268	0
2026-01-15	28	0	158814	158814
2026-01-15	28	1	41040	41040
2026-01-15	28	2	15120	15120
2026-01-15	28	3	324	324
2026-01-15	29	0	75600	75600
2026-01-15	29	1	64924	64924
2026-01-15	29	2	2160	2160
2026-01-15	29	3	8016	8016
2026-01-15	30	1	110131	0
2026-01-15	30	2	47644	0
2026-01-15	31	0	18414	18414
2026-01-15	31	1	22527	22527
2026-01-15	31	2	5801	5801
2026-01-15	32	0	25614	25614
2026-01-15	32	1	16200	16200
2026-01-15	33	0	32400	32400
2026-01-15	35	1	37800	0
2026-01-15	35	2	7560	0
2026-01-15	36	0	14400	14400
2026-01-15	37	0	3600	3600
2026-01-15	37	1	46800	46800
2026-01-15	37	2	9360	9360
2026-01-15	38	0	147600	147600
2026-01-15	38	1	5400	5400
2026-01-15	39	0	61200	61200
2026-01-15	42	0	10800	10800
2026-01-15	44	1	1800	0
2026-01-15	46	0	3600	3600
2026-01-15	47	0	14814	14814
2026-01-15	48	1	1080	0
2026-01-15	51	0	144000	144000
2026-01-15	51	1	2880	2880
2026-01-15	52	0	3600	3600
2026-01-15	52	1	6120	6120
2026-01-15	55	0	76014	76014
2026-01-15	56	1	12960	0
2026-01-15	58	0	32400	32400
2026-01-15	61	1	21600	0
2026-01-15	62	0	32400	32400
2026-01-15	63	1	1800	0
2026-01-15	64	0	76014	76014
2026-01-15	70	0	3600	3600
2026-01-15	72	0	3600	3600
2026-01-15	73	0	10800	10800
2026-01-15	75	0	43200	43200
2026-01-15	81	0	3600	3600
2026-01-15	82	1	18360	0
2026-01-15	82	3	1836	0
2026-01-15	83	0	61200	61200
2026-01-15	83	1	5400	5400
2026-01-15	85	0	10800	10800
2026-01-15	86	0	61200	61200
2026-01-15	89	1	7200	0
2026-01-15	91	0	3600	3600
2026-01-15	93	1	1800	0
2026-01-15	96	0	14814	14814
2026-01-15	97	0	10800	10800
2026-01-15	98	0	14400	14400
2026-01-15	99	0	61200	61200
2026-01-15	102	0	14814	14814
2026-01-15	103	0	3600	3600
2026-01-15	108	1	5400	0
2026-01-15	109	0	10800	10800
2026-01-15	110	0	3600	3600
2026-01-15	112	0	14814	14814
2026-01-15	114	0	46800	46800
2026-01-15	116	1	30600	0
2026-01-15	116	2	6120	0
2026-01-15	118	0	61200	61200
2026-01-15	120	0	32400	32400
2026-01-15	122	0	3600	3600
2026-01-15	123	0	3600	3600
2026-01-15	126	0	3600	3600
2026-01-15	127	0	43200	43200
2026-01-15	130	0	25614	25614
2026-01-15	131	0	14814	14814
2026-01-15	134	0	61200	61200
2026-01-15	135	0	32400	32400
2026-01-15	136	0	10800	10800
2026-01-15	138	0	10800	10800
2026-01-15	140	0	3600	3600
2026-01-15	145	0	3600	3600
2026-01-15	146	0	10800	10800
2026-01-15	147	0	3600	3600
2026-01-15	149	0	10800	10800
\.


--
-- Data for Name: day_lines_20260116; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.day_lines_20260116 (settle_date, member_id, kind, entitled_fen, paid_fen) FROM stdin;
2026-01-16	1	0	3600	3600
2026-01-16	1	1	65421	65421
2026-01-16	1	2	34954	34954
2026-01-16	1	3	648	648
2026-01-16	2	0	72000	72000
2026-01-16	2	1	101462	101462
2026-01-16	2	2	24154	24154
2026-01-16	2	3	26306	26306
2026-01-16	3	1	137934	0
2026-01-16	3	2	62805	0
2026-01-16	4	0	79614	79614
2026-01-16	4	1	24244	24244
2026-01-16	4	2	5616	5616
2026-01-16	4	3	1416	1416
2026-01-16	5	0	18000	18000
2026-01-16	5	1	27927	27927
2026-01-16	5	2	12275	12275
2026-01-16	5	3	432	432
2026-01-16	6	0	32400	32400
2026-01-16	6	1	31084	31084
2026-01-16	6	2	3744	3744
2026-01-16	6	3	2388	2388
2026-01-16	7	0	14400	14400
2026-01-16	7	1	101367	101367
2026-01-16	7	2	20699	20699
2026-01-16	7	3	6156	6156
2026-01-16	8	0	18414	18414
2026-01-16	8	1	111488	111488
2026-01-16	8	2	53352	53352
2026-01-16	8	3	888	888
2026-01-16	9	0	158400	158400
2026-01-16	9	1	44222	44222
2026-01-16	9	2	7703	7703
2026-01-16	9	3	5640	5640
2026-01-16	10	0	29628	29628
2026-01-16	10	1	76014	76014
2026-01-16	10	2	41327	41327
2026-01-16	11	0	44028	44028
2026-01-16	11	1	22680	22680
2026-01-16	11	3	2268	2268
2026-01-16	12	1	89640	0
2026-01-16	12	2	19656	0
2026-01-16	12	3	5184	0
2026-01-16	13	0	75600	75600
2026-01-16	13	1	90720	90720
2026-01-16	13	2	44928	44928
2026-01-16	13	3	432	432
2026-01-16	14	0	172800	172800
2026-01-16	14	1	16920	16920
2026-01-16	14	2	3744	3744
2026-01-16	14	3	972	972
2026-01-16	15	0	3600	3600
2026-01-16	15	1	27124	27124
2026-01-16	15	2	8424	8424
2026-01-16	15	3	1092	1092
2026-01-16	16	0	32400	32400
2026-01-16	16	1	39807	39807
2026-01-16	16	2	9467	9467
2026-01-16	16	3	22800	22800
2026-01-16	17	0	25614	25614
2026-01-16	17	1	36000	36000
2026-01-16	17	2	60000	60000
2026-01-16	18	0	72000	72000
2026-01-16	19	1	96120	0
2026-01-16	19	3	11448	0
2026-01-16	20	1	264004	0
2026-01-16	20	2	70200	0
2026-01-16	20	3	9192	0
2026-01-16	21	0	288000	288000
2026-01-16	21	1	143487	143487
2026-01-16	21	2	61282	61282
2026-01-16	22	0	14814	14814
2026-01-16	22	1	138807	138807
2026-01-16	22	2	103815	103815
2026-01-16	23	0	256014	256014
2026-01-16	23	1	25684	25684
2026-01-16	23	2	7200	7200
2026-01-16	23	3	768	768
2026-01-16	24	0	25200	25200
2026-01-16	24	1	17127	17127
2026-01-16	24	2	5122	5122
2026-01-16	24	3	432	432
2026-01-16	25	0	25614	25614
2026-01-16	25	1	8280	8280
2026-01-16	25	2	2880	2880
2026-01-16	25	3	108	108
2026-01-16	26	0	10800	10800
2026-01-16	26	1	55924	55924
2026-01-16	26	2	720	720
2026-01-16	26	3	5412	5412
2026-01-16	27	0	3600	3600
2026-01-16	27	1	112887	112887
2026-01-16	27	2	36082	36082
2026-01-16	27	3	2268	2268
2026-01-16	28	0	158814	158814
2026-01-16	28	1	42120	42120
2026-01-16	28	2	15120	15120
2026-01-16	28	3	432	432
2026-01-16	29	0	75600	75600
2026-01-16	29	1	66724	66724
2026-01-16	29	2	2880	2880
2026-01-16	29	3	8124	8124
2026-01-16	30	0	3600	3600
2026-01-16	30	1	111211	111211
2026-01-16	30	2	48004	48004
2026-01-16	31	0	18414	18414
2026-01-16	31	1	24327	24327
2026-01-16	31	2	6161	6161
2026-01-16	32	0	29214	29214
2026-01-16	32	1	16200	16200
2026-01-16	33	0	32400	32400
2026-01-16	35	1	37800	0
2026-01-16	35	2	7560	0
2026-01-16	36	0	18000	18000
2026-01-16	37	0	3600	3600
2026-01-16	37	1	46800	46800
2026-01-16	37	2	9360	9360
2026-01-16	38	0	147600	147600
2026-01-16	38	1	5400	5400
2026-01-16	39	0	61200	61200
2026-01-16	42	0	10800	10800
2026-01-16	44	1	1800	0
2026-01-16	46	0	3600	3600
2026-01-16	47	0	14814	14814
2026-01-16	48	1	4320	0
2026-01-16	49	1	7407	0
2026-01-16	51	0	144000	144000
2026-01-16	51	1	2880	2880
2026-01-16	52	0	3600	3600
2026-01-16	52	1	6120	6120
2026-01-16	55	0	79614	79614
2026-01-16	56	1	12960	0
2026-01-16	58	0	32400	32400
2026-01-16	58	1	30600	30600
2026-01-16	58	2	6120	6120
2026-01-16	61	1	21600	0
2026-01-16	62	0	32400	32400
2026-01-16	63	1	7200	0
2026-01-16	64	0	76014	76014
2026-01-16	68	0	61200	61200
2026-01-16	70	0	3600	3600
2026-01-16	72	0	3600	3600
2026-01-16	73	0	10800	10800
2026-01-16	75	0	43200	43200
2026-01-16	81	0	3600	3600
2026-01-16	82	1	18360	0
2026-01-16	82	3	1836	0
2026-01-16	83	0	61200	61200
2026-01-16	83	1	5400	5400
2026-01-16	85	0	10800	10800
2026-01-16	86	0	61200	61200
2026-01-16	89	1	7200	0
2026-01-16	91	0	3600	3600
2026-01-16	93	1	1800	0
2026-01-16	94	0	14814	14814
2026-01-16	96	0	14814	14814
2026-01-16	97	0	10800	10800
2026-01-16	98	0	14400	14400
2026-01-16	99	0	61200	61200
2026-01-16	102	0	14814	14814
2026-01-16	103	0	3600	3600
2026-01-16	108	1	5400	0
2026-01-16	109	0	10800	10800
2026-01-16	110	0	3600	3600
2026-01-16	112	0	14814	14814
2026-01-16	114	0	46800	46800
2026-01-16	116	1	30600	0
2026-01-16	116	2	6120	0
2026-01-16	118	0	61200	61200
2026-01-16	120	0	32400	32400
2026-01-16	122	0	14400	14400
2026-01-16	123	0	3600	3600
2026-01-16	126	0	3600	3600
2026-01-16	127	0	43200	43200
2026-01-16	130	0	25614	25614
2026-01-16	131	0	25614	25614
2026-01-16	134	0	61200	61200
2026-01-16	135	0	32400	32400
2026-01-16	136	0	10800	10800
2026-01-16	138	0	10800	10800
2026-01-16	140	0	3600	3600
2026-01-16	141	0	3600	3600
2026-01-16	145	0	3600	3600
2026-01-16	146	0	10800	10800
2026-01-16	147	0	3600	3600
2026-01-16	149	0	10800	10800
\.


--
-- Data for Name: day_lines_20260117; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.day_lines_20260117 (settle_date, member_id, kind, entitled_fen, paid_fen) FROM stdin;
2026-01-17	1	0	3600	3600
2026-01-17	1	1	67221	67221
2026-01-17	1	2	35890	35890
2026-01-17	1	3	648	648
2026-01-17	2	0	72000	72000
2026-01-17	2	1	101462	101462
2026-01-17	2	2	24154	24154
2026-01-17	2	3	26858	26858
2026-01-17	3	1	137934	0
2026-01-17	3	2	58485	0
2026-01-17	4	0	79614	79614
2026-01-17	4	1	24244	24244
2026-01-17	4	2	5616	5616
2026-01-17	4	3	1416	1416
2026-01-17	5	0	18000	18000
2026-01-17	5	1	27927	27927
2026-01-17	5	2	12275	12275
2026-01-17	5	3	432	432
2026-01-17	6	0	32400	32400
2026-01-17	6	1	32164	32164
2026-01-17	6	2	3744	3744
2026-01-17	6	3	2496	2496
2026-01-17	7	0	14400	14400
2026-01-17	7	1	103167	103167
2026-01-17	7	2	21635	21635
2026-01-17	7	3	6156	6156
2026-01-17	8	0	22014	22014
2026-01-17	8	1	115932	115932
2026-01-17	8	2	53352	53352
2026-01-17	8	3	1333	1333
2026-01-17	9	0	158400	158400
2026-01-17	9	1	56073	56073
2026-01-17	9	2	11554	11554
2026-01-17	9	3	6085	6085
2026-01-17	10	0	44442	44442
2026-01-17	10	1	83421	83421
2026-01-17	10	2	45178	45178
2026-01-17	11	0	44028	44028
2026-01-17	11	1	22680	22680
2026-01-17	11	3	2268	2268
2026-01-17	12	1	90720	0
2026-01-17	12	2	19656	0
2026-01-17	12	3	5292	0
2026-01-17	13	0	75600	75600
2026-01-17	13	1	95760	95760
2026-01-17	13	2	45864	45864
2026-01-17	13	3	756	756
2026-01-17	14	0	176400	176400
2026-01-17	14	1	22320	22320
2026-01-17	14	2	6552	6552
2026-01-17	14	3	972	972
2026-01-17	15	0	14400	14400
2026-01-17	15	1	27124	27124
2026-01-17	15	2	8424	8424
2026-01-17	15	3	1092	1092
2026-01-17	16	0	32400	32400
2026-01-17	16	1	39807	39807
2026-01-17	16	2	9467	9467
2026-01-17	16	3	22908	22908
2026-01-17	17	0	25614	25614
2026-01-17	17	1	36000	36000
2026-01-17	17	2	60216	60216
2026-01-17	18	0	72000	72000
2026-01-17	19	1	96120	0
2026-01-17	19	3	11448	0
2026-01-17	20	1	264004	0
2026-01-17	20	2	70200	0
2026-01-17	20	3	9300	0
2026-01-17	21	0	288000	288000
2026-01-17	21	1	143487	143487
2026-01-17	21	2	62002	62002
2026-01-17	22	0	14814	14814
2026-01-17	22	1	138807	138807
2026-01-17	22	2	104919	104919
2026-01-17	23	0	256014	256014
2026-01-17	23	1	25684	25684
2026-01-17	23	2	7200	7200
2026-01-17	23	3	768	768
2026-01-17	24	0	25200	25200
2026-01-17	24	1	17127	17127
2026-01-17	24	2	5122	5122
2026-01-17	24	3	432	432
2026-01-17	25	0	25614	25614
2026-01-17	25	1	8280	8280
2026-01-17	25	2	2880	2880
2026-01-17	25	3	108	108
2026-01-17	26	0	10800	10800
2026-01-17	26	1	55924	55924
2026-01-17	26	2	720	720
2026-01-17	26	3	5412	5412
2026-01-17	27	0	3600	3600
2026-01-17	27	1	112887	112887
2026-01-17	27	2	36082	36082
2026-01-17	27	3	2268	2268
2026-01-17	28	0	158814	158814
2026-01-17	28	1	46564	46564
2026-01-17	28	2	15120	15120
2026-01-17	28	3	876	876
2026-01-17	29	0	75600	75600
2026-01-17	29	1	74131	74131
2026-01-17	29	2	5842	5842
2026-01-17	29	3	8232	8232
2026-01-17	30	0	18414	18414
2026-01-17	30	1	111211	111211
2026-01-17	30	2	48364	48364
2026-01-17	31	0	18414	18414
2026-01-17	31	1	25407	25407
2026-01-17	31	2	6521	6521
2026-01-17	32	0	29214	29214
2026-01-17	32	1	18000	18000
2026-01-17	33	0	36000	36000
2026-01-17	35	1	37800	0
2026-01-17	35	2	7560	0
2026-01-17	36	0	18000	18000
2026-01-17	37	0	3600	3600
2026-01-17	37	1	46800	46800
2026-01-17	37	2	9360	9360
2026-01-17	38	0	147600	147600
2026-01-17	38	1	5400	5400
2026-01-17	39	0	61200	61200
2026-01-17	42	0	10800	10800
2026-01-17	44	1	1800	0
2026-01-17	46	0	3600	3600
2026-01-17	47	0	14814	14814
2026-01-17	48	1	4320	0
2026-01-17	49	1	7407	0
2026-01-17	51	0	144000	144000
2026-01-17	51	1	2880	2880
2026-01-17	52	0	3600	3600
2026-01-17	52	1	7200	7200
2026-01-17	55	0	79614	79614
2026-01-17	56	1	12960	0
2026-01-17	56	3	1296	0
2026-01-17	58	0	32400	32400
2026-01-17	58	1	30600	30600
2026-01-17	58	2	6120	6120
2026-01-17	61	1	21600	0
2026-01-17	61	2	4320	0
2026-01-17	62	0	32400	32400
2026-01-17	63	1	7200	0
2026-01-17	64	0	76014	76014
2026-01-17	68	0	61200	61200
2026-01-17	70	0	3600	3600
2026-01-17	72	0	3600	3600
2026-01-17	73	0	10800	10800
2026-01-17	75	0	43200	43200
2026-01-17	81	0	3600	3600
2026-01-17	82	1	18360	0
2026-01-17	82	3	1836	0
2026-01-17	83	0	61200	61200
2026-01-17	83	1	5400	5400
2026-01-17	85	0	10800	10800
2026-01-17	86	0	61200	61200
2026-01-17	89	1	9000	0
2026-01-17	91	0	3600	3600
2026-01-17	93	1	1800	0
2026-01-17	94	0	14814	14814
2026-01-17	96	0	14814	14814
2026-01-17	97	0	10800	10800
2026-01-17	98	0	18000	18000
2026-01-17	99	0	61200	61200
2026-01-17	102	0	14814	14814
2026-01-17	103	0	3600	3600
2026-01-17	107	0	3600	3600
2026-01-17	108	1	5400	0
2026-01-17	109	0	10800	10800
2026-01-17	110	0	3600	3600
2026-01-17	112	0	14814	14814
2026-01-17	114	0	46800	46800
2026-01-17	116	1	30600	0
2026-01-17	116	2	6120	0
2026-01-17	118	0	61200	61200
2026-01-17	120	0	32400	32400
2026-01-17	122	0	14400	14400
2026-01-17	123	0	3600	3600
2026-01-17	126	0	3600	3600
2026-01-17	127	0	58014	58014
2026-01-17	130	0	25614	25614
2026-01-17	131	0	25614	25614
2026-01-17	134	0	61200	61200
2026-01-17	135	0	32400	32400
2026-01-17	136	0	10800	10800
2026-01-17	138	0	10800	10800
2026-01-17	140	0	3600	3600
2026-01-17	141	0	3600	3600
2026-01-17	145	0	3600	3600
2026-01-17	146	0	10800	10800
2026-01-17	147	0	3600	3600
2026-01-17	149	0	10800	10800
\.


--
-- Data for Name: day_lines_20260118; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.day_lines_20260118 (settle_date, member_id, kind, entitled_fen, paid_fen) FROM stdin;
2026-01-18	1	0	3600	3600
2026-01-18	1	1	68301	68301
2026-01-18	1	2	158397	158397
2026-01-18	2	0	72000	72000
2026-01-18	2	1	101462	101462
2026-01-18	2	2	24154	24154
2026-01-18	2	3	7680	7680
2026-01-18	3	1	188748	0
2026-01-18	3	2	84931	0
2026-01-18	4	0	79614	79614
2026-01-18	4	1	24244	24244
2026-01-18	4	2	5616	5616
2026-01-18	4	3	1416	1416
2026-01-18	5	0	18000	18000
2026-01-18	5	1	27927	27927
2026-01-18	5	2	12275	12275
2026-01-18	5	3	432	432
2026-01-18	6	0	32400	32400
2026-01-18	6	1	32164	32164
2026-01-18	6	2	3744	3744
2026-01-18	6	3	2496	2496
2026-01-18	7	0	14400	14400
2026-01-18	7	1	103167	103167
2026-01-18	7	2	21635	21635
2026-01-18	7	3	6156	6156
2026-01-18	8	0	22014	22014
2026-01-18	8	1	115932	115932
2026-01-18	8	2	53352	53352
2026-01-18	8	3	1333	1333
2026-01-18	9	0	158400	158400
2026-01-18	9	1	56073	56073
2026-01-18	9	2	11554	11554
2026-01-18	9	3	6085	6085
2026-01-18	10	0	44442	44442
2026-01-18	10	1	83421	83421
2026-01-18	10	2	45178	45178
2026-01-18	11	0	44028	44028
2026-01-18	11	1	22680	22680
2026-01-18	11	3	2268	2268
2026-01-18	12	1	137160	0
2026-01-18	12	2	19656	0
2026-01-18	12	3	9936	0
2026-01-18	13	0	75600	75600
2026-01-18	13	1	173160	173160
2026-01-18	13	2	86112	86112
2026-01-18	13	3	756	756
2026-01-18	14	0	331200	331200
2026-01-18	14	1	22320	22320
2026-01-18	14	2	6552	6552
2026-01-18	14	3	972	972
2026-01-18	15	0	14400	14400
2026-01-18	15	1	27124	27124
2026-01-18	15	2	8424	8424
2026-01-18	15	3	1092	1092
2026-01-18	16	0	32400	32400
2026-01-18	16	1	43047	43047
2026-01-18	16	2	9467	9467
2026-01-18	16	3	2484	2484
2026-01-18	17	0	25614	25614
2026-01-18	17	1	41400	41400
2026-01-18	17	2	21528	21528
2026-01-18	18	0	82800	82800
2026-01-18	19	1	96120	0
2026-01-18	19	3	20640	0
2026-01-18	20	1	262924	0
2026-01-18	20	2	111480	0
2026-01-18	21	0	288000	288000
2026-01-18	21	1	141687	141687
2026-01-18	21	2	61282	61282
2026-01-18	22	0	14814	14814
2026-01-18	22	1	138807	138807
2026-01-18	22	2	66563	66563
2026-01-18	22	3	19610	19610
2026-01-18	23	0	256014	256014
2026-01-18	23	1	25684	25684
2026-01-18	23	2	46420	46420
2026-01-18	24	0	25200	25200
2026-01-18	24	1	17127	17127
2026-01-18	24	2	5122	5122
2026-01-18	24	3	432	432
2026-01-18	25	0	25614	25614
2026-01-18	25	1	12600	12600
2026-01-18	25	2	2880	2880
2026-01-18	25	3	540	540
2026-01-18	26	0	10800	10800
2026-01-18	26	1	63124	63124
2026-01-18	26	2	3600	3600
2026-01-18	26	3	5412	5412
2026-01-18	27	0	14400	14400
2026-01-18	27	1	112887	112887
2026-01-18	27	2	36082	36082
2026-01-18	27	3	2268	2268
2026-01-18	28	0	158814	158814
2026-01-18	28	1	46564	46564
2026-01-18	28	2	15120	15120
2026-01-18	28	3	876	876
2026-01-18	29	0	75600	75600
2026-01-18	29	1	74131	74131
2026-01-18	29	2	5842	5842
2026-01-18	29	3	8232	8232
2026-01-18	30	0	18414	18414
2026-01-18	30	1	111211	111211
2026-01-18	30	2	48364	48364
2026-01-18	31	0	18414	18414
2026-01-18	31	1	25407	25407
2026-01-18	31	2	6521	6521
2026-01-18	32	0	29214	29214
2026-01-18	32	1	18000	18000
2026-01-18	33	0	36000	36000
2026-01-18	35	1	37800	0
2026-01-18	35	2	7560	0
2026-01-18	36	0	18000	18000
2026-01-18	37	0	64800	64800
2026-01-18	37	1	46800	46800
2026-01-18	37	2	9360	9360
2026-01-18	38	0	147600	147600
2026-01-18	38	1	5400	5400
2026-01-18	39	0	61200	61200
2026-01-18	42	0	10800	10800
2026-01-18	44	1	1800	0
2026-01-18	46	0	3600	3600
2026-01-18	47	0	14814	14814
2026-01-18	48	1	4320	0
2026-01-18	49	1	7407	0
2026-01-18	50	0	3600	3600
2026-01-18	51	0	144000	144000
2026-01-18	51	1	2880	2880
2026-01-18	52	0	3600	3600
2026-01-18	52	1	7200	7200
2026-01-18	55	0	76014	76014
2026-01-18	56	0	14814	14814
2026-01-18	56	1	12960	12960
2026-01-18	56	3	1296	1296
2026-01-18	58	0	32400	32400
2026-01-18	58	1	30600	30600
2026-01-18	58	2	6120	6120
2026-01-18	61	1	39960	0
2026-01-18	61	2	4320	0
2026-01-18	61	3	1836	0
2026-01-18	62	0	32400	32400
2026-01-18	63	1	7200	0
2026-01-18	64	0	76014	76014
2026-01-18	68	0	61200	61200
2026-01-18	70	0	3600	3600
2026-01-18	72	0	3600	3600
2026-01-18	73	0	10800	10800
2026-01-18	75	0	43200	43200
2026-01-18	75	1	30600	30600
2026-01-18	75	2	6120	6120
2026-01-18	80	0	3600	3600
2026-01-18	81	0	3600	3600
2026-01-18	82	1	18360	0
2026-01-18	82	3	1836	0
2026-01-18	83	0	61200	61200
2026-01-18	83	1	5400	5400
2026-01-18	85	0	10800	10800
2026-01-18	86	0	61200	61200
2026-01-18	87	0	61200	61200
2026-01-18	89	1	9000	0
2026-01-18	91	0	3600	3600
2026-01-18	93	1	1800	0
2026-01-18	94	0	14814	14814
2026-01-18	96	0	14814	14814
2026-01-18	97	0	10800	10800
2026-01-18	98	0	18000	18000
2026-01-18	99	0	61200	61200
2026-01-18	102	0	14814	14814
2026-01-18	103	0	3600	3600
2026-01-18	107	0	3600	3600
2026-01-18	108	1	5400	0
2026-01-18	109	0	10800	10800
2026-01-18	110	0	3600	3600
2026-01-18	112	0	14814	14814
2026-01-18	113	1	1800	0
2026-01-18	113	2	360	0
2026-01-18	114	0	46800	46800
2026-01-18	116	1	30600	0
2026-01-18	116	2	6120	0
2026-01-18	118	0	61200	61200
2026-01-18	120	0	32400	32400
2026-01-18	122	0	14400	14400
2026-01-18	123	0	3600	3600
2026-01-18	126	0	3600	3600
2026-01-18	127	0	58014	58014
2026-01-18	130	0	25614	25614
2026-01-18	131	0	25614	25614
2026-01-18	134	0	61200	61200
2026-01-18	135	0	32400	32400
2026-01-18	136	0	10800	10800
2026-01-18	138	0	10800	10800
2026-01-18	140	0	3600	3600
2026-01-18	141	0	3600	3600
2026-01-18	144	0	3600	3600
2026-01-18	145	0	18414	18414
2026-01-18	146	0	10800	10800
2026-01-18	147	0	3600	3600
2026-01-18	149	0	10800	10800
2026-01-18	150	0	10800	10800
\.


--
-- Data for Name: day_lines_20260119; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.day_lines_20260119 (settle_date, member_id, kind, entitled_fen, paid_fen) FROM stdin;
2026-01-19	1	0	3600	3600
2026-01-19	1	1	111501	111501
2026-01-19	1	2	202605	192621
2026-01-19	2	0	72000	72000
2026-01-19	2	1	106862	106862
2026-01-19	2	2	26962	26962
2026-01-19	2	3	7680	7680
2026-01-19	3	1	188748	0
2026-01-19	3	2	84931	0
2026-01-19	4	0	79614	79614
2026-01-19	4	1	24244	24244
2026-01-19	4	2	5616	5616
2026-01-19	4	3	1416	1416
2026-01-19	5	0	18000	18000
2026-01-19	5	1	27927	27927
2026-01-19	5	2	12275	12275
2026-01-19	5	3	432	432
2026-01-19	6	0	32400	32400
2026-01-19	6	1	32164	32164
2026-01-19	6	2	3744	3744
2026-01-19	6	3	2496	2496
2026-01-19	7	0	14400	14400
2026-01-19	7	1	103167	103167
2026-01-19	7	2	21635	21635
2026-01-19	7	3	6156	6156
2026-01-19	8	0	22014	22014
2026-01-19	8	1	115932	115932
2026-01-19	8	2	53352	53352
2026-01-19	8	3	1333	1333
2026-01-19	9	0	158400	158400
2026-01-19	9	1	56073	56073
2026-01-19	9	2	11554	11554
2026-01-19	9	3	6085	6085
2026-01-19	10	0	44442	44442
2026-01-19	10	1	83421	83421
2026-01-19	10	2	45178	45178
2026-01-19	11	0	44028	44028
2026-01-19	11	1	22680	22680
2026-01-19	11	3	2268	2268
2026-01-19	12	1	137160	0
2026-01-19	12	2	19656	0
2026-01-19	12	3	9936	0
2026-01-19	13	0	75600	75600
2026-01-19	13	1	191520	191520
2026-01-19	13	2	86112	86112
2026-01-19	13	3	2592	2592
2026-01-19	14	0	331200	331200
2026-01-19	14	1	52920	52920
2026-01-19	14	2	22464	22464
2026-01-19	14	3	972	972
2026-01-19	15	0	75600	75600
2026-01-19	15	1	27124	27124
2026-01-19	15	2	8424	8424
2026-01-19	15	3	1092	1092
2026-01-19	16	0	32400	32400
2026-01-19	16	1	43047	43047
2026-01-19	16	2	9467	9467
2026-01-19	16	3	2484	2484
2026-01-19	17	0	25614	25614
2026-01-19	17	1	41400	41400
2026-01-19	17	2	21528	21528
2026-01-19	18	0	82800	82800
2026-01-19	19	1	96120	0
2026-01-19	19	3	25068	0
2026-01-19	20	1	307204	0
2026-01-19	20	2	120696	0
2026-01-19	21	0	288000	288000
2026-01-19	21	1	213687	213687
2026-01-19	21	2	90082	90082
2026-01-19	22	0	14814	14814
2026-01-19	22	1	138807	138807
2026-01-19	22	2	66563	66563
2026-01-19	22	3	1080	1080
2026-01-19	23	0	256014	256014
2026-01-19	23	1	25684	25684
2026-01-19	23	2	9360	9360
2026-01-19	23	3	768	768
2026-01-19	24	0	25200	25200
2026-01-19	24	1	17127	17127
2026-01-19	24	2	6659	6659
2026-01-19	24	3	432	432
2026-01-19	25	0	25614	25614
2026-01-19	25	1	12600	12600
2026-01-19	25	2	3744	3744
2026-01-19	25	3	19165	19165
2026-01-19	26	0	10800	10800
2026-01-19	26	1	81484	81484
2026-01-19	26	2	41931	41931
2026-01-19	27	0	14400	14400
2026-01-19	27	1	143487	143487
2026-01-19	27	2	48322	48322
2026-01-19	27	3	2268	2268
2026-01-19	28	0	220014	220014
2026-01-19	28	1	46564	46564
2026-01-19	28	2	15120	15120
2026-01-19	28	3	876	876
2026-01-19	29	0	75600	75600
2026-01-19	29	1	74131	74131
2026-01-19	29	2	5842	5842
2026-01-19	29	3	8232	8232
2026-01-19	30	0	18414	18414
2026-01-19	30	1	111211	111211
2026-01-19	30	2	48364	48364
2026-01-19	31	0	18414	18414
2026-01-19	31	1	25407	25407
2026-01-19	31	2	6521	6521
2026-01-19	32	0	29214	29214
2026-01-19	32	1	18000	18000
2026-01-19	33	0	36000	36000
2026-01-19	35	1	37800	0
2026-01-19	35	2	7560	0
2026-01-19	36	0	18000	18000
2026-01-19	37	0	64800	64800
2026-01-19	37	1	46800	46800
2026-01-19	37	2	9360	9360
2026-01-19	38	0	147600	147600
2026-01-19	38	1	5400	5400
2026-01-19	39	0	61200	61200
2026-01-19	42	0	10800	10800
2026-01-19	44	1	1800	0
2026-01-19	46	0	3600	3600
2026-01-19	47	0	14814	14814
2026-01-19	48	1	4320	0
2026-01-19	49	1	7407	0
2026-01-19	51	0	144000	144000
2026-01-19	51	1	2880	2880
2026-01-19	52	0	3600	3600
2026-01-19	52	1	7200	7200
2026-01-19	55	0	220014	220014
2026-01-19	56	0	14814	14814
2026-01-19	56	1	12960	12960
2026-01-19	56	3	1296	1296
2026-01-19	58	0	32400	32400
2026-01-19	58	1	32400	32400
2026-01-19	58	2	6480	6480
2026-01-19	61	1	39960	0
2026-01-19	61	2	4320	0
2026-01-19	61	3	1836	0
2026-01-19	62	0	32400	32400
2026-01-19	63	1	7200	0
2026-01-19	64	0	76014	76014
2026-01-19	68	0	64800	64800
2026-01-19	70	0	3600	3600
2026-01-19	72	0	3600	3600
2026-01-19	73	0	10800	10800
2026-01-19	75	0	43200	43200
2026-01-19	75	1	30600	30600
2026-01-19	75	2	6120	6120
2026-01-19	80	0	3600	3600
2026-01-19	81	0	3600	3600
2026-01-19	82	1	18360	0
2026-01-19	82	3	1836	0
2026-01-19	83	0	61200	61200
2026-01-19	83	1	5400	5400
2026-01-19	85	0	10800	10800
2026-01-19	86	0	61200	61200
2026-01-19	87	0	61200	61200
2026-01-19	89	1	9000	0
2026-01-19	91	0	3600	3600
2026-01-19	93	1	1800	0
2026-01-19	94	0	14814	14814
2026-01-19	96	0	14814	14814
2026-01-19	97	0	10800	10800
2026-01-19	98	0	18000	18000
2026-01-19	99	0	61200	61200
2026-01-19	102	0	14814	14814
2026-01-19	103	0	3600	3600
2026-01-19	107	0	3600	3600
2026-01-19	108	1	5400	0
2026-01-19	109	0	10800	10800
2026-01-19	110	0	3600	3600
2026-01-19	112	0	14814	14814
2026-01-19	113	1	73800	0
2026-01-19	113	2	14760	0
2026-01-19	114	0	46800	46800
2026-01-19	116	1	30600	0
2026-01-19	116	2	6120	0
2026-01-19	118	0	61200	61200
2026-01-19	120	0	32400	32400
2026-01-19	122	0	14400	14400
2026-01-19	123	0	3600	3600
2026-01-19	126	0	3600	3600
2026-01-19	127	0	58014	58014
2026-01-19	130	0	25614	25614
2026-01-19	131	0	36414	36414
2026-01-19	134	0	61200	61200
2026-01-19	135	0	32400	32400
2026-01-19	136	0	10800	10800
2026-01-19	138	0	10800	10800
2026-01-19	140	0	3600	3600
2026-01-19	141	0	3600	3600
2026-01-19	144	0	147600	147600
2026-01-19	145	0	18414	18414
2026-01-19	146	0	10800	10800
2026-01-19	147	0	3600	3600
2026-01-19	149	0	10800	10800
2026-01-19	150	0	10800	10800
\.


--
-- Data for Name: day_lines_20260120; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.day_lines_20260120 (settle_date, member_id, kind, entitled_fen, paid_fen) FROM stdin;
2026-01-20	1	1	118908	0
2026-01-20	1	2	203242	0
2026-01-20	2	0	72000	72000
2026-01-20	2	1	106862	106862
2026-01-20	2	2	26962	26962
2026-01-20	2	3	7680	7680
2026-01-20	3	1	190548	0
2026-01-20	3	2	85651	0
2026-01-20	4	0	79614	79614
2026-01-20	4	1	24244	24244
2026-01-20	4	2	5616	5616
2026-01-20	4	3	1416	1416
2026-01-20	5	0	18000	18000
2026-01-20	5	1	27927	27927
2026-01-20	5	2	12275	12275
2026-01-20	5	3	432	432
2026-01-20	6	0	32400	32400
2026-01-20	6	1	32164	32164
2026-01-20	6	2	3744	3744
2026-01-20	6	3	2496	2496
2026-01-20	7	0	14400	14400
2026-01-20	7	1	121527	121527
2026-01-20	7	2	21635	21635
2026-01-20	7	3	7992	7992
2026-01-20	8	0	22014	22014
2026-01-20	8	1	142088	142088
2026-01-20	8	2	69264	69264
2026-01-20	8	3	888	888
2026-01-20	9	0	219600	219600
2026-01-20	9	1	48666	48666
2026-01-20	9	2	7703	7703
2026-01-20	9	3	6085	6085
2026-01-20	10	0	29628	29628
2026-01-20	10	1	86661	86661
2026-01-20	10	2	45178	45178
2026-01-20	10	3	324	324
2026-01-20	11	0	44028	44028
2026-01-20	11	1	28080	28080
2026-01-20	11	2	2808	2808
2026-01-20	11	3	2268	2268
2026-01-20	12	1	93960	0
2026-01-20	12	2	19656	0
2026-01-20	12	3	5616	0
2026-01-20	13	0	75600	75600
2026-01-20	13	1	119520	119520
2026-01-20	13	2	48672	48672
2026-01-20	13	3	2592	2592
2026-01-20	14	0	187200	187200
2026-01-20	14	1	52920	52920
2026-01-20	14	2	22464	22464
2026-01-20	14	3	972	972
2026-01-20	15	0	75600	75600
2026-01-20	15	1	27124	27124
2026-01-20	15	2	8424	8424
2026-01-20	15	3	1092	1092
2026-01-20	16	0	32400	32400
2026-01-20	16	1	43047	43047
2026-01-20	16	2	9467	9467
2026-01-20	16	3	2484	2484
2026-01-20	17	0	25614	25614
2026-01-20	17	1	41400	41400
2026-01-20	17	2	21528	21528
2026-01-20	18	0	82800	82800
2026-01-20	19	1	96120	0
2026-01-20	19	3	25620	0
2026-01-20	20	1	312728	0
2026-01-20	20	2	121801	0
2026-01-20	21	0	288000	288000
2026-01-20	21	1	222894	222894
2026-01-20	21	2	93765	93765
2026-01-20	22	0	14814	14814
2026-01-20	22	1	138807	138807
2026-01-20	22	2	66563	66563
2026-01-20	22	3	1080	1080
2026-01-20	23	0	256014	256014
2026-01-20	23	1	25684	25684
2026-01-20	23	2	9360	9360
2026-01-20	23	3	768	768
2026-01-20	24	0	25200	25200
2026-01-20	24	1	17127	17127
2026-01-20	24	2	6659	6659
2026-01-20	24	3	432	432
2026-01-20	25	0	25614	25614
2026-01-20	25	1	17044	17044
2026-01-20	25	2	3744	3744
2026-01-20	25	3	984	984
2026-01-20	26	0	10800	10800
2026-01-20	26	1	88891	88891
2026-01-20	26	2	8531	8531
2026-01-20	26	3	20569	20569
2026-01-20	27	0	29214	29214
2026-01-20	27	1	143487	143487
2026-01-20	27	2	89462	89462
2026-01-20	28	0	220014	220014
2026-01-20	28	1	64924	64924
2026-01-20	28	2	15120	15120
2026-01-20	28	3	2712	2712
2026-01-20	29	0	75600	75600
2026-01-20	29	1	105811	105811
2026-01-20	29	2	18082	18082
2026-01-20	29	3	8340	8340
2026-01-20	30	0	18414	18414
2026-01-20	30	1	113011	113011
2026-01-20	30	2	49084	49084
2026-01-20	31	0	18414	18414
2026-01-20	31	1	25407	25407
2026-01-20	31	2	6521	6521
2026-01-20	32	0	29214	29214
2026-01-20	32	1	18000	18000
2026-01-20	33	0	36000	36000
2026-01-20	34	0	10800	10800
2026-01-20	35	1	37800	0
2026-01-20	35	2	7560	0
2026-01-20	36	0	18000	18000
2026-01-20	37	0	64800	64800
2026-01-20	37	1	46800	46800
2026-01-20	37	2	9360	9360
2026-01-20	38	0	147600	147600
2026-01-20	38	1	5400	5400
2026-01-20	39	0	61200	61200
2026-01-20	42	0	10800	10800
2026-01-20	44	1	1800	0
2026-01-20	46	0	3600	3600
2026-01-20	47	0	14814	14814
2026-01-20	48	0	14814	14814
2026-01-20	48	1	4320	4320
2026-01-20	49	1	7407	0
2026-01-20	51	0	144000	144000
2026-01-20	51	1	2880	2880
2026-01-20	52	0	3600	3600
2026-01-20	52	1	7200	7200
2026-01-20	55	0	223614	223614
2026-01-20	56	0	14814	14814
2026-01-20	56	1	12960	12960
2026-01-20	56	3	1296	1296
2026-01-20	58	0	32400	32400
2026-01-20	58	1	32400	32400
2026-01-20	58	2	6480	6480
2026-01-20	61	1	39960	0
2026-01-20	61	2	4320	0
2026-01-20	61	3	1836	0
2026-01-20	62	0	36000	36000
2026-01-20	63	1	7200	0
2026-01-20	64	0	76014	76014
2026-01-20	68	0	64800	64800
2026-01-20	70	0	3600	3600
2026-01-20	71	0	61200	61200
2026-01-20	72	0	3600	3600
2026-01-20	73	0	10800	10800
2026-01-20	75	0	43200	43200
2026-01-20	75	1	30600	30600
2026-01-20	75	2	6120	6120
2026-01-20	80	0	3600	3600
2026-01-20	81	0	3600	3600
2026-01-20	82	1	18360	0
2026-01-20	82	3	1836	0
2026-01-20	83	0	61200	61200
2026-01-20	83	1	5400	5400
2026-01-20	85	0	10800	10800
2026-01-20	86	0	61200	61200
2026-01-20	87	0	61200	61200
2026-01-20	89	1	9000	0
2026-01-20	91	0	3600	3600
2026-01-20	93	1	1800	0
2026-01-20	94	0	14814	14814
2026-01-20	96	0	14814	14814
2026-01-20	97	0	10800	10800
2026-01-20	98	0	18000	18000
2026-01-20	99	0	61200	61200
2026-01-20	102	0	14814	14814
2026-01-20	103	0	3600	3600
2026-01-20	107	0	3600	3600
2026-01-20	108	1	5400	0
2026-01-20	109	0	10800	10800
2026-01-20	110	0	3600	3600
2026-01-20	112	0	29628	29628
2026-01-20	113	1	73800	0
2026-01-20	113	2	14760	0
2026-01-20	114	0	46800	46800
2026-01-20	116	1	30600	0
2026-01-20	116	2	6120	0
2026-01-20	118	0	61200	61200
2026-01-20	120	0	32400	32400
2026-01-20	122	0	14400	14400
2026-01-20	123	0	3600	3600
2026-01-20	126	0	3600	3600
2026-01-20	127	0	58014	58014
2026-01-20	129	0	3600	3600
2026-01-20	130	0	25614	25614
2026-01-20	131	0	36414	36414
2026-01-20	134	0	61200	61200
2026-01-20	135	0	32400	32400
2026-01-20	136	0	10800	10800
2026-01-20	138	0	10800	10800
2026-01-20	140	0	3600	3600
2026-01-20	141	0	3600	3600
2026-01-20	143	0	14814	14814
2026-01-20	144	0	147600	147600
2026-01-20	145	0	18414	18414
2026-01-20	146	0	10800	10800
2026-01-20	147	0	3600	3600
2026-01-20	149	0	10800	10800
2026-01-20	150	0	10800	10800
\.


--
-- Data for Name: day_lines_20260121; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.day_lines_20260121 (settle_date, member_id, kind, entitled_fen, paid_fen) FROM stdin;
2026-01-21	1	1	126315	0
2026-01-21	1	2	213191	0
2026-01-21	2	0	72000	72000
2026-01-21	2	1	106862	106862
2026-01-21	2	2	26962	26962
2026-01-21	2	3	7680	7680
2026-01-21	3	1	192348	0
2026-01-21	3	2	86371	0
2026-01-21	4	0	79614	79614
2026-01-21	4	1	24244	24244
2026-01-21	4	2	5616	5616
2026-01-21	4	3	1416	1416
2026-01-21	5	0	18000	18000
2026-01-21	5	1	27927	27927
2026-01-21	5	2	12275	12275
2026-01-21	5	3	432	432
2026-01-21	6	0	32400	32400
2026-01-21	6	1	32164	32164
2026-01-21	6	2	3744	3744
2026-01-21	6	3	2496	2496
2026-01-21	7	0	14400	14400
2026-01-21	7	1	139887	139887
2026-01-21	7	2	21635	21635
2026-01-21	7	3	9828	9828
2026-01-21	8	0	22014	22014
2026-01-21	8	1	172688	172688
2026-01-21	8	2	85176	85176
2026-01-21	8	3	888	888
2026-01-21	9	0	280800	280800
2026-01-21	9	1	48666	48666
2026-01-21	9	2	7703	7703
2026-01-21	9	3	6085	6085
2026-01-21	10	0	29628	29628
2026-01-21	10	1	89901	89901
2026-01-21	10	2	45178	45178
2026-01-21	10	3	648	648
2026-01-21	11	0	44028	44028
2026-01-21	11	1	33480	33480
2026-01-21	11	2	5616	5616
2026-01-21	11	3	2268	2268
2026-01-21	12	0	10800	10800
2026-01-21	12	1	93960	93960
2026-01-21	12	2	19656	19656
2026-01-21	12	3	5616	5616
2026-01-21	13	0	75600	75600
2026-01-21	13	1	119520	119520
2026-01-21	13	2	48672	48672
2026-01-21	13	3	2592	2592
2026-01-21	14	0	187200	187200
2026-01-21	14	1	52920	52920
2026-01-21	14	2	22464	22464
2026-01-21	14	3	972	972
2026-01-21	15	0	75600	75600
2026-01-21	15	1	27124	27124
2026-01-21	15	2	8424	8424
2026-01-21	15	3	1092	1092
2026-01-21	16	0	32400	32400
2026-01-21	16	1	43047	43047
2026-01-21	16	2	9467	9467
2026-01-21	16	3	2484	2484
2026-01-21	17	0	25614	25614
2026-01-21	17	1	41400	41400
2026-01-21	17	2	21528	21528
2026-01-21	18	0	82800	82800
2026-01-21	19	1	100564	0
2026-01-21	19	3	26065	0
2026-01-21	20	1	320135	0
2026-01-21	20	2	125653	0
2026-01-21	21	0	302814	302814
2026-01-21	21	1	222894	222894
2026-01-21	21	2	93765	93765
2026-01-21	22	0	14814	14814
2026-01-21	22	1	138807	138807
2026-01-21	22	2	66563	66563
2026-01-21	22	3	1080	1080
2026-01-21	23	0	256014	256014
2026-01-21	23	1	25684	25684
2026-01-21	23	2	9360	9360
2026-01-21	23	3	768	768
2026-01-21	24	0	25200	25200
2026-01-21	24	1	17127	17127
2026-01-21	24	2	6659	6659
2026-01-21	24	3	432	432
2026-01-21	25	0	25614	25614
2026-01-21	25	1	15964	15964
2026-01-21	25	2	3744	3744
2026-01-21	25	3	876	876
2026-01-21	26	0	10800	10800
2026-01-21	26	1	87091	87091
2026-01-21	26	2	7595	7595
2026-01-21	26	3	22202	22202
2026-01-21	27	0	25614	25614
2026-01-21	27	1	143487	143487
2026-01-21	27	2	92727	92727
2026-01-21	28	0	220014	220014
2026-01-21	28	1	63844	63844
2026-01-21	28	2	15120	15120
2026-01-21	28	3	2604	2604
2026-01-21	29	0	75600	75600
2026-01-21	29	1	118175	118175
2026-01-21	29	2	17362	17362
2026-01-21	29	3	10081	10081
2026-01-21	30	0	14814	14814
2026-01-21	30	1	136618	136618
2026-01-21	30	2	59607	59607
2026-01-21	31	0	33228	33228
2026-01-21	31	1	28647	28647
2026-01-21	31	2	7601	7601
2026-01-21	32	0	29214	29214
2026-01-21	32	1	23400	23400
2026-01-21	33	0	46800	46800
2026-01-21	34	0	10800	10800
2026-01-21	35	1	37800	0
2026-01-21	35	2	7560	0
2026-01-21	36	0	18000	18000
2026-01-21	37	0	64800	64800
2026-01-21	37	1	46800	46800
2026-01-21	37	2	9360	9360
2026-01-21	38	0	147600	147600
2026-01-21	38	1	5400	5400
2026-01-21	39	0	61200	61200
2026-01-21	42	0	10800	10800
2026-01-21	44	1	1800	0
2026-01-21	46	0	3600	3600
2026-01-21	47	0	14814	14814
2026-01-21	48	0	29628	29628
2026-01-21	48	1	4320	4320
2026-01-21	49	1	7407	0
2026-01-21	51	0	144000	144000
2026-01-21	51	1	2880	2880
2026-01-21	52	0	3600	3600
2026-01-21	52	1	7200	7200
2026-01-21	55	0	223614	223614
2026-01-21	56	0	14814	14814
2026-01-21	56	1	12960	12960
2026-01-21	56	3	1296	1296
2026-01-21	58	0	32400	32400
2026-01-21	58	1	32400	32400
2026-01-21	58	2	6480	6480
2026-01-21	61	1	39960	0
2026-01-21	61	2	4320	0
2026-01-21	61	3	1836	0
2026-01-21	62	0	36000	36000
2026-01-21	63	1	7200	0
2026-01-21	64	0	79614	79614
2026-01-21	68	0	64800	64800
2026-01-21	70	0	3600	3600
2026-01-21	71	0	61200	61200
2026-01-21	72	0	3600	3600
2026-01-21	73	0	10800	10800
2026-01-21	75	0	43200	43200
2026-01-21	75	1	30600	30600
2026-01-21	75	2	6120	6120
2026-01-21	80	0	3600	3600
2026-01-21	81	0	3600	3600
2026-01-21	82	1	18360	0
2026-01-21	82	3	1836	0
2026-01-21	83	0	61200	61200
2026-01-21	83	1	5400	5400
2026-01-21	85	0	10800	10800
2026-01-21	86	0	61200	61200
2026-01-21	87	0	61200	61200
2026-01-21	89	1	9000	0
2026-01-21	91	0	3600	3600
2026-01-21	93	1	1800	0
2026-01-21	94	0	14814	14814
2026-01-21	96	0	14814	14814
2026-01-21	97	0	10800	10800
2026-01-21	98	0	18000	18000
2026-01-21	99	0	61200	61200
2026-01-21	102	0	14814	14814
2026-01-21	103	0	3600	3600
2026-01-21	107	0	3600	3600
2026-01-21	108	1	5400	0
2026-01-21	109	0	10800	10800
2026-01-21	110	0	3600	3600
2026-01-21	112	0	29628	29628
2026-01-21	113	1	73800	0
2026-01-21	113	2	14760	0
2026-01-21	114	0	46800	46800
2026-01-21	115	0	32400	32400
2026-01-21	116	1	30600	0
2026-01-21	116	2	6120	0
2026-01-21	118	0	61200	61200
2026-01-21	120	0	32400	32400
2026-01-21	122	0	14400	14400
2026-01-21	123	0	3600	3600
2026-01-21	126	0	3600	3600
2026-01-21	127	0	58014	58014
2026-01-21	129	0	3600	3600
2026-01-21	130	0	25614	25614
2026-01-21	131	0	36414	36414
2026-01-21	134	0	61200	61200
2026-01-21	135	0	32400	32400
2026-01-21	136	0	10800	10800
2026-01-21	138	0	10800	10800
2026-01-21	140	0	3600	3600
2026-01-21	141	0	3600	3600
2026-01-21	143	0	14814	14814
2026-01-21	144	0	147600	147600
2026-01-21	145	0	18414	18414
2026-01-21	146	0	10800	10800
2026-01-21	147	0	3600	3600
2026-01-21	149	0	10800	10800
2026-01-21	150	0	10800	10800
\.


--
-- Data for Name: day_lines_20260122; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.day_lines_20260122 (settle_date, member_id, kind, entitled_fen, paid_fen) FROM stdin;
2026-01-22	1	1	133722	0
2026-01-22	1	2	90866	0
2026-01-22	1	3	648	0
2026-01-22	2	0	72000	72000
2026-01-22	2	1	188582	188582
2026-01-22	2	2	72826	72826
2026-01-22	2	3	7680	7680
2026-01-22	3	1	192348	0
2026-01-22	3	2	86371	0
2026-01-22	4	0	94428	94428
2026-01-22	4	1	28688	28688
2026-01-22	4	2	6912	6912
2026-01-22	4	3	63989	63989
2026-01-22	5	0	18000	18000
2026-01-22	5	1	35334	35334
2026-01-22	5	2	144106	144106
2026-01-22	6	0	47214	47214
2026-01-22	6	1	32164	32164
2026-01-22	6	2	3744	3744
2026-01-22	6	3	2496	2496
2026-01-22	7	0	14400	14400
2026-01-22	7	1	140967	140967
2026-01-22	7	2	21635	21635
2026-01-22	7	3	9936	9936
2026-01-22	8	0	22014	22014
2026-01-22	8	1	174488	174488
2026-01-22	8	2	86112	86112
2026-01-22	8	3	888	888
2026-01-22	9	0	284400	284400
2026-01-22	9	1	48666	48666
2026-01-22	9	2	7703	7703
2026-01-22	9	3	6085	6085
2026-01-22	10	0	29628	29628
2026-01-22	10	1	89901	89901
2026-01-22	10	2	45178	45178
2026-01-22	10	3	648	648
2026-01-22	11	0	44028	44028
2026-01-22	11	1	33480	33480
2026-01-22	11	2	5616	5616
2026-01-22	11	3	2268	2268
2026-01-22	12	0	10800	10800
2026-01-22	12	1	95040	95040
2026-01-22	12	2	19656	19656
2026-01-22	12	3	5724	5724
2026-01-22	13	0	75600	75600
2026-01-22	13	1	125764	125764
2026-01-22	13	2	49608	49608
2026-01-22	13	3	3036	3036
2026-01-22	14	0	190800	190800
2026-01-22	14	1	60327	60327
2026-01-22	14	2	26315	26315
2026-01-22	14	3	972	972
2026-01-22	15	0	75600	75600
2026-01-22	15	1	27124	27124
2026-01-22	15	2	8424	8424
2026-01-22	15	3	1092	1092
2026-01-22	16	0	32400	32400
2026-01-22	16	1	43047	43047
2026-01-22	16	2	9467	9467
2026-01-22	16	3	2484	2484
2026-01-22	17	0	25614	25614
2026-01-22	17	1	41400	41400
2026-01-22	17	2	21528	21528
2026-01-22	18	0	82800	82800
2026-01-22	19	1	100564	0
2026-01-22	19	3	26065	0
2026-01-22	20	1	320135	0
2026-01-22	20	2	125653	0
2026-01-22	21	0	302814	302814
2026-01-22	21	1	222894	222894
2026-01-22	21	2	93765	93765
2026-01-22	22	0	14814	14814
2026-01-22	22	1	138807	138807
2026-01-22	22	2	66563	66563
2026-01-22	22	3	1080	1080
2026-01-22	23	0	256014	256014
2026-01-22	23	1	25684	25684
2026-01-22	23	2	9360	9360
2026-01-22	23	3	768	768
2026-01-22	24	0	25200	25200
2026-01-22	24	1	17127	17127
2026-01-22	24	2	6659	6659
2026-01-22	24	3	432	432
2026-01-22	25	0	25614	25614
2026-01-22	25	1	17044	17044
2026-01-22	25	2	3744	3744
2026-01-22	25	3	984	984
2026-01-22	26	0	10800	10800
2026-01-22	26	1	88891	88891
2026-01-22	26	2	8531	8531
2026-01-22	26	3	22202	22202
2026-01-22	27	0	25614	25614
2026-01-22	27	1	143487	143487
2026-01-22	27	2	92727	92727
2026-01-22	28	0	220014	220014
2026-01-22	28	1	63844	63844
2026-01-22	28	2	15120	15120
2026-01-22	28	3	2604	2604
2026-01-22	29	0	75600	75600
2026-01-22	29	1	118175	118175
2026-01-22	29	2	17362	17362
2026-01-22	29	3	10081	10081
2026-01-22	30	0	14814	14814
2026-01-22	30	1	136618	136618
2026-01-22	30	2	59607	59607
2026-01-22	31	0	33228	33228
2026-01-22	31	1	28647	28647
2026-01-22	31	2	7601	7601
2026-01-22	32	0	29214	29214
2026-01-22	32	1	23400	23400
2026-01-22	33	0	46800	46800
2026-01-22	34	0	10800	10800
2026-01-22	35	1	37800	0
2026-01-22	35	2	7560	0
2026-01-22	36	0	18000	18000
2026-01-22	37	0	64800	64800
2026-01-22	37	1	46800	46800
2026-01-22	37	2	9360	9360
2026-01-22	38	0	147600	147600
2026-01-22	38	1	5400	5400
2026-01-22	39	0	61200	61200
2026-01-22	42	0	10800	10800
2026-01-22	44	1	1800	0
2026-01-22	46	0	3600	3600
2026-01-22	47	0	14814	14814
2026-01-22	48	0	29628	29628
2026-01-22	48	1	4320	4320
2026-01-22	49	1	23607	0
2026-01-22	51	0	144000	144000
2026-01-22	51	1	2880	2880
2026-01-22	52	0	3600	3600
2026-01-22	52	1	7200	7200
2026-01-22	55	0	223614	223614
2026-01-22	56	0	14814	14814
2026-01-22	56	1	12960	12960
2026-01-22	56	3	1296	1296
2026-01-22	58	0	32400	32400
2026-01-22	58	1	32400	32400
2026-01-22	58	2	6480	6480
2026-01-22	61	1	39960	0
2026-01-22	61	2	4320	0
2026-01-22	61	3	1836	0
2026-01-22	62	0	36000	36000
2026-01-22	63	1	7200	0
2026-01-22	64	0	79614	79614
2026-01-22	68	0	64800	64800
2026-01-22	70	0	3600	3600
2026-01-22	71	0	61200	61200
2026-01-22	72	0	3600	3600
2026-01-22	73	0	10800	10800
2026-01-22	74	0	14814	14814
2026-01-22	75	0	43200	43200
2026-01-22	75	1	30600	30600
2026-01-22	75	2	6120	6120
2026-01-22	79	0	144000	144000
2026-01-22	80	0	7200	7200
2026-01-22	81	0	3600	3600
2026-01-22	82	1	18360	0
2026-01-22	82	3	1836	0
2026-01-22	83	0	61200	61200
2026-01-22	83	1	5400	5400
2026-01-22	85	0	10800	10800
2026-01-22	86	0	61200	61200
2026-01-22	87	0	61200	61200
2026-01-22	89	1	9000	0
2026-01-22	91	0	3600	3600
2026-01-22	93	1	1800	0
2026-01-22	94	0	47214	47214
2026-01-22	96	0	14814	14814
2026-01-22	97	0	10800	10800
2026-01-22	98	0	18000	18000
2026-01-22	99	0	61200	61200
2026-01-22	102	0	14814	14814
2026-01-22	103	0	3600	3600
2026-01-22	107	0	3600	3600
2026-01-22	108	1	5400	0
2026-01-22	109	0	10800	10800
2026-01-22	110	0	3600	3600
2026-01-22	112	0	29628	29628
2026-01-22	113	1	73800	0
2026-01-22	113	2	14760	0
2026-01-22	114	0	46800	46800
2026-01-22	115	0	32400	32400
2026-01-22	116	1	30600	0
2026-01-22	116	2	6120	0
2026-01-22	118	0	61200	61200
2026-01-22	120	0	32400	32400
2026-01-22	122	0	14400	14400
2026-01-22	123	0	3600	3600
2026-01-22	126	0	3600	3600
2026-01-22	127	0	58014	58014
2026-01-22	129	0	3600	3600
2026-01-22	130	0	25614	25614
2026-01-22	131	0	36414	36414
2026-01-22	134	0	61200	61200
2026-01-22	135	0	32400	32400
2026-01-22	136	0	10800	10800
2026-01-22	138	0	10800	10800
2026-01-22	140	0	3600	3600
2026-01-22	141	0	3600	3600
2026-01-22	143	0	14814	14814
2026-01-22	144	0	147600	147600
2026-01-22	145	0	18414	18414
2026-01-22	146	0	10800	10800
2026-01-22	147	0	3600	3600
2026-01-22	149	0	10800	10800
2026-01-22	150	0	10800	10800
\.


--
-- Data for Name: day_lines_20260123; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.day_lines_20260123 (settle_date, member_id, kind, entitled_fen, paid_fen) FROM stdin;
2026-01-23	1	1	145242	0
2026-01-23	1	2	92018	0
2026-01-23	1	3	1620	0
2026-01-23	2	0	72000	72000
2026-01-23	2	1	188582	188582
2026-01-23	2	2	72826	72826
2026-01-23	2	3	7680	7680
2026-01-23	3	1	210708	0
2026-01-23	3	2	92491	0
2026-01-23	4	0	98028	98028
2026-01-23	4	1	44888	44888
2026-01-23	4	2	17280	17280
2026-01-23	4	3	70049	70049
2026-01-23	5	0	50400	50400
2026-01-23	5	1	35334	35334
2026-01-23	5	2	156227	156227
2026-01-23	6	0	47214	47214
2026-01-23	6	1	33244	33244
2026-01-23	6	2	3744	3744
2026-01-23	6	3	2604	2604
2026-01-23	7	0	14400	14400
2026-01-23	7	1	142767	142767
2026-01-23	7	2	22571	22571
2026-01-23	7	3	9936	9936
2026-01-23	8	0	25614	25614
2026-01-23	8	1	174488	174488
2026-01-23	8	2	86112	86112
2026-01-23	8	3	888	888
2026-01-23	9	0	284400	284400
2026-01-23	9	1	95106	95106
2026-01-23	9	2	7703	7703
2026-01-23	9	3	11053	11053
2026-01-23	10	0	29628	29628
2026-01-23	10	1	170541	170541
2026-01-23	10	2	87154	87154
2026-01-23	10	3	648	648
2026-01-23	11	0	188028	188028
2026-01-23	11	1	37924	37924
2026-01-23	11	2	5616	5616
2026-01-23	11	3	2712	2712
2026-01-23	12	0	10800	10800
2026-01-23	12	1	102447	102447
2026-01-23	12	2	23507	23507
2026-01-23	12	3	5724	5724
2026-01-23	13	0	75600	75600
2026-01-23	13	1	125764	125764
2026-01-23	13	2	49608	49608
2026-01-23	13	3	3036	3036
2026-01-23	14	0	190800	190800
2026-01-23	14	1	63567	63567
2026-01-23	14	2	26315	26315
2026-01-23	14	3	1296	1296
2026-01-23	15	0	75600	75600
2026-01-23	15	1	32524	32524
2026-01-23	15	2	11232	11232
2026-01-23	15	3	1092	1092
2026-01-23	16	0	43200	43200
2026-01-23	16	1	44127	44127
2026-01-23	16	2	9467	9467
2026-01-23	16	3	2592	2592
2026-01-23	17	0	25614	25614
2026-01-23	17	1	43200	43200
2026-01-23	17	2	22464	22464
2026-01-23	18	0	86400	86400
2026-01-23	19	1	101644	0
2026-01-23	19	3	26173	0
2026-01-23	20	1	321935	0
2026-01-23	20	2	126589	0
2026-01-23	21	0	306414	306414
2026-01-23	21	1	222894	222894
2026-01-23	21	2	93765	93765
2026-01-23	22	0	14814	14814
2026-01-23	22	1	138807	138807
2026-01-23	22	2	66563	66563
2026-01-23	22	3	1080	1080
2026-01-23	23	0	256014	256014
2026-01-23	23	1	25684	25684
2026-01-23	23	2	9360	9360
2026-01-23	23	3	1848	1848
2026-01-23	24	0	25200	25200
2026-01-23	24	1	27927	27927
2026-01-23	24	2	16019	16019
2026-01-23	24	3	432	432
2026-01-23	25	0	25614	25614
2026-01-23	25	1	17044	17044
2026-01-23	25	2	3744	3744
2026-01-23	25	3	984	984
2026-01-23	26	0	10800	10800
2026-01-23	26	1	88891	88891
2026-01-23	26	2	8531	8531
2026-01-23	26	3	22754	22754
2026-01-23	27	0	25614	25614
2026-01-23	27	1	143487	143487
2026-01-23	27	2	93831	93831
2026-01-23	28	0	220014	220014
2026-01-23	28	1	63844	63844
2026-01-23	28	2	15120	15120
2026-01-23	28	3	2604	2604
2026-01-23	29	0	75600	75600
2026-01-23	29	1	122619	122619
2026-01-23	29	2	17362	17362
2026-01-23	29	3	10633	10633
2026-01-23	30	0	14814	14814
2026-01-23	30	1	144025	144025
2026-01-23	30	2	62929	62929
2026-01-23	31	0	48042	48042
2026-01-23	31	1	29727	29727
2026-01-23	31	2	7961	7961
2026-01-23	32	0	29214	29214
2026-01-23	32	1	25200	25200
2026-01-23	33	0	50400	50400
2026-01-23	34	0	10800	10800
2026-01-23	35	1	43200	0
2026-01-23	35	2	8640	0
2026-01-23	36	0	18000	18000
2026-01-23	37	0	64800	64800
2026-01-23	37	1	46800	46800
2026-01-23	37	2	9360	9360
2026-01-23	38	0	147600	147600
2026-01-23	38	1	5400	5400
2026-01-23	39	0	61200	61200
2026-01-23	42	0	10800	10800
2026-01-23	44	1	1800	0
2026-01-23	46	0	3600	3600
2026-01-23	47	0	14814	14814
2026-01-23	48	0	29628	29628
2026-01-23	48	1	4320	4320
2026-01-23	49	1	23607	0
2026-01-23	51	0	144000	144000
2026-01-23	51	1	2880	2880
2026-01-23	52	0	3600	3600
2026-01-23	52	1	7200	7200
2026-01-23	53	1	18000	0
2026-01-23	55	0	223614	223614
2026-01-23	56	0	14814	14814
2026-01-23	56	1	43560	43560
2026-01-23	56	2	6120	6120
2026-01-23	56	3	1296	1296
2026-01-23	57	0	36000	36000
2026-01-23	58	0	32400	32400
2026-01-23	58	1	32400	32400
2026-01-23	58	2	6480	6480
2026-01-23	61	0	61200	61200
2026-01-23	61	1	39960	39960
2026-01-23	61	2	4320	4320
2026-01-23	61	3	1836	1836
2026-01-23	62	0	36000	36000
2026-01-23	63	1	7200	0
2026-01-23	64	0	79614	79614
2026-01-23	67	0	10800	10800
2026-01-23	68	0	64800	64800
2026-01-23	70	0	3600	3600
2026-01-23	71	0	61200	61200
2026-01-23	72	0	14400	14400
2026-01-23	73	0	10800	10800
2026-01-23	74	0	14814	14814
2026-01-23	75	0	43200	43200
2026-01-23	75	1	30600	30600
2026-01-23	75	2	6120	6120
2026-01-23	77	0	14814	14814
2026-01-23	79	0	144000	144000
2026-01-23	80	0	7200	7200
2026-01-23	81	0	3600	3600
2026-01-23	82	1	18360	0
2026-01-23	82	3	1836	0
2026-01-23	83	0	61200	61200
2026-01-23	83	1	5400	5400
2026-01-23	85	0	10800	10800
2026-01-23	86	0	61200	61200
2026-01-23	87	0	61200	61200
2026-01-23	89	1	9000	0
2026-01-23	91	0	3600	3600
2026-01-23	93	1	1800	0
2026-01-23	94	0	47214	47214
2026-01-23	96	0	14814	14814
2026-01-23	97	0	10800	10800
2026-01-23	98	0	18000	18000
2026-01-23	99	0	61200	61200
2026-01-23	102	0	14814	14814
2026-01-23	103	0	3600	3600
2026-01-23	107	0	3600	3600
2026-01-23	108	1	5400	0
2026-01-23	109	0	10800	10800
2026-01-23	110	0	3600	3600
2026-01-23	112	0	29628	29628
2026-01-23	113	1	73800	0
2026-01-23	113	2	14760	0
2026-01-23	114	0	46800	46800
2026-01-23	115	0	32400	32400
2026-01-23	116	1	30600	0
2026-01-23	116	2	6120	0
2026-01-23	118	0	61200	61200
2026-01-23	120	0	32400	32400
2026-01-23	122	0	14400	14400
2026-01-23	123	0	3600	3600
2026-01-23	126	0	3600	3600
2026-01-23	127	0	58014	58014
2026-01-23	129	0	3600	3600
2026-01-23	130	0	25614	25614
2026-01-23	131	0	36414	36414
2026-01-23	134	0	61200	61200
2026-01-23	135	0	32400	32400
2026-01-23	136	0	10800	10800
2026-01-23	138	0	10800	10800
2026-01-23	140	0	3600	3600
2026-01-23	141	0	3600	3600
2026-01-23	143	0	14814	14814
2026-01-23	144	0	147600	147600
2026-01-23	145	0	18414	18414
2026-01-23	146	0	10800	10800
2026-01-23	147	0	3600	3600
2026-01-23	149	0	10800	10800
2026-01-23	150	0	10800	10800
\.


--
-- Data for Name: day_lines_20260124; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.day_lines_20260124 (settle_date, member_id, kind, entitled_fen, paid_fen) FROM stdin;
2026-01-24	1	1	147402	0
2026-01-24	1	2	92810	0
2026-01-24	1	3	1728	0
2026-01-24	2	0	72000	72000
2026-01-24	2	1	188582	188582
2026-01-24	2	2	72826	72826
2026-01-24	2	3	7680	7680
2026-01-24	3	1	210708	0
2026-01-24	3	2	92491	0
2026-01-24	4	0	98028	98028
2026-01-24	4	1	46688	46688
2026-01-24	4	2	18432	18432
2026-01-24	4	3	1860	1860
2026-01-24	5	0	50400	50400
2026-01-24	5	1	32094	32094
2026-01-24	5	2	19848	19848
2026-01-24	5	3	108	108
2026-01-24	6	0	47214	47214
2026-01-24	6	1	27844	27844
2026-01-24	6	2	1152	1152
2026-01-24	6	3	68297	68297
2026-01-24	7	0	3600	3600
2026-01-24	7	1	142767	142767
2026-01-24	7	2	159165	159165
2026-01-24	8	0	25614	25614
2026-01-24	8	1	174488	174488
2026-01-24	8	2	86112	86112
2026-01-24	8	3	888	888
2026-01-24	9	0	284400	284400
2026-01-24	9	1	96186	96186
2026-01-24	9	2	7703	7703
2026-01-24	9	3	11161	11161
2026-01-24	10	0	29628	29628
2026-01-24	10	1	172341	172341
2026-01-24	10	2	88090	88090
2026-01-24	10	3	648	648
2026-01-24	11	0	188028	188028
2026-01-24	11	1	41164	41164
2026-01-24	11	2	5616	5616
2026-01-24	11	3	3036	3036
2026-01-24	12	0	10800	10800
2026-01-24	12	1	107847	107847
2026-01-24	12	2	26315	26315
2026-01-24	12	3	5724	5724
2026-01-24	13	0	75600	75600
2026-01-24	13	1	125764	125764
2026-01-24	13	2	49608	49608
2026-01-24	13	3	3036	3036
2026-01-24	14	0	190800	190800
2026-01-24	14	1	63567	63567
2026-01-24	14	2	26315	26315
2026-01-24	14	3	1296	1296
2026-01-24	15	0	75600	75600
2026-01-24	15	1	32524	32524
2026-01-24	15	2	11232	11232
2026-01-24	15	3	1092	1092
2026-01-24	16	0	43200	43200
2026-01-24	16	1	44127	44127
2026-01-24	16	2	9467	9467
2026-01-24	16	3	2592	2592
2026-01-24	17	0	25614	25614
2026-01-24	17	1	43200	43200
2026-01-24	17	2	22464	22464
2026-01-24	18	0	86400	86400
2026-01-24	19	1	101644	0
2026-01-24	19	3	26281	0
2026-01-24	20	1	323015	0
2026-01-24	20	2	126805	0
2026-01-24	21	0	306414	306414
2026-01-24	21	1	224694	224694
2026-01-24	21	2	94485	94485
2026-01-24	22	0	14814	14814
2026-01-24	22	1	138807	138807
2026-01-24	22	2	66563	66563
2026-01-24	22	3	1080	1080
2026-01-24	23	0	256014	256014
2026-01-24	23	1	25684	25684
2026-01-24	23	2	9360	9360
2026-01-24	23	3	1848	1848
2026-01-24	24	0	25200	25200
2026-01-24	24	1	27927	27927
2026-01-24	24	2	16019	16019
2026-01-24	24	3	432	432
2026-01-24	25	0	25614	25614
2026-01-24	25	1	17044	17044
2026-01-24	25	2	3744	3744
2026-01-24	25	3	984	984
2026-01-24	26	0	10800	10800
2026-01-24	26	1	89971	89971
2026-01-24	26	2	8531	8531
2026-01-24	26	3	22862	22862
2026-01-24	27	0	25614	25614
2026-01-24	27	1	145287	145287
2026-01-24	27	2	94767	94767
2026-01-24	28	0	223614	223614
2026-01-24	28	1	63844	63844
2026-01-24	28	2	15120	15120
2026-01-24	28	3	2604	2604
2026-01-24	29	0	75600	75600
2026-01-24	29	1	122619	122619
2026-01-24	29	2	17362	17362
2026-01-24	29	3	10633	10633
2026-01-24	30	0	14814	14814
2026-01-24	30	1	144025	144025
2026-01-24	30	2	62929	62929
2026-01-24	31	0	48042	48042
2026-01-24	31	1	29727	29727
2026-01-24	31	2	7961	7961
2026-01-24	32	0	29214	29214
2026-01-24	32	1	25200	25200
2026-01-24	33	0	50400	50400
2026-01-24	34	0	10800	10800
2026-01-24	35	1	43200	0
2026-01-24	35	2	8640	0
2026-01-24	36	0	18000	18000
2026-01-24	37	0	64800	64800
2026-01-24	37	1	46800	46800
2026-01-24	37	2	9360	9360
2026-01-24	38	0	147600	147600
2026-01-24	38	1	5400	5400
2026-01-24	39	0	61200	61200
2026-01-24	42	0	10800	10800
2026-01-24	44	0	3600	3600
2026-01-24	44	1	1800	1800
2026-01-24	46	0	3600	3600
2026-01-24	47	0	14814	14814
2026-01-24	48	0	29628	29628
2026-01-24	48	1	4320	4320
2026-01-24	49	1	23607	0
2026-01-24	51	0	144000	144000
2026-01-24	51	1	2880	2880
2026-01-24	52	0	3600	3600
2026-01-24	52	1	7200	7200
2026-01-24	53	1	18000	0
2026-01-24	55	0	223614	223614
2026-01-24	56	0	14814	14814
2026-01-24	56	1	43560	43560
2026-01-24	56	2	6120	6120
2026-01-24	56	3	1296	1296
2026-01-24	57	0	36000	36000
2026-01-24	58	0	32400	32400
2026-01-24	58	1	32400	32400
2026-01-24	58	2	6480	6480
2026-01-24	61	0	61200	61200
2026-01-24	61	1	39960	39960
2026-01-24	61	2	4320	4320
2026-01-24	61	3	1836	1836
2026-01-24	62	0	36000	36000
2026-01-24	63	1	7200	0
2026-01-24	64	0	79614	79614
2026-01-24	67	0	10800	10800
2026-01-24	68	0	64800	64800
2026-01-24	70	0	3600	3600
2026-01-24	71	0	61200	61200
2026-01-24	72	0	14400	14400
2026-01-24	73	0	10800	10800
2026-01-24	74	0	14814	14814
2026-01-24	75	0	43200	43200
2026-01-24	75	1	30600	30600
2026-01-24	75	2	6120	6120
2026-01-24	77	0	25614	25614
2026-01-24	79	0	144000	144000
2026-01-24	80	0	7200	7200
2026-01-24	81	0	3600	3600
2026-01-24	82	1	18360	0
2026-01-24	82	3	1836	0
2026-01-24	83	0	61200	61200
2026-01-24	83	1	5400	5400
2026-01-24	85	0	10800	10800
2026-01-24	86	0	61200	61200
2026-01-24	87	0	61200	61200
2026-01-24	89	1	9000	0
2026-01-24	91	0	7200	7200
2026-01-24	93	1	1800	0
2026-01-24	94	0	47214	47214
2026-01-24	96	0	14814	14814
2026-01-24	97	0	10800	10800
2026-01-24	98	0	18000	18000
2026-01-24	99	0	61200	61200
2026-01-24	102	0	14814	14814
2026-01-24	103	0	3600	3600
2026-01-24	107	0	3600	3600
2026-01-24	108	1	5400	0
2026-01-24	109	0	10800	10800
2026-01-24	110	0	3600	3600
2026-01-24	112	0	29628	29628
2026-01-24	113	1	75600	0
2026-01-24	113	2	15120	0
2026-01-24	114	0	46800	46800
2026-01-24	115	0	32400	32400
2026-01-24	116	1	30600	0
2026-01-24	116	2	6120	0
2026-01-24	118	0	61200	61200
2026-01-24	120	0	32400	32400
2026-01-24	122	0	14400	14400
2026-01-24	123	0	3600	3600
2026-01-24	126	0	3600	3600
2026-01-24	127	0	58014	58014
2026-01-24	129	0	3600	3600
2026-01-24	130	0	25614	25614
2026-01-24	131	0	36414	36414
2026-01-24	134	0	61200	61200
2026-01-24	135	0	32400	32400
2026-01-24	136	0	10800	10800
2026-01-24	138	0	10800	10800
2026-01-24	140	0	3600	3600
2026-01-24	141	0	3600	3600
2026-01-24	143	0	18414	18414
2026-01-24	144	0	151200	151200
2026-01-24	145	0	18414	18414
2026-01-24	146	0	10800	10800
2026-01-24	147	0	3600	3600
2026-01-24	149	0	10800	10800
2026-01-24	150	0	10800	10800
\.


--
-- Data for Name: day_lines_20260125; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.day_lines_20260125 (settle_date, member_id, kind, entitled_fen, paid_fen) FROM stdin;
2026-01-25	1	1	147402	0
2026-01-25	1	2	92810	0
2026-01-25	1	3	1728	0
2026-01-25	2	0	72000	72000
2026-01-25	2	1	198302	198302
2026-01-25	2	2	78010	78010
2026-01-25	2	3	7680	7680
2026-01-25	3	1	226188	0
2026-01-25	3	2	136438	0
2026-01-25	4	0	98028	98028
2026-01-25	4	1	46688	46688
2026-01-25	4	2	18432	18432
2026-01-25	4	3	1860	1860
2026-01-25	5	0	50400	50400
2026-01-25	5	1	32094	32094
2026-01-25	5	2	19848	19848
2026-01-25	5	3	108	108
2026-01-25	6	0	47214	47214
2026-01-25	6	1	32288	32288
2026-01-25	6	2	1152	1152
2026-01-25	6	3	3048	3048
2026-01-25	7	0	3600	3600
2026-01-25	7	1	150174	150174
2026-01-25	7	2	32520	32520
2026-01-25	7	3	67852	67852
2026-01-25	8	0	25614	25614
2026-01-25	8	1	175568	175568
2026-01-25	8	2	221817	221817
2026-01-25	9	0	284400	284400
2026-01-25	9	1	107706	107706
2026-01-25	9	2	8639	8639
2026-01-25	9	3	12133	12133
2026-01-25	10	0	33228	33228
2026-01-25	10	1	188541	188541
2026-01-25	10	2	96514	96514
2026-01-25	10	3	648	648
2026-01-25	11	0	220428	220428
2026-01-25	11	1	41164	41164
2026-01-25	11	2	5616	5616
2026-01-25	11	3	3036	3036
2026-01-25	12	0	10800	10800
2026-01-25	12	1	107847	107847
2026-01-25	12	2	26315	26315
2026-01-25	12	3	5724	5724
2026-01-25	13	0	75600	75600
2026-01-25	13	1	125764	125764
2026-01-25	13	2	49608	49608
2026-01-25	13	3	3036	3036
2026-01-25	14	0	190800	190800
2026-01-25	14	1	63567	63567
2026-01-25	14	2	26315	26315
2026-01-25	14	3	1296	1296
2026-01-25	15	0	75600	75600
2026-01-25	15	1	33604	33604
2026-01-25	15	2	11232	11232
2026-01-25	15	3	1200	1200
2026-01-25	16	0	43200	43200
2026-01-25	16	1	45927	45927
2026-01-25	16	2	10403	10403
2026-01-25	16	3	2592	2592
2026-01-25	17	0	25614	25614
2026-01-25	17	1	43200	43200
2026-01-25	17	2	22464	22464
2026-01-25	18	0	86400	86400
2026-01-25	19	1	101644	0
2026-01-25	19	3	27253	0
2026-01-25	20	1	332735	0
2026-01-25	20	2	128749	0
2026-01-25	21	0	306414	306414
2026-01-25	21	1	240894	240894
2026-01-25	21	2	100965	100965
2026-01-25	22	0	14814	14814
2026-01-25	22	1	148527	148527
2026-01-25	22	2	66563	66563
2026-01-25	22	3	2052	2052
2026-01-25	23	0	256014	256014
2026-01-25	23	1	41884	41884
2026-01-25	23	2	17784	17784
2026-01-25	23	3	1848	1848
2026-01-25	24	0	57600	57600
2026-01-25	24	1	27927	27927
2026-01-25	24	2	16019	16019
2026-01-25	24	3	432	432
2026-01-25	25	0	25614	25614
2026-01-25	25	1	18124	18124
2026-01-25	25	2	3744	3744
2026-01-25	25	3	1092	1092
2026-01-25	26	0	10800	10800
2026-01-25	26	1	91771	91771
2026-01-25	26	2	9467	9467
2026-01-25	26	3	23186	23186
2026-01-25	27	0	29214	29214
2026-01-25	27	1	145287	145287
2026-01-25	27	2	95415	95415
2026-01-25	28	0	223614	223614
2026-01-25	28	1	63844	63844
2026-01-25	28	2	15120	15120
2026-01-25	28	3	2604	2604
2026-01-25	29	0	75600	75600
2026-01-25	29	1	125859	125859
2026-01-25	29	2	17362	17362
2026-01-25	29	3	10957	10957
2026-01-25	30	0	14814	14814
2026-01-25	30	1	149425	149425
2026-01-25	30	2	65089	65089
2026-01-25	31	0	58842	58842
2026-01-25	31	1	29727	29727
2026-01-25	31	2	7961	7961
2026-01-25	32	0	29214	29214
2026-01-25	32	1	25200	25200
2026-01-25	33	0	50400	50400
2026-01-25	34	0	10800	10800
2026-01-25	35	1	43200	0
2026-01-25	35	2	8640	0
2026-01-25	36	0	18000	18000
2026-01-25	37	0	61200	61200
2026-01-25	37	1	46800	46800
2026-01-25	37	2	9360	9360
2026-01-25	38	0	147600	147600
2026-01-25	38	1	5400	5400
2026-01-25	39	0	76014	76014
2026-01-25	42	0	10800	10800
2026-01-25	44	0	3600	3600
2026-01-25	44	1	1800	1800
2026-01-25	46	0	3600	3600
2026-01-25	47	0	14814	14814
2026-01-25	48	0	29628	29628
2026-01-25	48	1	4320	4320
2026-01-25	49	1	23607	0
2026-01-25	51	0	144000	144000
2026-01-25	51	1	2880	2880
2026-01-25	52	0	3600	3600
2026-01-25	52	1	7200	7200
2026-01-25	53	1	18000	0
2026-01-25	55	0	223614	223614
2026-01-25	56	0	14814	14814
2026-01-25	56	1	43560	43560
2026-01-25	56	2	6120	6120
2026-01-25	56	3	1296	1296
2026-01-25	57	0	36000	36000
2026-01-25	58	0	32400	32400
2026-01-25	58	1	32400	32400
2026-01-25	58	2	6480	6480
2026-01-25	61	0	61200	61200
2026-01-25	61	1	39960	39960
2026-01-25	61	2	4320	4320
2026-01-25	61	3	1836	1836
2026-01-25	62	0	36000	36000
2026-01-25	63	1	7200	0
2026-01-25	64	0	112014	112014
2026-01-25	67	0	10800	10800
2026-01-25	68	0	64800	64800
2026-01-25	70	0	3600	3600
2026-01-25	71	0	61200	61200
2026-01-25	72	0	14400	14400
2026-01-25	73	0	10800	10800
2026-01-25	74	0	14814	14814
2026-01-25	75	0	43200	43200
2026-01-25	75	1	30600	30600
2026-01-25	75	2	6120	6120
2026-01-25	77	0	25614	25614
2026-01-25	79	0	144000	144000
2026-01-25	80	0	7200	7200
2026-01-25	81	0	3600	3600
2026-01-25	82	1	34560	0
2026-01-25	82	2	3240	0
2026-01-25	82	3	1836	0
2026-01-25	83	0	61200	61200
2026-01-25	83	1	5400	5400
2026-01-25	85	0	10800	10800
2026-01-25	86	0	61200	61200
2026-01-25	87	0	61200	61200
2026-01-25	89	1	9000	0
2026-01-25	91	0	7200	7200
2026-01-25	93	1	1800	0
2026-01-25	94	0	47214	47214
2026-01-25	96	0	14814	14814
2026-01-25	97	0	10800	10800
2026-01-25	98	0	18000	18000
2026-01-25	99	0	61200	61200
2026-01-25	101	1	1800	0
2026-01-25	102	0	14814	14814
2026-01-25	103	0	3600	3600
2026-01-25	107	0	3600	3600
2026-01-25	108	1	5400	0
2026-01-25	109	0	14400	14400
2026-01-25	110	0	3600	3600
2026-01-25	112	0	29628	29628
2026-01-25	113	1	75600	0
2026-01-25	113	2	15120	0
2026-01-25	114	0	46800	46800
2026-01-25	115	0	32400	32400
2026-01-25	116	0	32400	32400
2026-01-25	116	1	30600	30600
2026-01-25	116	2	6120	6120
2026-01-25	118	0	61200	61200
2026-01-25	120	0	32400	32400
2026-01-25	122	0	14400	14400
2026-01-25	123	0	3600	3600
2026-01-25	125	0	3600	3600
2026-01-25	126	0	3600	3600
2026-01-25	127	0	58014	58014
2026-01-25	129	0	3600	3600
2026-01-25	130	0	25614	25614
2026-01-25	131	0	36414	36414
2026-01-25	134	0	61200	61200
2026-01-25	135	0	32400	32400
2026-01-25	136	0	10800	10800
2026-01-25	138	0	10800	10800
2026-01-25	140	0	3600	3600
2026-01-25	141	0	3600	3600
2026-01-25	143	0	50814	50814
2026-01-25	144	0	151200	151200
2026-01-25	145	0	18414	18414
2026-01-25	146	0	10800	10800
2026-01-25	147	0	3600	3600
2026-01-25	149	0	10800	10800
2026-01-25	150	0	10800	10800
\.


--
-- Data for Name: day_lines_20260126; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.day_lines_20260126 (settle_date, member_id, kind, entitled_fen, paid_fen) FROM stdin;
2026-01-26	1	1	147402	0
2026-01-26	1	2	92810	0
2026-01-26	1	3	1728	0
2026-01-26	2	0	61200	61200
2026-01-26	2	1	203702	203702
2026-01-26	2	2	80818	80818
2026-01-26	2	3	7680	7680
2026-01-26	3	1	269388	0
2026-01-26	3	2	159478	0
2026-01-26	4	0	98028	98028
2026-01-26	4	1	46688	46688
2026-01-26	4	2	18432	18432
2026-01-26	4	3	1860	1860
2026-01-26	5	0	50400	50400
2026-01-26	5	1	32094	32094
2026-01-26	5	2	19848	19848
2026-01-26	5	3	108	108
2026-01-26	6	0	47214	47214
2026-01-26	6	1	32288	32288
2026-01-26	6	2	1152	1152
2026-01-26	6	3	3048	3048
2026-01-26	7	0	3600	3600
2026-01-26	7	1	204174	108939
2026-01-26	7	2	32520	0
2026-01-26	7	3	74777	0
2026-01-26	8	0	25614	25614
2026-01-26	8	1	265568	265568
2026-01-26	8	2	282466	282466
2026-01-26	9	0	428400	428400
2026-01-26	9	1	121870	121870
2026-01-26	9	2	8639	8639
2026-01-26	9	3	13549	13549
2026-01-26	10	0	33228	33228
2026-01-26	10	1	212148	212148
2026-01-26	10	2	108790	108790
2026-01-26	10	3	648	648
2026-01-26	11	0	235242	235242
2026-01-26	11	1	41164	41164
2026-01-26	11	2	5616	5616
2026-01-26	11	3	3036	3036
2026-01-26	12	0	10800	10800
2026-01-26	12	1	107847	107847
2026-01-26	12	2	26315	26315
2026-01-26	12	3	5724	5724
2026-01-26	13	0	75600	75600
2026-01-26	13	1	125764	125764
2026-01-26	13	2	49608	49608
2026-01-26	13	3	3036	3036
2026-01-26	14	0	190800	190800
2026-01-26	14	1	63567	63567
2026-01-26	14	2	26315	26315
2026-01-26	14	3	1296	1296
2026-01-26	15	0	75600	75600
2026-01-26	15	1	33604	33604
2026-01-26	15	2	11232	11232
2026-01-26	15	3	1200	1200
2026-01-26	16	0	43200	43200
2026-01-26	16	1	45927	45927
2026-01-26	16	2	10403	10403
2026-01-26	16	3	2592	2592
2026-01-26	17	0	25614	25614
2026-01-26	17	1	43200	43200
2026-01-26	17	2	22464	22464
2026-01-26	18	0	86400	86400
2026-01-26	19	1	101644	0
2026-01-26	19	3	27361	0
2026-01-26	20	1	333815	0
2026-01-26	20	2	128965	0
2026-01-26	21	0	306414	306414
2026-01-26	21	1	242694	242694
2026-01-26	21	2	101685	101685
2026-01-26	22	0	25614	25614
2026-01-26	22	1	148527	148527
2026-01-26	22	2	66563	66563
2026-01-26	22	3	2052	2052
2026-01-26	23	0	256014	256014
2026-01-26	23	1	41884	41884
2026-01-26	23	2	17784	17784
2026-01-26	23	3	1848	1848
2026-01-26	24	0	57600	57600
2026-01-26	24	1	27927	27927
2026-01-26	24	2	16019	16019
2026-01-26	24	3	432	432
2026-01-26	25	0	25614	25614
2026-01-26	25	1	18124	18124
2026-01-26	25	2	3744	3744
2026-01-26	25	3	1092	1092
2026-01-26	26	0	10800	10800
2026-01-26	26	1	91771	91771
2026-01-26	26	2	9467	9467
2026-01-26	26	3	23294	23294
2026-01-26	27	0	29214	29214
2026-01-26	27	1	145287	145287
2026-01-26	27	2	95631	95631
2026-01-26	28	0	223614	223614
2026-01-26	28	1	64924	64924
2026-01-26	28	2	15120	15120
2026-01-26	28	3	2712	2712
2026-01-26	29	0	75600	75600
2026-01-26	29	1	127659	127659
2026-01-26	29	2	18082	18082
2026-01-26	29	3	10957	10957
2026-01-26	30	0	18414	18414
2026-01-26	30	1	149425	149425
2026-01-26	30	2	65089	65089
2026-01-26	31	0	58842	58842
2026-01-26	31	1	29727	29727
2026-01-26	31	2	7961	7961
2026-01-26	32	0	29214	29214
2026-01-26	32	1	25200	25200
2026-01-26	33	0	50400	50400
2026-01-26	34	0	10800	10800
2026-01-26	35	1	43200	0
2026-01-26	35	2	8640	0
2026-01-26	36	0	18000	18000
2026-01-26	37	0	61200	61200
2026-01-26	37	1	118800	118800
2026-01-26	37	2	23760	23760
2026-01-26	38	0	147600	147600
2026-01-26	38	1	5400	5400
2026-01-26	39	0	76014	76014
2026-01-26	42	0	10800	10800
2026-01-26	44	0	3600	3600
2026-01-26	44	1	1800	1800
2026-01-26	46	0	3600	3600
2026-01-26	47	0	14814	14814
2026-01-26	48	0	29628	29628
2026-01-26	48	1	4320	4320
2026-01-26	49	1	23607	0
2026-01-26	51	0	144000	144000
2026-01-26	51	1	2880	2880
2026-01-26	52	0	3600	3600
2026-01-26	52	1	7200	7200
2026-01-26	53	1	18000	0
2026-01-26	55	0	223614	223614
2026-01-26	56	0	14814	14814
2026-01-26	56	1	43560	43560
2026-01-26	56	2	6120	6120
2026-01-26	56	3	1296	1296
2026-01-26	57	0	36000	36000
2026-01-26	58	0	32400	32400
2026-01-26	58	1	32400	32400
2026-01-26	58	2	6480	6480
2026-01-26	61	0	61200	61200
2026-01-26	61	1	39960	39960
2026-01-26	61	2	4320	4320
2026-01-26	61	3	1836	1836
2026-01-26	62	0	36000	36000
2026-01-26	63	1	7200	0
2026-01-26	64	0	112014	112014
2026-01-26	67	0	10800	10800
2026-01-26	68	0	64800	64800
2026-01-26	70	0	3600	3600
2026-01-26	71	0	61200	61200
2026-01-26	72	0	14400	14400
2026-01-26	73	0	10800	10800
2026-01-26	74	0	14814	14814
2026-01-26	75	0	43200	43200
2026-01-26	75	1	30600	30600
2026-01-26	75	2	6120	6120
2026-01-26	76	0	3600	3600
2026-01-26	77	0	25614	25614
2026-01-26	79	0	144000	144000
2026-01-26	80	0	7200	7200
2026-01-26	81	0	3600	3600
2026-01-26	82	1	34560	0
2026-01-26	82	2	3240	0
2026-01-26	82	3	1836	0
2026-01-26	83	0	61200	61200
2026-01-26	83	1	5400	5400
2026-01-26	85	0	10800	10800
2026-01-26	86	0	205200	205200
2026-01-26	87	0	61200	61200
2026-01-26	89	1	9000	0
2026-01-26	90	0	3600	3600
2026-01-26	91	0	7200	7200
2026-01-26	93	0	32400	32400
2026-01-26	93	1	1800	1800
2026-01-26	94	0	47214	47214
2026-01-26	96	0	14814	14814
2026-01-26	97	0	10800	10800
2026-01-26	98	0	18000	18000
2026-01-26	99	0	61200	61200
2026-01-26	101	1	1800	0
2026-01-26	102	0	14814	14814
2026-01-26	103	0	3600	3600
2026-01-26	105	0	36000	36000
2026-01-26	107	0	3600	3600
2026-01-26	108	1	5400	0
2026-01-26	109	0	14400	14400
2026-01-26	110	0	3600	3600
2026-01-26	112	0	29628	29628
2026-01-26	113	1	75600	0
2026-01-26	113	2	15120	0
2026-01-26	114	0	46800	46800
2026-01-26	115	0	32400	32400
2026-01-26	116	0	32400	32400
2026-01-26	116	1	30600	30600
2026-01-26	116	2	6120	6120
2026-01-26	118	0	61200	61200
2026-01-26	120	0	32400	32400
2026-01-26	122	0	14400	14400
2026-01-26	123	0	3600	3600
2026-01-26	125	0	3600	3600
2026-01-26	126	0	3600	3600
2026-01-26	127	0	58014	58014
2026-01-26	129	0	3600	3600
2026-01-26	130	0	25614	25614
2026-01-26	131	0	36414	36414
2026-01-26	134	0	61200	61200
2026-01-26	135	0	32400	32400
2026-01-26	136	0	10800	10800
2026-01-26	138	0	10800	10800
2026-01-26	140	0	3600	3600
2026-01-26	141	0	3600	3600
2026-01-26	143	0	50814	50814
2026-01-26	144	0	151200	151200
2026-01-26	145	0	18414	18414
2026-01-26	146	0	10800	10800
2026-01-26	147	0	3600	3600
2026-01-26	149	0	10800	10800
2026-01-26	150	0	10800	10800
\.


--
-- Data for Name: day_lines_20260127; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.day_lines_20260127 (settle_date, member_id, kind, entitled_fen, paid_fen) FROM stdin;
2026-01-27	1	1	152442	0
2026-01-27	1	2	93962	0
2026-01-27	1	3	2052	0
2026-01-27	2	0	61200	61200
2026-01-27	2	1	196295	196295
2026-01-27	2	2	76967	76967
2026-01-27	2	3	7680	7680
2026-01-27	3	1	269388	0
2026-01-27	3	2	159478	0
2026-01-27	4	0	101628	101628
2026-01-27	4	1	52088	52088
2026-01-27	4	2	21888	21888
2026-01-27	4	3	1860	1860
2026-01-27	5	0	61200	61200
2026-01-27	5	1	31014	31014
2026-01-27	5	2	19848	19848
2026-01-27	6	0	47214	47214
2026-01-27	6	1	30488	30488
2026-01-27	6	3	3048	3048
2026-01-27	7	1	204174	0
2026-01-27	7	2	32520	0
2026-01-27	7	3	77813	0
2026-01-27	8	0	25614	25614
2026-01-27	8	1	265568	265568
2026-01-27	8	2	288538	288538
2026-01-27	9	0	428400	428400
2026-01-27	9	1	126190	126190
2026-01-27	9	2	8639	8639
2026-01-27	9	3	14426	14426
2026-01-27	10	0	33228	33228
2026-01-27	10	1	245392	245392
2026-01-27	10	2	116386	116386
2026-01-27	10	3	2808	2808
2026-01-27	11	0	235242	235242
2026-01-27	11	1	77164	77164
2026-01-27	11	2	24336	24336
2026-01-27	11	3	3036	3036
2026-01-27	12	0	82800	82800
2026-01-27	12	1	107847	107847
2026-01-27	12	2	26315	26315
2026-01-27	12	3	5724	5724
2026-01-27	13	0	75600	75600
2026-01-27	13	1	125764	125764
2026-01-27	13	2	49608	49608
2026-01-27	13	3	3036	3036
2026-01-27	14	0	190800	190800
2026-01-27	14	1	63567	63567
2026-01-27	14	2	26315	26315
2026-01-27	14	3	1296	1296
2026-01-27	15	0	72000	72000
2026-01-27	15	1	33604	33604
2026-01-27	15	2	11232	11232
2026-01-27	15	3	1200	1200
2026-01-27	16	0	43200	43200
2026-01-27	16	1	45927	45927
2026-01-27	16	2	10403	10403
2026-01-27	16	3	2592	2592
2026-01-27	17	0	25614	25614
2026-01-27	17	1	43200	43200
2026-01-27	17	2	22464	22464
2026-01-27	18	0	86400	86400
2026-01-27	19	1	101644	0
2026-01-27	19	3	27361	0
2026-01-27	20	1	333815	0
2026-01-27	20	2	128965	0
2026-01-27	21	0	306414	306414
2026-01-27	21	1	242694	242694
2026-01-27	21	2	101685	101685
2026-01-27	22	0	10800	10800
2026-01-27	22	1	148527	148527
2026-01-27	22	2	66563	66563
2026-01-27	22	3	2052	2052
2026-01-27	23	0	256014	256014
2026-01-27	23	1	41884	41884
2026-01-27	23	2	17784	17784
2026-01-27	23	3	1848	1848
2026-01-27	24	0	57600	57600
2026-01-27	24	1	27927	27927
2026-01-27	24	2	16019	16019
2026-01-27	24	3	432	432
2026-01-27	25	0	25614	25614
2026-01-27	25	1	18124	18124
2026-01-27	25	2	3744	3744
2026-01-27	25	3	1092	1092
2026-01-27	26	0	10800	10800
2026-01-27	26	1	91771	91771
2026-01-27	26	2	9467	9467
2026-01-27	26	3	23294	23294
2026-01-27	27	0	29214	29214
2026-01-27	27	1	145287	145287
2026-01-27	27	2	95631	95631
2026-01-27	28	0	223614	223614
2026-01-27	28	1	64924	64924
2026-01-27	28	2	15120	15120
2026-01-27	28	3	2712	2712
2026-01-27	29	0	75600	75600
2026-01-27	29	1	127659	127659
2026-01-27	29	2	18082	18082
2026-01-27	29	3	10957	10957
2026-01-27	30	0	18414	18414
2026-01-27	30	1	149425	149425
2026-01-27	30	2	65089	65089
2026-01-27	31	0	58842	58842
2026-01-27	31	1	29727	29727
2026-01-27	31	2	7961	7961
2026-01-27	32	0	29214	29214
2026-01-27	32	1	25200	25200
2026-01-27	33	0	50400	50400
2026-01-27	34	0	10800	10800
2026-01-27	35	1	43200	0
2026-01-27	35	2	8640	0
2026-01-27	36	0	18000	18000
2026-01-27	37	0	61200	61200
2026-01-27	37	1	118800	118800
2026-01-27	37	2	23760	23760
2026-01-27	38	0	147600	147600
2026-01-27	38	1	5400	5400
2026-01-27	39	0	76014	76014
2026-01-27	42	0	10800	10800
2026-01-27	44	0	3600	3600
2026-01-27	44	1	1800	1800
2026-01-27	46	0	3600	3600
2026-01-27	47	0	14814	14814
2026-01-27	48	0	29628	29628
2026-01-27	48	1	4320	4320
2026-01-27	49	1	23607	0
2026-01-27	51	0	144000	144000
2026-01-27	51	1	2880	2880
2026-01-27	52	0	3600	3600
2026-01-27	52	1	7200	7200
2026-01-27	53	1	18000	0
2026-01-27	55	0	223614	223614
2026-01-27	56	0	14814	14814
2026-01-27	56	1	43560	43560
2026-01-27	56	2	6120	6120
2026-01-27	56	3	1296	1296
2026-01-27	57	0	36000	36000
2026-01-27	58	0	32400	32400
2026-01-27	58	1	32400	32400
2026-01-27	58	2	6480	6480
2026-01-27	61	0	61200	61200
2026-01-27	61	1	39960	39960
2026-01-27	61	2	4320	4320
2026-01-27	61	3	1836	1836
2026-01-27	62	0	36000	36000
2026-01-27	63	1	7200	0
2026-01-27	64	0	112014	112014
2026-01-27	67	0	10800	10800
2026-01-27	68	0	64800	64800
2026-01-27	70	0	3600	3600
2026-01-27	71	0	61200	61200
2026-01-27	72	0	14400	14400
2026-01-27	73	0	10800	10800
2026-01-27	74	0	18414	18414
2026-01-27	75	0	43200	43200
2026-01-27	75	1	30600	30600
2026-01-27	75	2	6120	6120
2026-01-27	76	0	3600	3600
2026-01-27	77	0	25614	25614
2026-01-27	79	0	144000	144000
2026-01-27	80	0	7200	7200
2026-01-27	81	0	3600	3600
2026-01-27	82	1	34560	0
2026-01-27	82	2	3240	0
2026-01-27	82	3	1836	0
2026-01-27	83	0	61200	61200
2026-01-27	83	1	5400	5400
2026-01-27	85	0	10800	10800
2026-01-27	86	0	205200	205200
2026-01-27	87	0	61200	61200
2026-01-27	89	1	9000	0
2026-01-27	90	0	3600	3600
2026-01-27	91	0	7200	7200
2026-01-27	93	0	46800	46800
2026-01-27	93	1	1800	1800
2026-01-27	94	0	47214	47214
2026-01-27	96	0	14814	14814
2026-01-27	97	0	10800	10800
2026-01-27	98	0	18000	18000
2026-01-27	99	0	61200	61200
2026-01-27	101	1	1800	0
2026-01-27	102	0	14814	14814
2026-01-27	103	0	3600	3600
2026-01-27	105	0	36000	36000
2026-01-27	107	0	3600	3600
2026-01-27	108	1	12807	0
2026-01-27	109	0	14400	14400
2026-01-27	110	0	3600	3600
2026-01-27	112	0	29628	29628
2026-01-27	113	1	75600	0
2026-01-27	113	2	15120	0
2026-01-27	114	0	46800	46800
2026-01-27	115	0	32400	32400
2026-01-27	116	0	32400	32400
2026-01-27	116	1	30600	30600
2026-01-27	116	2	6120	6120
2026-01-27	118	0	61200	61200
2026-01-27	120	0	32400	32400
2026-01-27	122	0	14400	14400
2026-01-27	123	0	3600	3600
2026-01-27	125	0	3600	3600
2026-01-27	126	0	3600	3600
2026-01-27	127	0	58014	58014
2026-01-27	129	0	3600	3600
2026-01-27	130	0	25614	25614
2026-01-27	131	0	36414	36414
2026-01-27	134	0	61200	61200
2026-01-27	135	0	32400	32400
2026-01-27	136	0	10800	10800
2026-01-27	138	0	10800	10800
2026-01-27	140	0	3600	3600
2026-01-27	141	0	3600	3600
2026-01-27	143	0	50814	50814
2026-01-27	144	0	151200	151200
2026-01-27	145	0	18414	18414
2026-01-27	146	0	10800	10800
2026-01-27	147	0	3600	3600
2026-01-27	149	0	25614	25614
2026-01-27	150	0	10800	10800
\.


--
-- Data for Name: day_lines_20260128; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.day_lines_20260128 (settle_date, member_id, kind, entitled_fen, paid_fen) FROM stdin;
2026-01-28	1	1	152442	0
2026-01-28	1	2	93962	0
2026-01-28	1	3	2052	0
2026-01-28	2	0	61200	61200
2026-01-28	2	1	196295	196295
2026-01-28	2	2	76967	76967
2026-01-28	2	3	7680	7680
2026-01-28	3	1	279108	0
2026-01-28	3	2	164662	0
2026-01-28	4	0	101628	101628
2026-01-28	4	1	52088	52088
2026-01-28	4	2	21888	21888
2026-01-28	4	3	1860	1860
2026-01-28	5	0	61200	61200
2026-01-28	5	1	31014	31014
2026-01-28	5	2	19848	19848
2026-01-28	6	0	47214	47214
2026-01-28	6	1	26044	26044
2026-01-28	6	3	2604	2604
2026-01-28	7	1	196767	0
2026-01-28	7	2	27780	0
2026-01-28	7	3	78581	0
2026-01-28	8	0	10800	10800
2026-01-28	8	1	265568	265568
2026-01-28	8	2	290075	290075
2026-01-28	9	0	428400	428400
2026-01-28	9	1	126190	126190
2026-01-28	9	2	8639	8639
2026-01-28	9	3	14426	14426
2026-01-28	10	0	33228	33228
2026-01-28	10	1	245392	245392
2026-01-28	10	2	116386	116386
2026-01-28	10	3	2808	2808
2026-01-28	11	0	235242	235242
2026-01-28	11	1	77164	77164
2026-01-28	11	2	24336	24336
2026-01-28	11	3	3036	3036
2026-01-28	12	0	82800	82800
2026-01-28	12	1	107847	107847
2026-01-28	12	2	26315	26315
2026-01-28	12	3	5724	5724
2026-01-28	13	0	75600	75600
2026-01-28	13	1	129004	129004
2026-01-28	13	2	49608	49608
2026-01-28	13	3	3360	3360
2026-01-28	14	0	190800	190800
2026-01-28	14	1	68967	68967
2026-01-28	14	2	29123	29123
2026-01-28	14	3	1296	1296
2026-01-28	15	0	82800	82800
2026-01-28	15	1	38048	38048
2026-01-28	15	2	11232	11232
2026-01-28	15	3	1644	1644
2026-01-28	16	0	43200	43200
2026-01-28	16	1	53334	53334
2026-01-28	16	2	14255	14255
2026-01-28	16	3	2592	2592
2026-01-28	17	0	40428	40428
2026-01-28	17	1	43200	43200
2026-01-28	17	2	22464	22464
2026-01-28	18	0	86400	86400
2026-01-28	19	1	101644	0
2026-01-28	19	3	27361	0
2026-01-28	20	1	333815	0
2026-01-28	20	2	128965	0
2026-01-28	21	0	306414	306414
2026-01-28	21	1	242694	242694
2026-01-28	21	2	101685	101685
2026-01-28	22	0	10800	10800
2026-01-28	22	1	148527	148527
2026-01-28	22	2	66563	66563
2026-01-28	22	3	2052	2052
2026-01-28	23	0	256014	256014
2026-01-28	23	1	42964	42964
2026-01-28	23	2	17784	17784
2026-01-28	23	3	1956	1956
2026-01-28	24	0	57600	57600
2026-01-28	24	1	39447	39447
2026-01-28	24	2	16955	16955
2026-01-28	24	3	1404	1404
2026-01-28	25	0	29214	29214
2026-01-28	25	1	34324	34324
2026-01-28	25	2	12168	12168
2026-01-28	25	3	1092	1092
2026-01-28	26	0	10800	10800
2026-01-28	26	1	91771	91771
2026-01-28	26	2	9467	9467
2026-01-28	26	3	23846	23846
2026-01-28	27	0	29214	29214
2026-01-28	27	1	145287	145287
2026-01-28	27	2	96736	96736
2026-01-28	28	0	223614	223614
2026-01-28	28	1	69368	69368
2026-01-28	28	2	15120	15120
2026-01-28	28	3	3156	3156
2026-01-28	29	0	75600	75600
2026-01-28	29	1	135066	135066
2026-01-28	29	2	21045	21045
2026-01-28	29	3	11065	11065
2026-01-28	30	0	33228	33228
2026-01-28	30	1	150505	150505
2026-01-28	30	2	65449	65449
2026-01-28	31	0	58842	58842
2026-01-28	31	1	31527	31527
2026-01-28	31	2	8321	8321
2026-01-28	32	0	32814	32814
2026-01-28	32	1	25200	25200
2026-01-28	33	0	50400	50400
2026-01-28	34	0	10800	10800
2026-01-28	35	1	43200	0
2026-01-28	35	2	8640	0
2026-01-28	36	0	18000	18000
2026-01-28	37	0	61200	61200
2026-01-28	37	1	118800	118800
2026-01-28	37	2	23760	23760
2026-01-28	38	0	147600	147600
2026-01-28	38	1	5400	5400
2026-01-28	39	0	76014	76014
2026-01-28	42	0	10800	10800
2026-01-28	44	0	3600	3600
2026-01-28	44	1	1800	1800
2026-01-28	46	0	3600	3600
2026-01-28	47	0	14814	14814
2026-01-28	48	0	29628	29628
2026-01-28	48	1	4320	4320
2026-01-28	49	1	23607	0
2026-01-28	51	0	144000	144000
2026-01-28	51	1	2880	2880
2026-01-28	52	0	3600	3600
2026-01-28	52	1	7200	7200
2026-01-28	53	1	18000	0
2026-01-28	55	0	223614	223614
2026-01-28	56	0	14814	14814
2026-01-28	56	1	59760	59760
2026-01-28	56	2	9360	9360
2026-01-28	56	3	1296	1296
2026-01-28	57	0	36000	36000
2026-01-28	58	0	32400	32400
2026-01-28	58	1	32400	32400
2026-01-28	58	2	6480	6480
2026-01-28	61	0	93600	93600
2026-01-28	61	1	39960	39960
2026-01-28	61	2	4320	4320
2026-01-28	61	3	1836	1836
2026-01-28	62	0	36000	36000
2026-01-28	63	1	7200	0
2026-01-28	64	0	112014	112014
2026-01-28	67	0	10800	10800
2026-01-28	68	0	64800	64800
2026-01-28	70	0	3600	3600
2026-01-28	71	0	61200	61200
2026-01-28	72	0	14400	14400
2026-01-28	73	0	10800	10800
2026-01-28	74	0	18414	18414
2026-01-28	75	0	43200	43200
2026-01-28	75	1	30600	30600
2026-01-28	75	2	6120	6120
2026-01-28	76	0	3600	3600
2026-01-28	77	0	25614	25614
2026-01-28	78	0	32400	32400
2026-01-28	79	0	144000	144000
2026-01-28	80	0	7200	7200
2026-01-28	81	0	3600	3600
2026-01-28	82	1	34560	0
2026-01-28	82	2	3240	0
2026-01-28	82	3	1836	0
2026-01-28	83	0	61200	61200
2026-01-28	83	1	5400	5400
2026-01-28	85	0	10800	10800
2026-01-28	86	0	205200	205200
2026-01-28	87	0	61200	61200
2026-01-28	89	1	9000	0
2026-01-28	90	0	3600	3600
2026-01-28	91	0	7200	7200
2026-01-28	93	0	46800	46800
2026-01-28	93	1	1800	1800
2026-01-28	94	0	47214	47214
2026-01-28	96	0	14814	14814
2026-01-28	97	0	10800	10800
2026-01-28	98	0	18000	18000
2026-01-28	99	0	61200	61200
2026-01-28	101	1	1800	0
2026-01-28	102	0	14814	14814
2026-01-28	103	0	3600	3600
2026-01-28	105	0	36000	36000
2026-01-28	107	0	3600	3600
2026-01-28	108	1	12807	0
2026-01-28	109	0	14400	14400
2026-01-28	110	0	3600	3600
2026-01-28	112	0	44442	44442
2026-01-28	113	1	75600	0
2026-01-28	113	2	15120	0
2026-01-28	114	0	46800	46800
2026-01-28	115	0	32400	32400
2026-01-28	116	0	32400	32400
2026-01-28	116	1	30600	30600
2026-01-28	116	2	6120	6120
2026-01-28	118	0	61200	61200
2026-01-28	120	0	32400	32400
2026-01-28	122	0	14400	14400
2026-01-28	123	0	3600	3600
2026-01-28	125	0	3600	3600
2026-01-28	126	0	3600	3600
2026-01-28	127	0	58014	58014
2026-01-28	129	0	3600	3600
2026-01-28	130	0	25614	25614
2026-01-28	131	0	36414	36414
2026-01-28	134	0	61200	61200
2026-01-28	135	0	32400	32400
2026-01-28	136	0	10800	10800
2026-01-28	138	0	10800	10800
2026-01-28	140	0	3600	3600
2026-01-28	141	0	3600	3600
2026-01-28	143	0	50814	50814
2026-01-28	144	0	151200	151200
2026-01-28	145	0	18414	18414
2026-01-28	146	0	10800	10800
2026-01-28	147	0	3600	3600
2026-01-28	149	0	25614	25614
2026-01-28	150	0	10800	10800
\.


--
-- Data for Name: day_lines_20260129; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.day_lines_20260129 (settle_date, member_id, kind, entitled_fen, paid_fen) FROM stdin;
2026-01-29	1	1	167562	0
2026-01-29	1	2	92522	0
2026-01-29	1	3	3564	0
2026-01-29	2	0	61200	61200
2026-01-29	2	1	196295	196295
2026-01-29	2	2	76967	76967
2026-01-29	2	3	7680	7680
2026-01-29	3	0	3600	3600
2026-01-29	3	1	280908	280908
2026-01-29	3	2	165598	165598
2026-01-29	4	0	101628	101628
2026-01-29	4	1	77288	77288
2026-01-29	4	2	38016	38016
2026-01-29	4	3	1860	1860
2026-01-29	5	0	111600	111600
2026-01-29	5	1	31014	31014
2026-01-29	5	2	19848	19848
2026-01-29	6	0	47214	47214
2026-01-29	6	1	26044	26044
2026-01-29	6	3	2604	2604
2026-01-29	7	1	196767	0
2026-01-29	7	2	27780	0
2026-01-29	7	3	78473	0
2026-01-29	8	0	10800	10800
2026-01-29	8	1	265568	265568
2026-01-29	8	2	289859	289859
2026-01-29	9	0	428400	428400
2026-01-29	9	1	126190	126190
2026-01-29	9	2	8639	8639
2026-01-29	9	3	14534	14534
2026-01-29	10	0	33228	33228
2026-01-29	10	1	246472	246472
2026-01-29	10	2	116962	116962
2026-01-29	10	3	2808	2808
2026-01-29	11	0	235242	235242
2026-01-29	11	1	73924	73924
2026-01-29	11	2	24336	24336
2026-01-29	11	3	2712	2712
2026-01-29	12	0	82800	82800
2026-01-29	12	1	102447	102447
2026-01-29	12	2	23507	23507
2026-01-29	12	3	5724	5724
2026-01-29	13	0	64800	64800
2026-01-29	13	1	127924	127924
2026-01-29	13	2	49608	49608
2026-01-29	13	3	3252	3252
2026-01-29	14	0	190800	190800
2026-01-29	14	1	67167	67167
2026-01-29	14	2	28187	28187
2026-01-29	14	3	1296	1296
2026-01-29	15	0	82800	82800
2026-01-29	15	1	38048	38048
2026-01-29	15	2	11232	11232
2026-01-29	15	3	1644	1644
2026-01-29	16	0	43200	43200
2026-01-29	16	1	53334	53334
2026-01-29	16	2	14255	14255
2026-01-29	16	3	2592	2592
2026-01-29	17	0	40428	40428
2026-01-29	17	1	43200	43200
2026-01-29	17	2	22464	22464
2026-01-29	18	0	86400	86400
2026-01-29	18	1	1080	1080
2026-01-29	18	3	108	108
2026-01-29	19	1	103444	0
2026-01-29	19	2	936	0
2026-01-29	19	3	27469	0
2026-01-29	20	0	3600	3600
2026-01-29	20	1	333815	333815
2026-01-29	20	2	129181	129181
2026-01-29	21	0	306414	306414
2026-01-29	21	1	242694	242694
2026-01-29	21	2	102405	102405
2026-01-29	22	0	10800	10800
2026-01-29	22	1	148527	148527
2026-01-29	22	2	66563	66563
2026-01-29	22	3	2052	2052
2026-01-29	23	0	256014	256014
2026-01-29	23	1	42964	42964
2026-01-29	23	2	17784	17784
2026-01-29	23	3	1956	1956
2026-01-29	24	0	57600	57600
2026-01-29	24	1	39447	39447
2026-01-29	24	2	16955	16955
2026-01-29	24	3	1404	1404
2026-01-29	25	0	29214	29214
2026-01-29	25	1	34324	34324
2026-01-29	25	2	12168	12168
2026-01-29	25	3	1092	1092
2026-01-29	26	0	10800	10800
2026-01-29	26	1	91771	91771
2026-01-29	26	2	9467	9467
2026-01-29	26	3	23846	23846
2026-01-29	27	0	29214	29214
2026-01-29	27	1	145287	145287
2026-01-29	27	2	96736	96736
2026-01-29	28	0	223614	223614
2026-01-29	28	1	69368	69368
2026-01-29	28	2	15120	15120
2026-01-29	28	3	3156	3156
2026-01-29	29	0	75600	75600
2026-01-29	29	1	135066	135066
2026-01-29	29	2	21045	21045
2026-01-29	29	3	11065	11065
2026-01-29	30	0	33228	33228
2026-01-29	30	1	150505	150505
2026-01-29	30	2	65449	65449
2026-01-29	31	0	58842	58842
2026-01-29	31	1	31527	31527
2026-01-29	31	2	3281	3281
2026-01-29	31	3	1512	1512
2026-01-29	32	0	32814	32814
2026-01-29	32	1	25200	25200
2026-01-29	32	2	5040	5040
2026-01-29	33	0	50400	50400
2026-01-29	34	0	10800	10800
2026-01-29	35	1	45000	0
2026-01-29	35	2	9000	0
2026-01-29	36	0	18000	18000
2026-01-29	37	0	64800	64800
2026-01-29	37	1	118800	118800
2026-01-29	37	2	23760	23760
2026-01-29	38	0	147600	147600
2026-01-29	38	1	5400	5400
2026-01-29	39	0	76014	76014
2026-01-29	42	0	10800	10800
2026-01-29	44	0	3600	3600
2026-01-29	44	1	1800	1800
2026-01-29	46	0	3600	3600
2026-01-29	47	0	14814	14814
2026-01-29	48	0	29628	29628
2026-01-29	48	1	4320	4320
2026-01-29	48	3	432	432
2026-01-29	49	1	23607	0
2026-01-29	51	0	144000	144000
2026-01-29	51	1	3960	3960
2026-01-29	52	0	3600	3600
2026-01-29	52	1	9000	9000
2026-01-29	53	1	18000	0
2026-01-29	55	0	223614	223614
2026-01-29	56	0	14814	14814
2026-01-29	56	1	59760	59760
2026-01-29	56	2	9360	9360
2026-01-29	56	3	1296	1296
2026-01-29	57	0	36000	36000
2026-01-29	58	0	32400	32400
2026-01-29	58	1	32400	32400
2026-01-29	58	2	6480	6480
2026-01-29	61	0	93600	93600
2026-01-29	61	1	39960	39960
2026-01-29	61	2	4320	4320
2026-01-29	61	3	1836	1836
2026-01-29	62	0	36000	36000
2026-01-29	63	1	7200	0
2026-01-29	63	2	1440	0
2026-01-29	64	0	112014	112014
2026-01-29	67	0	10800	10800
2026-01-29	68	0	64800	64800
2026-01-29	70	0	3600	3600
2026-01-29	71	0	61200	61200
2026-01-29	72	0	18000	18000
2026-01-29	73	0	10800	10800
2026-01-29	74	0	14814	14814
2026-01-29	75	0	43200	43200
2026-01-29	75	1	30600	30600
2026-01-29	75	2	6120	6120
2026-01-29	76	0	3600	3600
2026-01-29	77	0	25614	25614
2026-01-29	78	0	32400	32400
2026-01-29	79	0	144000	144000
2026-01-29	80	0	7200	7200
2026-01-29	81	0	3600	3600
2026-01-29	82	1	34560	0
2026-01-29	82	2	3240	0
2026-01-29	82	3	1836	0
2026-01-29	83	0	61200	61200
2026-01-29	83	1	5400	5400
2026-01-29	85	0	10800	10800
2026-01-29	86	0	205200	205200
2026-01-29	87	0	61200	61200
2026-01-29	89	0	3600	3600
2026-01-29	89	1	9000	9000
2026-01-29	90	0	3600	3600
2026-01-29	91	0	7200	7200
2026-01-29	93	0	46800	46800
2026-01-29	93	1	1800	1800
2026-01-29	94	0	47214	47214
2026-01-29	96	0	14814	14814
2026-01-29	97	0	10800	10800
2026-01-29	98	0	18000	18000
2026-01-29	99	0	61200	61200
2026-01-29	101	1	1800	0
2026-01-29	102	0	14814	14814
2026-01-29	103	0	3600	3600
2026-01-29	105	0	36000	36000
2026-01-29	107	0	3600	3600
2026-01-29	108	1	12807	0
2026-01-29	109	0	14400	14400
2026-01-29	110	0	3600	3600
2026-01-29	112	0	44442	44442
2026-01-29	113	1	75600	0
2026-01-29	113	2	15120	0
2026-01-29	114	0	46800	46800
2026-01-29	115	0	32400	32400
2026-01-29	116	0	32400	32400
2026-01-29	116	1	30600	30600
2026-01-29	116	2	6120	6120
2026-01-29	118	0	61200	61200
2026-01-29	120	0	32400	32400
2026-01-29	122	0	14400	14400
2026-01-29	123	0	3600	3600
2026-01-29	125	0	3600	3600
2026-01-29	126	0	3600	3600
2026-01-29	127	0	58014	58014
2026-01-29	129	0	3600	3600
2026-01-29	130	0	25614	25614
2026-01-29	131	0	36414	36414
2026-01-29	134	0	61200	61200
2026-01-29	135	0	32400	32400
2026-01-29	136	0	10800	10800
2026-01-29	138	0	10800	10800
2026-01-29	140	0	3600	3600
2026-01-29	141	0	3600	3600
2026-01-29	143	0	50814	50814
2026-01-29	144	0	151200	151200
2026-01-29	145	0	18414	18414
2026-01-29	146	0	10800	10800
2026-01-29	147	0	3600	3600
2026-01-29	149	0	25614	25614
2026-01-29	150	0	10800	10800
\.


--
-- Data for Name: day_lines_20260130; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.day_lines_20260130 (settle_date, member_id, kind, entitled_fen, paid_fen) FROM stdin;
2026-01-30	1	1	173806	0
2026-01-30	1	2	107138	0
2026-01-30	1	3	4008	0
2026-01-30	2	0	61200	61200
2026-01-30	2	1	196295	196295
2026-01-30	2	2	76967	76967
2026-01-30	2	3	7680	7680
2026-01-30	3	0	3600	3600
2026-01-30	3	1	280908	280908
2026-01-30	3	2	165598	15386
2026-01-30	4	0	101628	101628
2026-01-30	4	1	84695	84695
2026-01-30	4	2	42756	42756
2026-01-30	4	3	1860	1860
2026-01-30	5	0	111600	111600
2026-01-30	5	1	31014	31014
2026-01-30	5	2	19848	19848
2026-01-30	6	0	47214	47214
2026-01-30	6	1	24964	24964
2026-01-30	6	3	2496	2496
2026-01-30	7	1	194967	0
2026-01-30	7	2	26628	0
2026-01-30	7	3	78689	0
2026-01-30	8	0	7200	7200
2026-01-30	8	1	265568	265568
2026-01-30	8	2	290291	290291
2026-01-30	9	0	428400	428400
2026-01-30	9	1	128350	128350
2026-01-30	9	2	8639	8639
2026-01-30	9	3	14750	14750
2026-01-30	10	0	33228	33228
2026-01-30	10	1	250072	250072
2026-01-30	10	2	118834	118834
2026-01-30	10	3	2808	2808
2026-01-30	11	0	235242	235242
2026-01-30	11	1	73924	73924
2026-01-30	11	2	24336	24336
2026-01-30	11	3	2712	2712
2026-01-30	12	0	82800	82800
2026-01-30	12	1	102447	102447
2026-01-30	12	2	23507	23507
2026-01-30	12	3	5724	5724
2026-01-30	13	0	64800	64800
2026-01-30	13	1	127924	127924
2026-01-30	13	2	49608	49608
2026-01-30	13	3	3252	3252
2026-01-30	14	0	190800	190800
2026-01-30	14	1	67167	67167
2026-01-30	14	2	28187	28187
2026-01-30	14	3	1296	1296
2026-01-30	15	0	82800	82800
2026-01-30	15	1	38048	38048
2026-01-30	15	2	11232	11232
2026-01-30	15	3	1644	1644
2026-01-30	16	0	43200	43200
2026-01-30	16	1	53334	53334
2026-01-30	16	2	14255	14255
2026-01-30	16	3	2592	2592
2026-01-30	17	0	40428	40428
2026-01-30	17	1	43200	43200
2026-01-30	17	2	22464	22464
2026-01-30	18	0	86400	86400
2026-01-30	18	1	1080	1080
2026-01-30	18	3	108	108
2026-01-30	19	1	103444	0
2026-01-30	19	2	936	0
2026-01-30	19	3	27469	0
2026-01-30	20	0	3600	3600
2026-01-30	20	1	333815	279806
2026-01-30	20	2	129181	0
2026-01-30	21	0	306414	306414
2026-01-30	21	1	242694	242694
2026-01-30	21	2	102405	102405
2026-01-30	22	0	10800	10800
2026-01-30	22	1	148527	148527
2026-01-30	22	2	66563	66563
2026-01-30	22	3	2052	2052
2026-01-30	23	0	256014	256014
2026-01-30	23	1	42964	42964
2026-01-30	23	2	17784	17784
2026-01-30	23	3	1956	1956
2026-01-30	24	0	57600	57600
2026-01-30	24	1	39447	39447
2026-01-30	24	2	16955	16955
2026-01-30	24	3	1404	1404
2026-01-30	25	0	29214	29214
2026-01-30	25	1	34324	34324
2026-01-30	25	2	12168	12168
2026-01-30	25	3	1092	1092
2026-01-30	26	0	10800	10800
2026-01-30	26	1	91771	91771
2026-01-30	26	2	9467	9467
2026-01-30	26	3	24507	24507
2026-01-30	27	0	29214	29214
2026-01-30	27	1	145287	145287
2026-01-30	27	2	98057	98057
2026-01-30	28	0	223614	223614
2026-01-30	28	1	70448	70448
2026-01-30	28	2	15120	15120
2026-01-30	28	3	3264	3264
2026-01-30	29	0	75600	75600
2026-01-30	29	1	137946	137946
2026-01-30	29	2	21765	21765
2026-01-30	29	3	11618	11618
2026-01-30	30	0	36828	36828
2026-01-30	30	1	152305	152305
2026-01-30	30	2	67651	67651
2026-01-30	31	0	58842	58842
2026-01-30	31	1	35971	35971
2026-01-30	31	2	3281	3281
2026-01-30	31	3	1956	1956
2026-01-30	32	0	32814	32814
2026-01-30	32	1	32607	32607
2026-01-30	32	2	6521	6521
2026-01-30	33	0	65214	65214
2026-01-30	34	0	10800	10800
2026-01-30	35	0	3600	3600
2026-01-30	35	1	45000	45000
2026-01-30	35	2	9000	9000
2026-01-30	36	0	18000	18000
2026-01-30	37	0	64800	64800
2026-01-30	37	1	118800	118800
2026-01-30	37	2	23760	23760
2026-01-30	38	0	147600	147600
2026-01-30	38	1	5400	5400
2026-01-30	39	0	76014	76014
2026-01-30	40	0	3600	3600
2026-01-30	42	0	10800	10800
2026-01-30	44	0	18414	18414
2026-01-30	44	1	1800	1800
2026-01-30	46	0	3600	3600
2026-01-30	47	0	14814	14814
2026-01-30	48	0	29628	29628
2026-01-30	48	1	22680	22680
2026-01-30	48	3	2268	2268
2026-01-30	49	1	23607	0
2026-01-30	51	0	144000	144000
2026-01-30	51	1	3960	3960
2026-01-30	52	0	3600	3600
2026-01-30	52	1	9000	9000
2026-01-30	53	1	18000	0
2026-01-30	55	0	223614	223614
2026-01-30	56	0	14814	14814
2026-01-30	56	1	59760	59760
2026-01-30	56	2	9360	9360
2026-01-30	56	3	1296	1296
2026-01-30	57	0	36000	36000
2026-01-30	58	0	32400	32400
2026-01-30	58	1	32400	32400
2026-01-30	58	2	6480	6480
2026-01-30	61	0	93600	93600
2026-01-30	61	1	39960	39960
2026-01-30	61	2	4320	4320
2026-01-30	61	3	1836	1836
2026-01-30	62	0	36000	36000
2026-01-30	63	1	37800	0
2026-01-30	63	2	7560	0
2026-01-30	64	0	112014	112014
2026-01-30	67	0	14400	14400
2026-01-30	68	0	64800	64800
2026-01-30	70	0	3600	3600
2026-01-30	71	0	61200	61200
2026-01-30	72	0	18000	18000
2026-01-30	73	0	10800	10800
2026-01-30	74	0	14814	14814
2026-01-30	75	0	43200	43200
2026-01-30	75	1	30600	30600
2026-01-30	75	2	6120	6120
2026-01-30	76	0	3600	3600
2026-01-30	77	0	25614	25614
2026-01-30	78	0	32400	32400
2026-01-30	79	0	144000	144000
2026-01-30	80	0	7200	7200
2026-01-30	81	0	3600	3600
2026-01-30	82	1	34560	0
2026-01-30	82	2	3240	0
2026-01-30	82	3	1836	0
2026-01-30	83	0	61200	61200
2026-01-30	83	1	5400	5400
2026-01-30	85	0	10800	10800
2026-01-30	86	0	205200	205200
2026-01-30	87	0	61200	61200
2026-01-30	89	0	3600	3600
2026-01-30	89	1	9000	9000
2026-01-30	90	0	3600	3600
2026-01-30	91	0	7200	7200
2026-01-30	93	0	46800	46800
2026-01-30	93	1	1800	1800
2026-01-30	94	0	47214	47214
2026-01-30	96	0	14814	14814
2026-01-30	97	0	10800	10800
2026-01-30	98	0	18000	18000
2026-01-30	99	0	61200	61200
2026-01-30	101	1	1800	0
2026-01-30	102	0	14814	14814
2026-01-30	103	0	3600	3600
2026-01-30	105	0	36000	36000
2026-01-30	107	0	3600	3600
2026-01-30	108	1	12807	0
2026-01-30	109	0	14400	14400
2026-01-30	110	0	3600	3600
2026-01-30	112	0	44442	44442
2026-01-30	113	0	3600	3600
2026-01-30	113	1	75600	75600
2026-01-30	113	2	15120	15120
2026-01-30	114	0	46800	46800
2026-01-30	115	0	32400	32400
2026-01-30	116	0	32400	32400
2026-01-30	116	1	30600	30600
2026-01-30	116	2	6120	6120
2026-01-30	118	0	61200	61200
2026-01-30	120	0	32400	32400
2026-01-30	122	0	75600	75600
2026-01-30	123	0	3600	3600
2026-01-30	125	0	3600	3600
2026-01-30	126	0	3600	3600
2026-01-30	127	0	58014	58014
2026-01-30	129	0	3600	3600
2026-01-30	130	0	25614	25614
2026-01-30	131	0	36414	36414
2026-01-30	134	0	61200	61200
2026-01-30	135	0	32400	32400
2026-01-30	136	0	10800	10800
2026-01-30	138	0	10800	10800
2026-01-30	140	0	3600	3600
2026-01-30	141	0	3600	3600
2026-01-30	143	0	50814	50814
2026-01-30	144	0	151200	151200
2026-01-30	145	0	18414	18414
2026-01-30	146	0	10800	10800
2026-01-30	147	0	3600	3600
2026-01-30	149	0	25614	25614
2026-01-30	150	0	10800	10800
\.


--
-- Data for Name: days; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.days (settle_date, run_id, plan_effective_from, paid_digest, refund_digest) FROM stdin;
2026-01-01	1	2026-01-01	ed58ffebccae69d8	0000000000000000
2026-01-02	2	2026-01-01	423606d3f8c51fae	0000000000000000
2026-01-03	3	2026-01-01	33c39af3729d4ac2	0000000000000000
2026-01-04	4	2026-01-01	6c53eda2f884529c	fd986336ac91f64f
2026-01-05	5	2026-01-01	fb198c39d11f86ec	6bf0281228b9735d
2026-01-06	6	2026-01-01	44295973dd1bba47	ae0466db3a55da6b
2026-01-07	7	2026-01-01	6e29e274fbcd2434	0000000000000000
2026-01-08	8	2026-01-01	94416d5487f51260	0000000000000000
2026-01-09	9	2026-01-01	e9b277afaf4c4997	6e2e0914d72d25d2
2026-01-10	10	2026-01-01	6c33edf529588eee	0000000000000000
2026-01-11	11	2026-01-01	87d84bdb0b72caff	0000000000000000
2026-01-12	12	2026-01-01	ab6f5d11961637ea	0000000000000000
2026-01-13	13	2026-01-01	6ce87d4e6549d5ac	0000000000000000
2026-01-14	14	2026-01-01	e09dabe0b92de057	7c16492146d36137
2026-01-15	15	2026-01-01	cd88abe0131a1720	0000000000000000
2026-01-16	16	2026-01-01	41a753385b1c20f1	b4dd228c9ac60fb3
2026-01-17	17	2026-01-01	5782cfc12f737a65	be7de44fbe6c7049
2026-01-18	18	2026-01-01	69b551e99a2d73e1	a54ef040b0d95076
2026-01-19	19	2026-01-01	cb486d20ba5689d6	951d10deb23de5fd
2026-01-20	31	2026-01-01	19f82715ba0e9d58	ba8aa6a30d0d6a69
2026-01-21	32	2026-01-01	87f7a5cc28b601f7	0000000000000000
2026-01-22	33	2026-01-01	45ed67dfb913822c	0000000000000000
2026-01-23	34	2026-01-01	b6820424fbdc6899	0000000000000000
2026-01-24	35	2026-01-01	bcd68a1e327e5867	0000000000000000
2026-01-25	36	2026-01-01	2c8dba0d4bdf9219	add210980e10c3d2
2026-01-26	37	2026-01-01	781963b97b0baaba	0000000000000000
2026-01-27	38	2026-01-01	b95557f3aa023396	1d5a438e3d9fe125
2026-01-28	39	2026-01-01	1389aa58d7f85c13	0000000000000000
2026-01-29	40	2026-01-01	cb8798d22221a88f	22b059c79cdc7e5c
2026-01-30	41	2026-01-01	c1f9d33b256e747d	0000000000000000
\.


--
-- Data for Name: lot_days_20260101; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.lot_days_20260101 (settle_date, order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted) FROM stdin;
\.


--
-- Data for Name: lot_days_20260102; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.lot_days_20260102 (settle_date, order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted) FROM stdin;
2026-01-02	7	10800	0	0	0	10800	f
2026-01-02	8	14814	30600	6120	0	51534	f
2026-01-02	1	61200	0	0	0	61200	f
2026-01-02	14	10800	0	0	0	10800	f
2026-01-02	15	10800	0	0	0	10800	f
2026-01-02	10	32400	0	0	0	32400	f
2026-01-02	2	10800	0	0	0	10800	f
2026-01-02	16	10800	0	0	0	10800	f
2026-01-02	3	10800	0	0	0	10800	f
2026-01-02	17	32400	0	0	0	32400	f
2026-01-02	5	3600	0	0	0	3600	f
2026-01-02	18	14814	0	0	0	14814	f
2026-01-02	13	61200	0	0	0	61200	f
2026-01-02	6	10800	0	0	0	10800	f
\.


--
-- Data for Name: lot_days_20260103; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.lot_days_20260103 (settle_date, order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted) FROM stdin;
2026-01-03	19	10800	0	0	0	10800	f
2026-01-03	7	10800	0	0	0	21600	f
2026-01-03	8	14814	30600	6120	0	103068	f
2026-01-03	1	61200	0	0	0	122400	f
2026-01-03	27	32400	16200	1080	1728	51408	f
2026-01-03	22	3600	3240	0	0	6840	f
2026-01-03	14	10800	0	0	0	21600	f
2026-01-03	15	10800	0	0	0	21600	f
2026-01-03	23	3600	0	0	0	3600	f
2026-01-03	29	14814	0	0	0	14814	f
2026-01-03	30	3600	1080	0	0	4680	f
2026-01-03	10	32400	0	0	0	64800	f
2026-01-03	31	14814	0	0	0	14814	f
2026-01-03	2	10800	0	0	0	21600	f
2026-01-03	16	10800	0	0	0	21600	f
2026-01-03	24	3600	0	0	0	3600	f
2026-01-03	32	61200	0	0	0	61200	f
2026-01-03	3	10800	0	0	0	21600	f
2026-01-03	25	14814	0	0	0	14814	f
2026-01-03	17	32400	0	0	0	64800	f
2026-01-03	33	61200	0	0	0	61200	f
2026-01-03	5	3600	0	0	0	7200	f
2026-01-03	18	14814	0	0	0	29628	f
2026-01-03	13	61200	0	0	0	122400	f
2026-01-03	6	10800	0	0	0	21600	f
2026-01-03	26	10800	0	0	0	10800	f
\.


--
-- Data for Name: lot_days_20260104; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.lot_days_20260104 (settle_date, order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted) FROM stdin;
2026-01-04	19	10800	4444	0	444	26488	f
2026-01-04	35	32400	0	0	0	32400	f
2026-01-04	36	3600	54000	0	5400	63000	f
2026-01-04	47	10800	0	0	0	10800	f
2026-01-04	41	144000	4444	0	2604	151048	f
2026-01-04	48	14814	0	0	0	14814	f
2026-01-04	7	10800	0	0	0	32400	f
2026-01-04	42	10800	0	0	0	10800	f
2026-01-04	8	14814	30600	6120	0	154602	f
2026-01-04	1	61200	0	0	0	183600	f
2026-01-04	27	32400	20644	1080	2172	107704	f
2026-01-04	22	3600	3240	0	0	13680	f
2026-01-04	49	14814	0	0	0	14814	f
2026-01-04	14	10800	0	0	0	32400	f
2026-01-04	50	10800	0	0	0	10800	f
2026-01-04	44	3600	0	0	0	3600	f
2026-01-04	15	10800	0	0	0	32400	f
2026-01-04	23	3600	0	0	0	7200	f
2026-01-04	29	14814	0	0	0	29628	f
2026-01-04	30	3600	8487	0	0	16767	f
2026-01-04	10	32400	0	0	0	97200	f
2026-01-04	31	14814	0	0	0	29628	f
2026-01-04	39	14814	0	0	0	14814	f
2026-01-04	2	10800	0	0	0	32400	f
2026-01-04	52	14814	0	0	0	14814	f
2026-01-04	16	10800	0	0	0	32400	f
2026-01-04	24	3600	0	0	0	7200	f
2026-01-04	32	61200	0	0	0	122400	f
2026-01-04	40	14814	0	0	0	14814	f
2026-01-04	25	14814	0	0	0	29628	f
2026-01-04	17	32400	0	0	0	97200	f
2026-01-04	54	3600	0	0	0	3600	f
2026-01-04	33	61200	0	0	0	122400	f
2026-01-04	5	3600	0	0	0	10800	f
2026-01-04	18	14814	0	0	0	44442	f
2026-01-04	13	61200	0	0	0	183600	f
2026-01-04	6	10800	0	0	0	32400	f
2026-01-04	26	10800	0	0	0	21600	f
\.


--
-- Data for Name: lot_days_20260105; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.lot_days_20260105 (settle_date, order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted) FROM stdin;
2026-01-05	19	10800	4444	0	444	42176	f
2026-01-05	35	32400	0	0	0	64800	f
2026-01-05	47	10800	84600	12240	5400	123840	f
2026-01-05	41	144000	4444	0	2604	302096	f
2026-01-05	48	14814	5524	0	552	35704	f
2026-01-05	58	3600	10800	4320	0	18720	f
2026-01-05	62	14814	0	0	0	14814	f
2026-01-05	7	10800	0	0	0	43200	f
2026-01-05	42	10800	0	0	0	21600	f
2026-01-05	56	144000	31680	8321	0	184001	f
2026-01-05	8	14814	31680	12240	108	213444	f
2026-01-05	1	61200	1800	720	0	247320	f
2026-01-05	57	3600	0	0	0	3600	f
2026-01-05	27	32400	20644	9401	0	170149	f
2026-01-05	22	3600	3240	0	0	20520	f
2026-01-05	49	14814	0	0	0	29628	f
2026-01-05	14	10800	0	0	0	43200	f
2026-01-05	50	10800	0	0	0	21600	f
2026-01-05	44	3600	0	0	0	7200	f
2026-01-05	59	61200	0	0	0	61200	f
2026-01-05	15	10800	0	0	0	43200	f
2026-01-05	23	3600	0	0	0	10800	f
2026-01-05	29	14814	0	0	0	44442	f
2026-01-05	30	3600	8487	0	0	28854	f
2026-01-05	10	32400	0	0	0	129600	f
2026-01-05	31	14814	0	0	0	44442	f
2026-01-05	61	61200	0	0	0	61200	f
2026-01-05	39	14814	0	0	0	29628	f
2026-01-05	2	10800	0	0	0	43200	f
2026-01-05	52	14814	0	0	0	29628	f
2026-01-05	16	10800	0	0	0	43200	f
2026-01-05	24	3600	0	0	0	10800	f
2026-01-05	32	61200	0	0	0	183600	f
2026-01-05	40	14814	0	0	0	29628	f
2026-01-05	25	14814	0	0	0	44442	f
2026-01-05	17	32400	0	0	0	129600	f
2026-01-05	54	3600	0	0	0	7200	f
2026-01-05	33	61200	0	0	0	183600	f
2026-01-05	5	3600	0	0	0	14400	f
2026-01-05	18	14814	0	0	0	59256	f
2026-01-05	13	61200	0	0	0	244800	f
2026-01-05	6	10800	0	0	0	43200	f
2026-01-05	26	10800	0	0	0	32400	f
\.


--
-- Data for Name: lot_days_20260106; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.lot_days_20260106 (settle_date, order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted) FROM stdin;
2026-01-06	65	10800	33174	12045	1836	57855	f
2026-01-06	19	10800	4444	0	444	57864	f
2026-01-06	35	32400	0	0	0	97200	f
2026-01-06	47	10800	87840	12240	5724	240444	f
2026-01-06	41	144000	4444	0	2604	453144	f
2026-01-06	72	10800	0	0	0	10800	f
2026-01-06	48	14814	1080	0	108	51706	f
2026-01-06	58	3600	10800	4320	0	37440	f
2026-01-06	7	10800	0	0	0	54000	f
2026-01-06	42	10800	0	0	0	32400	f
2026-01-06	67	10800	0	0	0	10800	f
2026-01-06	70	14814	0	0	0	14814	f
2026-01-06	56	144000	31680	6840	0	366521	f
2026-01-06	8	14814	31680	12240	108	272286	f
2026-01-06	1	61200	1800	720	0	311040	f
2026-01-06	57	3600	0	0	0	7200	f
2026-01-06	27	32400	63844	25282	0	291675	f
2026-01-06	68	10800	0	0	0	10800	f
2026-01-06	22	3600	10647	0	0	34767	f
2026-01-06	49	14814	0	0	0	44442	f
2026-01-06	73	14814	5400	0	0	20214	f
2026-01-06	14	10800	0	0	0	54000	f
2026-01-06	50	10800	0	0	0	32400	f
2026-01-06	44	3600	0	0	0	10800	f
2026-01-06	69	144000	5400	0	0	149400	f
2026-01-06	59	61200	0	0	0	122400	f
2026-01-06	15	10800	0	0	0	54000	f
2026-01-06	23	3600	0	0	0	14400	f
2026-01-06	29	14814	0	0	0	59256	f
2026-01-06	30	3600	1080	0	0	33534	f
2026-01-06	10	32400	0	0	0	162000	f
2026-01-06	31	14814	0	0	0	59256	f
2026-01-06	61	61200	0	0	0	122400	f
2026-01-06	2	10800	0	0	0	54000	f
2026-01-06	52	14814	0	0	0	44442	f
2026-01-06	16	10800	0	0	0	54000	f
2026-01-06	24	3600	0	0	0	14400	f
2026-01-06	32	61200	0	0	0	244800	f
2026-01-06	40	14814	0	0	0	44442	f
2026-01-06	25	14814	0	0	0	59256	f
2026-01-06	17	32400	0	0	0	162000	f
2026-01-06	54	3600	0	0	0	10800	f
2026-01-06	33	61200	0	0	0	244800	f
2026-01-06	5	3600	0	0	0	18000	f
2026-01-06	18	14814	0	0	0	74070	f
2026-01-06	13	61200	0	0	0	306000	f
2026-01-06	6	10800	0	0	0	54000	f
2026-01-06	26	10800	0	0	0	43200	f
\.


--
-- Data for Name: lot_days_20260107; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.lot_days_20260107 (settle_date, order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted) FROM stdin;
2026-01-07	65	10800	33174	12045	1836	115710	f
2026-01-07	19	10800	11644	3744	444	84496	f
2026-01-07	35	32400	0	0	0	129600	f
2026-01-07	74	10800	0	0	0	10800	f
2026-01-07	75	10800	10647	3851	324	25622	f
2026-01-07	78	3600	0	0	0	3600	f
2026-01-07	47	10800	87840	48577	0	387661	f
2026-01-07	41	144000	4444	0	2604	604192	f
2026-01-07	72	10800	0	0	0	21600	f
2026-01-07	48	14814	1080	0	108	67708	f
2026-01-07	58	3600	10800	4320	0	56160	f
2026-01-07	7	10800	0	0	0	64800	f
2026-01-07	42	10800	0	0	0	43200	f
2026-01-07	67	10800	0	0	0	21600	f
2026-01-07	70	14814	0	0	0	29628	f
2026-01-07	56	144000	31680	7200	0	549401	f
2026-01-07	8	14814	31680	12240	108	331128	f
2026-01-07	1	61200	1800	720	0	374760	f
2026-01-07	57	3600	0	0	0	10800	f
2026-01-07	27	32400	63844	25282	0	413201	f
2026-01-07	68	10800	0	0	0	21600	f
2026-01-07	22	3600	10647	0	0	49014	f
2026-01-07	49	14814	0	0	0	59256	f
2026-01-07	73	14814	5400	0	0	40428	f
2026-01-07	14	10800	0	0	0	64800	f
2026-01-07	50	10800	0	0	0	43200	f
2026-01-07	44	3600	0	0	0	14400	f
2026-01-07	69	144000	5400	0	0	298800	f
2026-01-07	59	61200	0	0	0	183600	f
2026-01-07	15	10800	0	0	0	64800	f
2026-01-07	23	3600	0	0	0	18000	f
2026-01-07	29	14814	0	0	0	74070	f
2026-01-07	30	3600	2880	0	0	40014	f
2026-01-07	10	32400	0	0	0	194400	f
2026-01-07	31	14814	0	0	0	74070	f
2026-01-07	61	61200	0	0	0	183600	f
2026-01-07	81	3600	0	0	0	3600	f
2026-01-07	2	10800	0	0	0	64800	f
2026-01-07	52	14814	0	0	0	59256	f
2026-01-07	16	10800	0	0	0	64800	f
2026-01-07	24	3600	0	0	0	18000	f
2026-01-07	32	61200	0	0	0	306000	f
2026-01-07	40	14814	0	0	0	59256	f
2026-01-07	25	14814	0	0	0	74070	f
2026-01-07	17	32400	0	0	0	194400	f
2026-01-07	54	3600	0	0	0	14400	f
2026-01-07	33	61200	0	0	0	306000	f
2026-01-07	5	3600	0	0	0	21600	f
2026-01-07	18	14814	0	0	0	88884	f
2026-01-07	13	61200	0	0	0	367200	f
2026-01-07	6	10800	0	0	0	64800	f
2026-01-07	26	10800	0	0	0	54000	f
\.


--
-- Data for Name: lot_days_20260108; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.lot_days_20260108 (settle_date, order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted) FROM stdin;
2026-01-08	65	10800	33174	12045	1836	173565	f
2026-01-08	19	10800	11644	3744	444	111128	f
2026-01-08	35	32400	0	0	0	162000	f
2026-01-08	74	10800	0	0	0	21600	f
2026-01-08	75	10800	10647	3851	324	51244	f
2026-01-08	78	3600	0	0	0	7200	f
2026-01-08	47	10800	88920	15912	19356	522649	f
2026-01-08	41	144000	4444	0	2604	755240	f
2026-01-08	72	10800	0	0	0	32400	f
2026-01-08	85	3600	0	0	0	3600	f
2026-01-08	48	14814	1080	0	108	83710	f
2026-01-08	58	3600	11880	4320	108	76068	f
2026-01-08	7	10800	11520	720	972	88812	f
2026-01-08	42	10800	0	0	0	54000	f
2026-01-08	89	3600	23884	6480	768	34732	f
2026-01-08	90	32400	12807	5122	0	50329	f
2026-01-08	67	10800	0	0	0	32400	f
2026-01-08	70	14814	0	0	0	44442	f
2026-01-08	56	144000	62280	13320	0	769001	f
2026-01-08	8	14814	34920	12240	432	393534	f
2026-01-08	1	61200	7200	2880	0	446040	f
2026-01-08	57	3600	0	0	0	14400	f
2026-01-08	87	10800	0	0	0	10800	f
2026-01-08	27	32400	63844	25282	0	534727	f
2026-01-08	68	10800	0	0	0	32400	f
2026-01-08	22	3600	10647	0	0	63261	f
2026-01-08	49	14814	0	0	0	74070	f
2026-01-08	73	14814	5400	0	0	60642	f
2026-01-08	14	10800	0	0	0	75600	f
2026-01-08	50	10800	0	0	0	54000	f
2026-01-08	44	3600	0	0	0	18000	f
2026-01-08	69	144000	5400	0	0	448200	f
2026-01-08	59	61200	0	0	0	244800	f
2026-01-08	15	10800	0	0	0	75600	f
2026-01-08	23	3600	0	0	0	21600	f
2026-01-08	29	14814	0	0	0	88884	f
2026-01-08	30	3600	2880	0	0	46494	f
2026-01-08	91	61200	0	0	0	61200	f
2026-01-08	10	32400	0	0	0	226800	f
2026-01-08	31	14814	0	0	0	88884	f
2026-01-08	61	61200	0	0	0	244800	f
2026-01-08	81	3600	0	0	0	7200	f
2026-01-08	2	10800	0	0	0	75600	f
2026-01-08	52	14814	0	0	0	74070	f
2026-01-08	16	10800	0	0	0	75600	f
2026-01-08	24	3600	0	0	0	21600	f
2026-01-08	32	61200	0	0	0	367200	f
2026-01-08	40	14814	0	0	0	74070	f
2026-01-08	25	14814	0	0	0	88884	f
2026-01-08	17	32400	0	0	0	226800	f
2026-01-08	54	3600	0	0	0	18000	f
2026-01-08	33	61200	0	0	0	367200	f
2026-01-08	5	3600	0	0	0	25200	f
2026-01-08	88	10800	0	0	0	10800	f
2026-01-08	18	14814	0	0	0	103698	f
2026-01-08	13	61200	0	0	0	428400	f
2026-01-08	6	10800	0	0	0	75600	f
2026-01-08	26	10800	0	0	0	64800	f
\.


--
-- Data for Name: lot_days_20260109; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.lot_days_20260109 (settle_date, order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted) FROM stdin;
2026-01-09	65	10800	33174	12045	1836	231420	f
2026-01-09	19	10800	11644	3744	444	137760	f
2026-01-09	35	32400	0	0	0	194400	f
2026-01-09	74	10800	0	0	0	32400	f
2026-01-09	75	10800	11727	3851	432	78054	f
2026-01-09	78	3600	0	0	0	10800	f
2026-01-09	47	10800	88920	15912	24324	662605	f
2026-01-09	100	3600	0	0	0	3600	f
2026-01-09	41	144000	4444	0	2712	906396	f
2026-01-09	72	10800	0	0	0	43200	f
2026-01-09	85	3600	0	0	0	7200	f
2026-01-09	48	14814	1080	0	108	99712	f
2026-01-09	58	3600	87480	34560	108	201816	f
2026-01-09	7	10800	11520	720	972	112824	f
2026-01-09	42	10800	0	0	0	64800	f
2026-01-09	94	3600	0	0	0	3600	f
2026-01-09	101	3600	0	0	0	3600	f
2026-01-09	102	144000	0	0	0	144000	f
2026-01-09	89	3600	23884	6480	768	69464	f
2026-01-09	90	32400	12807	5122	0	100658	f
2026-01-09	67	10800	0	0	0	43200	f
2026-01-09	70	14814	0	0	0	59256	f
2026-01-09	56	144000	62280	14400	0	989681	f
2026-01-09	8	14814	38160	12240	756	459504	f
2026-01-09	1	61200	12600	5040	0	524880	f
2026-01-09	57	3600	0	0	0	18000	f
2026-01-09	87	10800	0	0	0	21600	f
2026-01-09	96	14814	24840	8640	7260	55554	f
2026-01-09	27	32400	63844	25282	0	656253	f
2026-01-09	68	10800	0	0	0	43200	f
2026-01-09	22	3600	10647	0	0	77508	f
2026-01-09	49	14814	0	0	0	88884	f
2026-01-09	73	14814	5400	0	0	80856	f
2026-01-09	14	10800	0	0	0	86400	f
2026-01-09	50	10800	0	0	0	64800	f
2026-01-09	44	3600	0	0	0	21600	f
2026-01-09	69	144000	5400	0	0	597600	f
2026-01-09	59	61200	0	0	0	306000	f
2026-01-09	15	10800	0	0	0	86400	f
2026-01-09	23	3600	0	0	0	25200	f
2026-01-09	29	14814	0	0	0	103698	f
2026-01-09	30	3600	6120	0	0	56214	f
2026-01-09	91	61200	0	0	0	122400	f
2026-01-09	10	32400	0	0	0	259200	f
2026-01-09	31	14814	0	0	0	103698	f
2026-01-09	61	61200	0	0	0	306000	f
2026-01-09	81	3600	0	0	0	10800	f
2026-01-09	2	10800	0	0	0	86400	f
2026-01-09	97	10800	0	0	0	10800	f
2026-01-09	52	14814	0	0	0	88884	f
2026-01-09	16	10800	0	0	0	86400	f
2026-01-09	24	3600	0	0	0	25200	f
2026-01-09	98	10800	0	0	0	10800	f
2026-01-09	32	61200	0	0	0	428400	f
2026-01-09	40	14814	0	0	0	88884	f
2026-01-09	25	14814	0	0	0	103698	f
2026-01-09	17	32400	0	0	0	259200	f
2026-01-09	54	3600	0	0	0	21600	f
2026-01-09	33	61200	0	0	0	428400	f
2026-01-09	5	3600	0	0	0	28800	f
2026-01-09	88	10800	0	0	0	21600	f
2026-01-09	99	14814	0	0	0	14814	f
2026-01-09	18	14814	0	0	0	118512	f
2026-01-09	13	61200	0	0	0	489600	f
2026-01-09	6	10800	0	0	0	86400	f
2026-01-09	26	10800	0	0	0	75600	f
2026-01-09	93	3600	0	0	0	3600	f
\.


--
-- Data for Name: lot_days_20260110; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.lot_days_20260110 (settle_date, order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted) FROM stdin;
2026-01-10	65	10800	33174	12045	1836	289275	f
2026-01-10	19	10800	12724	4680	444	166408	f
2026-01-10	35	32400	0	0	0	226800	f
2026-01-10	74	10800	0	0	0	43200	f
2026-01-10	105	10800	0	0	0	10800	f
2026-01-10	75	10800	11727	3851	432	104864	f
2026-01-10	78	3600	0	0	0	14400	f
2026-01-10	47	10800	88920	15912	5832	784069	f
2026-01-10	100	3600	0	0	0	7200	f
2026-01-10	41	144000	4444	37201	0	1092041	f
2026-01-10	72	10800	0	0	0	54000	f
2026-01-10	85	3600	0	0	0	10800	f
2026-01-10	48	14814	1080	0	108	115714	f
2026-01-10	58	3600	87480	34560	108	327564	f
2026-01-10	7	10800	11520	720	972	136836	f
2026-01-10	42	10800	0	0	0	75600	f
2026-01-10	94	3600	0	0	0	7200	f
2026-01-10	101	3600	0	0	0	7200	f
2026-01-10	102	144000	0	0	0	288000	f
2026-01-10	89	3600	23884	6480	768	104196	f
2026-01-10	90	32400	12807	5122	0	150987	f
2026-01-10	67	10800	0	0	0	54000	f
2026-01-10	70	14814	0	0	0	74070	f
2026-01-10	56	144000	62280	14400	0	1210361	f
2026-01-10	8	14814	38160	12240	756	525474	f
2026-01-10	1	61200	12600	5040	0	603720	f
2026-01-10	57	3600	0	0	0	21600	f
2026-01-10	87	10800	0	0	0	32400	f
2026-01-10	96	14814	24840	8640	324	104172	f
2026-01-10	27	32400	63844	2160	6936	761593	f
2026-01-10	68	10800	0	0	0	54000	f
2026-01-10	22	3600	10647	0	0	91755	f
2026-01-10	49	14814	0	0	0	103698	f
2026-01-10	73	14814	5400	0	0	101070	f
2026-01-10	14	10800	0	0	0	97200	f
2026-01-10	50	10800	0	0	0	75600	f
2026-01-10	44	3600	0	0	0	25200	f
2026-01-10	69	144000	5400	0	0	747000	f
2026-01-10	59	61200	0	0	0	367200	f
2026-01-10	15	10800	0	0	0	97200	f
2026-01-10	23	3600	0	0	0	28800	f
2026-01-10	29	14814	0	0	0	118512	f
2026-01-10	30	3600	6120	0	0	65934	f
2026-01-10	91	61200	0	0	0	183600	f
2026-01-10	10	32400	0	0	0	291600	f
2026-01-10	31	14814	0	0	0	118512	f
2026-01-10	61	61200	0	0	0	367200	f
2026-01-10	81	3600	0	0	0	14400	f
2026-01-10	104	3600	0	0	0	3600	f
2026-01-10	2	10800	0	0	0	97200	f
2026-01-10	108	3600	0	0	0	3600	f
2026-01-10	97	10800	0	0	0	21600	f
2026-01-10	52	14814	0	0	0	103698	f
2026-01-10	16	10800	0	0	0	97200	f
2026-01-10	24	3600	0	0	0	28800	f
2026-01-10	98	10800	0	0	0	21600	f
2026-01-10	32	61200	0	0	0	489600	f
2026-01-10	40	14814	0	0	0	103698	f
2026-01-10	25	14814	0	0	0	118512	f
2026-01-10	17	32400	0	0	0	291600	f
2026-01-10	54	3600	0	0	0	25200	f
2026-01-10	33	61200	0	0	0	489600	f
2026-01-10	5	3600	0	0	0	32400	f
2026-01-10	88	10800	0	0	0	32400	f
2026-01-10	99	14814	0	0	0	29628	f
2026-01-10	18	14814	0	0	0	133326	f
2026-01-10	13	61200	0	0	0	550800	f
2026-01-10	6	10800	0	0	0	97200	f
2026-01-10	26	10800	0	0	0	86400	f
2026-01-10	93	3600	0	0	0	7200	f
\.


--
-- Data for Name: lot_days_20260111; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.lot_days_20260111 (settle_date, order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted) FROM stdin;
2026-01-11	65	10800	42894	53209	0	396178	f
2026-01-11	19	10800	12724	4680	444	195056	f
2026-01-11	35	32400	0	0	0	259200	f
2026-01-11	74	10800	0	0	0	54000	f
2026-01-11	105	10800	0	0	0	21600	f
2026-01-11	117	14814	0	0	0	14814	f
2026-01-11	75	10800	11727	3851	432	131674	f
2026-01-11	78	3600	0	0	0	18000	f
2026-01-11	47	10800	90720	16848	5832	908269	f
2026-01-11	100	3600	0	0	0	10800	f
2026-01-11	118	3600	101644	50544	444	156232	f
2026-01-11	41	144000	22651	3851	20449	1282992	f
2026-01-11	72	10800	0	0	0	64800	f
2026-01-11	85	3600	0	0	0	14400	f
2026-01-11	109	14814	49167	59341	0	123322	f
2026-01-11	48	14814	1080	0	108	131716	f
2026-01-11	58	3600	87480	34560	108	453312	f
2026-01-11	7	10800	11520	720	972	160848	f
2026-01-11	42	10800	0	0	0	86400	f
2026-01-11	94	3600	0	0	0	10800	f
2026-01-11	101	3600	0	0	0	10800	f
2026-01-11	102	144000	0	0	0	432000	f
2026-01-11	89	3600	23884	6480	768	138928	f
2026-01-11	90	32400	16047	5122	324	204880	f
2026-01-11	67	10800	5400	2160	0	72360	f
2026-01-11	70	14814	0	0	0	88884	f
2026-01-11	119	10800	0	0	0	10800	f
2026-01-11	56	144000	69687	15881	0	1439929	f
2026-01-11	8	14814	54360	18720	756	614124	f
2026-01-11	1	61200	12600	5040	0	682560	f
2026-01-11	110	32400	0	0	0	32400	f
2026-01-11	57	3600	1080	0	108	26388	f
2026-01-11	87	10800	0	0	0	43200	f
2026-01-11	96	14814	24840	8640	324	152790	f
2026-01-11	120	144000	0	0	0	144000	f
2026-01-11	27	32400	63844	2160	7260	867257	f
2026-01-11	68	10800	0	0	0	64800	f
2026-01-11	22	3600	13887	0	0	109242	f
2026-01-11	49	14814	0	0	0	118512	f
2026-01-11	73	14814	10800	0	0	126684	f
2026-01-11	14	10800	0	0	0	108000	f
2026-01-11	111	10800	0	0	0	10800	f
2026-01-11	50	10800	0	0	0	86400	f
2026-01-11	124	3600	0	0	0	3600	f
2026-01-11	44	3600	0	0	0	28800	f
2026-01-11	69	144000	5400	0	0	896400	f
2026-01-11	59	61200	0	0	0	428400	f
2026-01-11	15	10800	0	0	0	108000	f
2026-01-11	23	3600	0	0	0	32400	f
2026-01-11	29	14814	0	0	0	133326	f
2026-01-11	30	3600	6120	0	0	75654	f
2026-01-11	91	61200	0	0	0	244800	f
2026-01-11	112	14814	0	0	0	14814	f
2026-01-11	10	32400	0	0	0	324000	f
2026-01-11	31	14814	0	0	0	133326	f
2026-01-11	61	61200	0	0	0	428400	f
2026-01-11	81	3600	0	0	0	18000	f
2026-01-11	104	3600	0	0	0	7200	f
2026-01-11	2	10800	0	0	0	108000	f
2026-01-11	113	10800	0	0	0	10800	f
2026-01-11	108	3600	0	0	0	7200	f
2026-01-11	97	10800	0	0	0	32400	f
2026-01-11	114	3600	0	0	0	3600	f
2026-01-11	52	14814	0	0	0	118512	f
2026-01-11	16	10800	0	0	0	108000	f
2026-01-11	24	3600	0	0	0	32400	f
2026-01-11	98	10800	0	0	0	32400	f
2026-01-11	32	61200	0	0	0	550800	f
2026-01-11	40	14814	0	0	0	118512	f
2026-01-11	25	14814	0	0	0	133326	f
2026-01-11	17	32400	0	0	0	324000	f
2026-01-11	54	3600	0	0	0	28800	f
2026-01-11	33	61200	0	0	0	550800	f
2026-01-11	5	3600	0	0	0	36000	f
2026-01-11	125	3600	0	0	0	3600	f
2026-01-11	121	32400	0	0	0	32400	f
2026-01-11	88	10800	0	0	0	43200	f
2026-01-11	99	14814	0	0	0	44442	f
2026-01-11	18	14814	0	0	0	148140	f
2026-01-11	13	61200	0	0	0	612000	f
2026-01-11	6	10800	0	0	0	108000	f
2026-01-11	26	10800	0	0	0	97200	f
2026-01-11	93	3600	0	0	0	10800	f
\.


--
-- Data for Name: lot_days_20260112; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.lot_days_20260112 (settle_date, order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted) FROM stdin;
2026-01-12	65	10800	42894	53209	0	503081	f
2026-01-12	19	10800	12724	4680	444	223704	f
2026-01-12	35	32400	0	0	0	291600	f
2026-01-12	74	10800	0	0	0	64800	f
2026-01-12	105	10800	0	0	0	32400	f
2026-01-12	117	14814	0	0	0	29628	f
2026-01-12	75	10800	11727	3851	432	158484	f
2026-01-12	78	3600	0	0	0	21600	f
2026-01-12	47	10800	90720	16848	5832	1032469	f
2026-01-12	100	3600	0	0	0	14400	f
2026-01-12	118	3600	101644	50544	444	312464	f
2026-01-12	41	144000	25891	3851	20773	1477507	f
2026-01-12	72	10800	0	0	0	75600	f
2026-01-12	85	3600	0	0	0	18000	f
2026-01-12	109	14814	54567	62149	0	254852	f
2026-01-12	48	14814	1080	0	108	147718	f
2026-01-12	58	3600	87480	34560	108	579060	f
2026-01-12	7	10800	11520	720	972	184860	f
2026-01-12	42	10800	0	0	0	97200	f
2026-01-12	94	3600	0	0	0	14400	f
2026-01-12	101	3600	0	0	0	14400	f
2026-01-12	102	144000	0	0	0	576000	f
2026-01-12	89	3600	23884	6480	768	173660	f
2026-01-12	90	32400	16047	5122	324	258773	f
2026-01-12	67	10800	5400	2160	0	90720	f
2026-01-12	70	14814	0	0	0	103698	f
2026-01-12	119	10800	0	0	0	21600	f
2026-01-12	56	144000	69687	15881	0	1669497	f
2026-01-12	8	14814	54360	18720	756	702774	f
2026-01-12	1	61200	12600	5040	0	761400	f
2026-01-12	110	32400	0	0	0	64800	f
2026-01-12	57	3600	1080	0	108	31176	f
2026-01-12	87	10800	0	0	0	54000	f
2026-01-12	96	14814	24840	8640	324	201408	f
2026-01-12	120	144000	0	0	0	288000	f
2026-01-12	27	32400	63844	2160	7260	972921	f
2026-01-12	68	10800	0	0	0	75600	f
2026-01-12	22	3600	13887	0	0	126729	f
2026-01-12	49	14814	0	0	0	133326	f
2026-01-12	73	14814	10800	0	0	152298	f
2026-01-12	14	10800	0	0	0	118800	f
2026-01-12	111	10800	0	0	0	21600	f
2026-01-12	50	10800	0	0	0	97200	f
2026-01-12	124	3600	0	0	0	7200	f
2026-01-12	44	3600	30600	6120	0	69120	f
2026-01-12	69	144000	5400	0	0	1045800	f
2026-01-12	59	61200	0	0	0	489600	f
2026-01-12	15	10800	0	0	0	118800	f
2026-01-12	23	3600	0	0	0	36000	f
2026-01-12	29	14814	0	0	0	148140	f
2026-01-12	30	3600	6120	0	0	85374	f
2026-01-12	91	61200	0	0	0	306000	f
2026-01-12	112	14814	0	0	0	29628	f
2026-01-12	10	32400	0	0	0	356400	f
2026-01-12	31	14814	0	0	0	148140	f
2026-01-12	61	61200	0	0	0	489600	f
2026-01-12	81	3600	0	0	0	21600	f
2026-01-12	104	3600	0	0	0	10800	f
2026-01-12	2	10800	0	0	0	118800	f
2026-01-12	113	10800	0	0	0	21600	f
2026-01-12	108	3600	0	0	0	10800	f
2026-01-12	97	10800	0	0	0	43200	f
2026-01-12	133	61200	0	0	0	61200	f
2026-01-12	114	3600	0	0	0	7200	f
2026-01-12	52	14814	0	0	0	133326	f
2026-01-12	16	10800	0	0	0	118800	f
2026-01-12	24	3600	0	0	0	36000	f
2026-01-12	98	10800	0	0	0	43200	f
2026-01-12	32	61200	0	0	0	612000	f
2026-01-12	40	14814	0	0	0	133326	f
2026-01-12	25	14814	0	0	0	148140	f
2026-01-12	17	32400	0	0	0	356400	f
2026-01-12	54	3600	0	0	0	32400	f
2026-01-12	33	61200	0	0	0	612000	f
2026-01-12	5	3600	0	0	0	39600	f
2026-01-12	125	3600	0	0	0	7200	f
2026-01-12	121	32400	0	0	0	64800	f
2026-01-12	134	10800	0	0	0	10800	f
2026-01-12	88	10800	0	0	0	54000	f
2026-01-12	99	14814	0	0	0	59256	f
2026-01-12	18	14814	0	0	0	162954	f
2026-01-12	13	61200	0	0	0	673200	f
2026-01-12	129	32400	0	0	0	32400	f
2026-01-12	6	10800	0	0	0	118800	f
2026-01-12	26	10800	0	0	0	108000	f
2026-01-12	93	3600	0	0	0	14400	f
\.


--
-- Data for Name: lot_days_20260113; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.lot_days_20260113 (settle_date, order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted) FROM stdin;
2026-01-13	65	10800	49138	18431	19273	600723	f
2026-01-13	19	10800	22444	4680	1416	263044	f
2026-01-13	35	32400	0	0	0	324000	f
2026-01-13	74	10800	0	0	0	75600	f
2026-01-13	105	10800	0	0	0	43200	f
2026-01-13	117	14814	0	0	0	44442	f
2026-01-13	75	10800	27927	12275	432	209918	f
2026-01-13	78	3600	0	0	0	25200	f
2026-01-13	135	32400	31084	3744	2388	69616	f
2026-01-13	47	10800	98127	20699	5832	1167927	f
2026-01-13	100	3600	0	0	0	18000	f
2026-01-13	118	3600	101644	50544	444	468696	f
2026-01-13	145	14814	0	0	0	14814	f
2026-01-13	41	144000	35735	3851	5532	1666625	f
2026-01-13	72	10800	0	0	0	86400	f
2026-01-13	85	3600	0	0	0	21600	f
2026-01-13	109	14814	74214	40391	0	384271	f
2026-01-13	48	14814	14040	0	1404	177976	f
2026-01-13	147	3600	0	0	0	3600	f
2026-01-13	152	10800	0	0	0	10800	f
2026-01-13	153	14814	0	0	0	14814	f
2026-01-13	58	3600	90720	71761	0	745141	f
2026-01-13	154	10800	0	0	0	10800	f
2026-01-13	155	32400	0	0	0	32400	f
2026-01-13	7	10800	16920	2880	972	216432	f
2026-01-13	42	10800	0	0	0	108000	f
2026-01-13	94	3600	0	0	0	18000	f
2026-01-13	101	3600	0	0	0	18000	f
2026-01-13	102	144000	0	0	0	720000	f
2026-01-13	89	3600	23884	6480	768	208392	f
2026-01-13	90	32400	34407	5122	2160	332862	f
2026-01-13	67	10800	36000	14400	0	151920	f
2026-01-13	70	14814	0	0	0	118512	f
2026-01-13	119	10800	0	0	0	32400	f
2026-01-13	136	61200	0	0	0	61200	f
2026-01-13	56	144000	69687	15881	0	1899065	f
2026-01-13	8	14814	61767	60230	0	839585	f
2026-01-13	1	61200	15840	5040	324	843804	f
2026-01-13	110	32400	0	0	0	97200	f
2026-01-13	149	14814	0	0	0	14814	f
2026-01-13	57	3600	9720	2160	432	47088	f
2026-01-13	87	10800	0	0	0	64800	f
2026-01-13	156	10800	7200	2880	0	20880	f
2026-01-13	138	10800	53044	0	5304	69148	f
2026-01-13	96	14814	24840	8640	324	250026	f
2026-01-13	120	144000	0	0	0	432000	f
2026-01-13	27	32400	63844	2160	7584	1078909	f
2026-01-13	68	10800	0	0	0	86400	f
2026-01-13	22	3600	17127	4721	0	152177	f
2026-01-13	49	14814	0	0	0	148140	f
2026-01-13	73	14814	16200	0	0	183312	f
2026-01-13	14	10800	0	0	0	129600	f
2026-01-13	111	10800	0	0	0	32400	f
2026-01-13	150	10800	0	0	0	10800	f
2026-01-13	50	10800	0	0	0	108000	f
2026-01-13	124	3600	0	0	0	10800	f
2026-01-13	44	3600	30600	6120	0	109440	f
2026-01-13	69	144000	5400	0	0	1195200	f
2026-01-13	59	61200	0	0	0	550800	f
2026-01-13	15	10800	0	0	0	129600	f
2026-01-13	23	3600	0	0	0	39600	f
2026-01-13	29	14814	0	0	0	162954	f
2026-01-13	30	3600	6120	0	0	95094	f
2026-01-13	91	61200	0	0	0	367200	f
2026-01-13	112	14814	0	0	0	44442	f
2026-01-13	10	32400	0	0	0	388800	f
2026-01-13	31	14814	0	0	0	162954	f
2026-01-13	61	61200	0	0	0	550800	f
2026-01-13	81	3600	0	0	0	25200	f
2026-01-13	104	3600	0	0	0	14400	f
2026-01-13	2	10800	0	0	0	129600	f
2026-01-13	113	10800	0	0	0	32400	f
2026-01-13	139	3600	0	0	0	3600	f
2026-01-13	108	3600	0	0	0	14400	f
2026-01-13	97	10800	0	0	0	54000	f
2026-01-13	133	61200	0	0	0	122400	f
2026-01-13	114	3600	0	0	0	10800	f
2026-01-13	52	14814	0	0	0	148140	f
2026-01-13	16	10800	0	0	0	129600	f
2026-01-13	24	3600	0	0	0	39600	f
2026-01-13	98	10800	0	0	0	54000	f
2026-01-13	32	61200	0	0	0	673200	f
2026-01-13	40	14814	0	0	0	148140	f
2026-01-13	151	3600	0	0	0	3600	f
2026-01-13	25	14814	0	0	0	162954	f
2026-01-13	17	32400	0	0	0	388800	f
2026-01-13	54	3600	0	0	0	36000	f
2026-01-13	33	61200	0	0	0	673200	f
2026-01-13	5	3600	0	0	0	43200	f
2026-01-13	125	3600	0	0	0	10800	f
2026-01-13	121	32400	0	0	0	97200	f
2026-01-13	134	10800	0	0	0	21600	f
2026-01-13	88	10800	0	0	0	64800	f
2026-01-13	99	14814	0	0	0	74070	f
2026-01-13	18	14814	0	0	0	177768	f
2026-01-13	13	61200	0	0	0	734400	f
2026-01-13	129	32400	0	0	0	64800	f
2026-01-13	141	10800	0	0	0	10800	f
2026-01-13	6	10800	0	0	0	129600	f
2026-01-13	142	3600	0	0	0	3600	f
2026-01-13	143	3600	0	0	0	3600	f
2026-01-13	26	10800	0	0	0	118800	f
2026-01-13	93	3600	0	0	0	18000	f
2026-01-13	144	10800	0	0	0	10800	f
\.


--
-- Data for Name: lot_days_20260114; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.lot_days_20260114 (settle_date, order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted) FROM stdin;
2026-01-14	65	10800	90538	17495	24025	743581	f
2026-01-14	158	61200	0	0	0	61200	f
2026-01-14	19	10800	24244	5616	1416	305120	f
2026-01-14	35	32400	0	0	0	356400	f
2026-01-14	74	10800	0	0	0	86400	f
2026-01-14	105	10800	0	0	0	54000	f
2026-01-14	117	14814	0	0	0	59256	f
2026-01-14	75	10800	27927	12275	432	261352	f
2026-01-14	78	3600	0	0	0	28800	f
2026-01-14	174	3600	0	0	0	3600	f
2026-01-14	135	32400	31084	3744	2388	139232	f
2026-01-14	47	10800	101367	20699	6156	1306949	f
2026-01-14	100	3600	0	0	0	21600	f
2026-01-14	118	3600	107044	53352	444	633136	f
2026-01-14	145	14814	0	0	0	29628	f
2026-01-14	41	144000	35735	3851	5532	1855743	f
2026-01-14	72	10800	0	0	0	97200	f
2026-01-14	85	3600	0	0	0	25200	f
2026-01-14	109	14814	74214	40391	0	513690	f
2026-01-14	48	14814	14040	0	1404	208234	f
2026-01-14	147	3600	0	0	0	7200	f
2026-01-14	152	10800	0	0	0	21600	f
2026-01-14	153	14814	0	0	0	29628	f
2026-01-14	58	3600	1259	0	0	750000	t
2026-01-14	154	10800	89461	44928	432	156421	f
2026-01-14	155	32400	0	0	0	64800	f
2026-01-14	7	10800	16920	3744	972	248868	f
2026-01-14	42	10800	0	0	0	118800	f
2026-01-14	94	3600	0	0	0	21600	f
2026-01-14	101	3600	0	0	0	21600	f
2026-01-14	102	144000	0	0	0	864000	f
2026-01-14	89	3600	27124	8424	1092	248632	f
2026-01-14	90	32400	39807	9467	16536	431072	f
2026-01-14	67	10800	36000	47472	0	246192	f
2026-01-14	70	14814	0	0	0	133326	f
2026-01-14	119	10800	0	0	0	43200	f
2026-01-14	136	61200	0	0	0	122400	f
2026-01-14	56	144000	69687	31762	0	2144514	f
2026-01-14	165	144000	0	0	0	144000	f
2026-01-14	8	14814	133767	98534	0	1086700	f
2026-01-14	1	61200	15840	5040	324	926208	f
2026-01-14	110	32400	0	0	0	129600	f
2026-01-14	149	14814	0	0	0	29628	f
2026-01-14	160	144000	0	0	0	144000	f
2026-01-14	57	3600	9720	2160	432	63000	f
2026-01-14	87	10800	0	0	0	75600	f
2026-01-14	156	10800	7200	2880	0	41760	f
2026-01-14	138	10800	53044	0	5304	138296	f
2026-01-14	96	14814	24840	8640	324	298644	f
2026-01-14	120	144000	0	0	0	576000	f
2026-01-14	27	32400	64924	2160	8016	1186409	f
2026-01-14	68	10800	0	0	0	97200	f
2026-01-14	22	3600	22527	5801	0	184105	f
2026-01-14	49	14814	0	0	0	162954	f
2026-01-14	73	14814	16200	0	0	214326	f
2026-01-14	161	10800	0	0	0	10800	f
2026-01-14	14	10800	0	0	0	140400	f
2026-01-14	111	10800	0	0	0	43200	f
2026-01-14	150	10800	0	0	0	21600	f
2026-01-14	50	10800	0	0	0	118800	f
2026-01-14	124	3600	0	0	0	14400	f
2026-01-14	44	3600	46800	9360	0	169200	f
2026-01-14	69	144000	5400	0	0	1344600	f
2026-01-14	166	3600	0	0	0	3600	f
2026-01-14	59	61200	0	0	0	612000	f
2026-01-14	15	10800	0	0	0	140400	f
2026-01-14	23	3600	0	0	0	43200	f
2026-01-14	29	14814	0	0	0	177768	f
2026-01-14	30	3600	6120	0	0	104814	f
2026-01-14	91	61200	0	0	0	428400	f
2026-01-14	112	14814	0	0	0	59256	f
2026-01-14	163	32400	0	0	0	32400	f
2026-01-14	10	32400	0	0	0	421200	f
2026-01-14	31	14814	0	0	0	177768	f
2026-01-14	61	61200	0	0	0	612000	f
2026-01-14	81	3600	0	0	0	28800	f
2026-01-14	104	3600	0	0	0	18000	f
2026-01-14	2	10800	0	0	0	140400	f
2026-01-14	113	10800	0	0	0	43200	f
2026-01-14	108	3600	0	0	0	18000	f
2026-01-14	168	61200	5400	0	0	66600	f
2026-01-14	97	10800	0	0	0	64800	f
2026-01-14	133	61200	0	0	0	183600	f
2026-01-14	114	3600	0	0	0	14400	f
2026-01-14	52	14814	0	0	0	162954	f
2026-01-14	16	10800	0	0	0	140400	f
2026-01-14	24	3600	0	0	0	43200	f
2026-01-14	98	10800	0	0	0	64800	f
2026-01-14	32	61200	0	0	0	734400	f
2026-01-14	40	14814	0	0	0	162954	f
2026-01-14	151	3600	0	0	0	7200	f
2026-01-14	169	10800	0	0	0	10800	f
2026-01-14	25	14814	0	0	0	177768	f
2026-01-14	17	32400	0	0	0	421200	f
2026-01-14	54	3600	0	0	0	39600	f
2026-01-14	170	10800	0	0	0	10800	f
2026-01-14	33	61200	0	0	0	734400	f
2026-01-14	172	32400	0	0	0	32400	f
2026-01-14	5	3600	0	0	0	46800	f
2026-01-14	125	3600	0	0	0	14400	f
2026-01-14	121	32400	0	0	0	129600	f
2026-01-14	134	10800	0	0	0	32400	f
2026-01-14	88	10800	0	0	0	75600	f
2026-01-14	99	14814	0	0	0	88884	f
2026-01-14	18	14814	0	0	0	192582	f
2026-01-14	13	61200	0	0	0	795600	f
2026-01-14	129	32400	0	0	0	97200	f
2026-01-14	141	10800	0	0	0	21600	f
2026-01-14	6	10800	0	0	0	140400	f
2026-01-14	142	3600	0	0	0	7200	f
2026-01-14	143	3600	0	0	0	7200	f
2026-01-14	26	10800	0	0	0	129600	f
2026-01-14	93	3600	0	0	0	21600	f
2026-01-14	144	10800	0	0	0	21600	f
\.


--
-- Data for Name: lot_days_20260115; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.lot_days_20260115 (settle_date, order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted) FROM stdin;
2026-01-15	65	10800	91618	17495	25429	888923	f
2026-01-15	158	61200	0	0	0	122400	f
2026-01-15	19	10800	24244	5616	1416	347196	f
2026-01-15	35	32400	0	0	0	388800	f
2026-01-15	74	10800	0	0	0	97200	f
2026-01-15	105	10800	0	0	0	64800	f
2026-01-15	117	14814	0	0	0	74070	f
2026-01-15	75	10800	27927	12275	432	312786	f
2026-01-15	78	3600	0	0	0	32400	f
2026-01-15	174	3600	0	0	0	7200	f
2026-01-15	135	32400	31084	3744	2388	208848	f
2026-01-15	47	10800	101367	20699	6156	1445971	f
2026-01-15	100	3600	0	0	0	25200	f
2026-01-15	118	3600	111488	1778	0	750002	t
2026-01-15	145	14814	0	51574	888	96904	f
2026-01-15	41	144000	43142	7703	5532	2056120	f
2026-01-15	72	10800	0	0	0	108000	f
2026-01-15	85	3600	0	0	0	28800	f
2026-01-15	109	14814	74214	40391	0	643109	f
2026-01-15	181	14814	0	0	0	14814	f
2026-01-15	48	14814	12960	0	1296	237304	f
2026-01-15	147	3600	0	0	0	10800	f
2026-01-15	152	10800	0	0	0	32400	f
2026-01-15	153	14814	0	0	0	44442	f
2026-01-15	154	10800	90720	44928	432	303301	f
2026-01-15	155	32400	0	0	0	97200	f
2026-01-15	7	10800	16920	3744	972	281304	f
2026-01-15	42	10800	0	0	0	129600	f
2026-01-15	94	3600	0	0	0	25200	f
2026-01-15	101	3600	0	0	0	25200	f
2026-01-15	102	144000	0	0	0	1008000	f
2026-01-15	89	3600	27124	8424	1092	288872	f
2026-01-15	90	32400	39807	9467	20856	533602	f
2026-01-15	67	10800	36000	56112	0	349104	f
2026-01-15	70	14814	0	0	0	148140	f
2026-01-15	119	10800	0	0	0	54000	f
2026-01-15	136	61200	0	0	0	183600	f
2026-01-15	56	144000	141687	60562	0	2490763	f
2026-01-15	165	144000	0	0	0	288000	f
2026-01-15	8	14814	138807	102062	0	1342383	f
2026-01-15	1	61200	21240	7200	324	1016172	f
2026-01-15	110	32400	0	0	0	162000	f
2026-01-15	149	14814	0	0	0	44442	f
2026-01-15	160	144000	0	0	0	288000	f
2026-01-15	182	3600	0	0	0	3600	f
2026-01-15	57	3600	9720	2160	432	78912	f
2026-01-15	87	10800	0	0	0	86400	f
2026-01-15	183	10800	0	0	0	10800	f
2026-01-15	156	10800	7200	2880	0	62640	f
2026-01-15	138	10800	53044	0	5304	207444	f
2026-01-15	96	14814	41040	15120	324	369942	f
2026-01-15	120	144000	0	0	0	720000	f
2026-01-15	27	32400	64924	2160	8016	1293909	f
2026-01-15	68	10800	0	0	0	108000	f
2026-01-15	189	32400	0	0	0	32400	f
2026-01-15	22	3600	22527	5801	0	216033	f
2026-01-15	49	14814	0	0	0	177768	f
2026-01-15	73	14814	16200	0	0	245340	f
2026-01-15	161	10800	0	0	0	21600	f
2026-01-15	14	10800	0	0	0	151200	f
2026-01-15	111	10800	0	0	0	54000	f
2026-01-15	150	10800	0	0	0	32400	f
2026-01-15	50	10800	0	0	0	129600	f
2026-01-15	124	3600	0	0	0	18000	f
2026-01-15	44	3600	46800	9360	0	228960	f
2026-01-15	69	144000	5400	0	0	1494000	f
2026-01-15	166	3600	0	0	0	7200	f
2026-01-15	59	61200	0	0	0	673200	f
2026-01-15	15	10800	0	0	0	151200	f
2026-01-15	23	3600	0	0	0	46800	f
2026-01-15	29	14814	0	0	0	192582	f
2026-01-15	185	144000	2880	0	0	146880	f
2026-01-15	30	3600	6120	0	0	114534	f
2026-01-15	91	61200	0	0	0	489600	f
2026-01-15	112	14814	0	0	0	74070	f
2026-01-15	163	32400	0	0	0	64800	f
2026-01-15	10	32400	0	0	0	453600	f
2026-01-15	31	14814	0	0	0	192582	f
2026-01-15	61	61200	0	0	0	673200	f
2026-01-15	81	3600	0	0	0	32400	f
2026-01-15	104	3600	0	0	0	21600	f
2026-01-15	2	10800	0	0	0	151200	f
2026-01-15	113	10800	0	0	0	54000	f
2026-01-15	186	32400	0	0	0	32400	f
2026-01-15	108	3600	0	0	0	21600	f
2026-01-15	168	61200	5400	0	0	133200	f
2026-01-15	97	10800	0	0	0	75600	f
2026-01-15	133	61200	0	0	0	244800	f
2026-01-15	114	3600	0	0	0	18000	f
2026-01-15	52	14814	0	0	0	177768	f
2026-01-15	16	10800	0	0	0	151200	f
2026-01-15	24	3600	0	0	0	46800	f
2026-01-15	98	10800	0	0	0	75600	f
2026-01-15	32	61200	0	0	0	795600	f
2026-01-15	40	14814	0	0	0	177768	f
2026-01-15	151	3600	0	0	0	10800	f
2026-01-15	169	10800	0	0	0	21600	f
2026-01-15	187	3600	0	0	0	3600	f
2026-01-15	25	14814	0	0	0	192582	f
2026-01-15	17	32400	0	0	0	453600	f
2026-01-15	54	3600	0	0	0	43200	f
2026-01-15	170	10800	0	0	0	21600	f
2026-01-15	33	61200	0	0	0	795600	f
2026-01-15	172	32400	0	0	0	64800	f
2026-01-15	188	3600	0	0	0	3600	f
2026-01-15	5	3600	0	0	0	50400	f
2026-01-15	125	3600	0	0	0	18000	f
2026-01-15	121	32400	0	0	0	162000	f
2026-01-15	134	10800	0	0	0	43200	f
2026-01-15	88	10800	0	0	0	86400	f
2026-01-15	99	14814	0	0	0	103698	f
2026-01-15	18	14814	0	0	0	207396	f
2026-01-15	13	61200	0	0	0	856800	f
2026-01-15	129	32400	0	0	0	129600	f
2026-01-15	141	10800	0	0	0	32400	f
2026-01-15	6	10800	0	0	0	151200	f
2026-01-15	142	3600	0	0	0	10800	f
2026-01-15	143	3600	0	0	0	10800	f
2026-01-15	26	10800	0	0	0	140400	f
2026-01-15	93	3600	0	0	0	25200	f
2026-01-15	144	10800	0	0	0	32400	f
\.


--
-- Data for Name: lot_days_20260116; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.lot_days_20260116 (settle_date, order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted) FROM stdin;
2026-01-16	200	3600	65421	34954	648	104623	f
2026-01-16	65	10800	101462	24154	26306	1051645	f
2026-01-16	158	61200	0	0	0	183600	f
2026-01-16	19	10800	24244	5616	1416	389272	f
2026-01-16	35	32400	0	0	0	421200	f
2026-01-16	74	10800	0	0	0	108000	f
2026-01-16	105	10800	0	0	0	75600	f
2026-01-16	117	14814	0	0	0	88884	f
2026-01-16	75	10800	27927	12275	432	364220	f
2026-01-16	78	3600	0	0	0	36000	f
2026-01-16	174	3600	0	0	0	10800	f
2026-01-16	135	32400	31084	3744	2388	278464	f
2026-01-16	47	10800	101367	20699	6156	1584993	f
2026-01-16	100	3600	0	0	0	28800	f
2026-01-16	145	14814	111488	53352	888	277446	f
2026-01-16	201	3600	0	0	0	3600	f
2026-01-16	41	144000	44222	7703	5640	2257685	f
2026-01-16	72	10800	0	0	0	118800	f
2026-01-16	85	3600	0	0	0	32400	f
2026-01-16	109	14814	76014	41327	0	775264	f
2026-01-16	181	14814	0	0	0	29628	f
2026-01-16	48	14814	22680	0	2268	277066	f
2026-01-16	147	3600	0	0	0	14400	f
2026-01-16	152	10800	0	0	0	43200	f
2026-01-16	153	14814	0	0	0	59256	f
2026-01-16	154	10800	90720	44928	432	450181	f
2026-01-16	155	32400	0	0	0	129600	f
2026-01-16	192	32400	0	0	0	32400	f
2026-01-16	7	10800	16920	3744	972	313740	f
2026-01-16	42	10800	0	0	0	140400	f
2026-01-16	94	3600	0	0	0	28800	f
2026-01-16	101	3600	0	0	0	28800	f
2026-01-16	102	144000	0	0	0	1152000	f
2026-01-16	89	3600	27124	8424	1092	329112	f
2026-01-16	90	32400	39807	9467	22800	638076	f
2026-01-16	67	10800	36000	60000	0	455904	f
2026-01-16	70	14814	0	0	0	162954	f
2026-01-16	119	10800	0	0	0	64800	f
2026-01-16	136	61200	0	0	0	244800	f
2026-01-16	56	144000	143487	61282	0	2839532	f
2026-01-16	165	144000	0	0	0	432000	f
2026-01-16	8	14814	138807	103815	0	1599819	f
2026-01-16	1	61200	25684	7200	768	1111024	f
2026-01-16	110	32400	0	0	0	194400	f
2026-01-16	149	14814	0	0	0	59256	f
2026-01-16	160	144000	0	0	0	432000	f
2026-01-16	182	3600	0	0	0	7200	f
2026-01-16	57	3600	17127	5122	432	105193	f
2026-01-16	87	10800	0	0	0	97200	f
2026-01-16	183	10800	0	0	0	21600	f
2026-01-16	156	10800	8280	2880	108	84708	f
2026-01-16	202	14814	0	0	0	14814	f
2026-01-16	138	10800	55924	720	5412	280300	f
2026-01-16	193	3600	112887	36082	2268	154837	f
2026-01-16	96	14814	42120	15120	432	442428	f
2026-01-16	120	144000	0	0	0	864000	f
2026-01-16	27	32400	66724	2880	8124	1404037	f
2026-01-16	68	10800	0	0	0	118800	f
2026-01-16	189	32400	0	0	0	64800	f
2026-01-16	198	3600	111211	48004	0	162815	f
2026-01-16	22	3600	24327	6161	0	250121	f
2026-01-16	49	14814	0	0	0	192582	f
2026-01-16	73	14814	16200	0	0	276354	f
2026-01-16	161	10800	0	0	0	32400	f
2026-01-16	194	3600	0	0	0	3600	f
2026-01-16	14	10800	0	0	0	162000	f
2026-01-16	111	10800	0	0	0	64800	f
2026-01-16	150	10800	0	0	0	43200	f
2026-01-16	50	10800	0	0	0	140400	f
2026-01-16	124	3600	0	0	0	21600	f
2026-01-16	195	3600	0	0	0	3600	f
2026-01-16	44	3600	46800	9360	0	288720	f
2026-01-16	69	144000	5400	0	0	1643400	f
2026-01-16	166	3600	0	0	0	10800	f
2026-01-16	59	61200	0	0	0	734400	f
2026-01-16	15	10800	0	0	0	162000	f
2026-01-16	23	3600	0	0	0	50400	f
2026-01-16	29	14814	0	0	0	207396	f
2026-01-16	185	144000	2880	0	0	293760	f
2026-01-16	30	3600	6120	0	0	124254	f
2026-01-16	91	61200	0	0	0	550800	f
2026-01-16	112	14814	0	0	0	88884	f
2026-01-16	203	3600	0	0	0	3600	f
2026-01-16	163	32400	30600	6120	0	133920	f
2026-01-16	10	32400	0	0	0	486000	f
2026-01-16	31	14814	0	0	0	207396	f
2026-01-16	61	61200	0	0	0	734400	f
2026-01-16	204	61200	0	0	0	61200	f
2026-01-16	81	3600	0	0	0	36000	f
2026-01-16	104	3600	0	0	0	25200	f
2026-01-16	2	10800	0	0	0	162000	f
2026-01-16	113	10800	0	0	0	64800	f
2026-01-16	186	32400	0	0	0	64800	f
2026-01-16	108	3600	0	0	0	25200	f
2026-01-16	168	61200	5400	0	0	199800	f
2026-01-16	97	10800	0	0	0	86400	f
2026-01-16	133	61200	0	0	0	306000	f
2026-01-16	114	3600	0	0	0	21600	f
2026-01-16	199	14814	0	0	0	14814	f
2026-01-16	52	14814	0	0	0	192582	f
2026-01-16	16	10800	0	0	0	162000	f
2026-01-16	24	3600	0	0	0	50400	f
2026-01-16	98	10800	0	0	0	86400	f
2026-01-16	32	61200	0	0	0	856800	f
2026-01-16	40	14814	0	0	0	192582	f
2026-01-16	151	3600	0	0	0	14400	f
2026-01-16	169	10800	0	0	0	32400	f
2026-01-16	187	3600	0	0	0	7200	f
2026-01-16	25	14814	0	0	0	207396	f
2026-01-16	17	32400	0	0	0	486000	f
2026-01-16	54	3600	0	0	0	46800	f
2026-01-16	170	10800	0	0	0	32400	f
2026-01-16	33	61200	0	0	0	856800	f
2026-01-16	172	32400	0	0	0	97200	f
2026-01-16	188	3600	0	0	0	7200	f
2026-01-16	206	10800	0	0	0	10800	f
2026-01-16	5	3600	0	0	0	54000	f
2026-01-16	125	3600	0	0	0	21600	f
2026-01-16	121	32400	0	0	0	194400	f
2026-01-16	134	10800	0	0	0	54000	f
2026-01-16	88	10800	0	0	0	97200	f
2026-01-16	99	14814	0	0	0	118512	f
2026-01-16	18	14814	0	0	0	222210	f
2026-01-16	196	10800	0	0	0	10800	f
2026-01-16	13	61200	0	0	0	918000	f
2026-01-16	129	32400	0	0	0	162000	f
2026-01-16	141	10800	0	0	0	43200	f
2026-01-16	6	10800	0	0	0	162000	f
2026-01-16	142	3600	0	0	0	14400	f
2026-01-16	197	3600	0	0	0	3600	f
2026-01-16	143	3600	0	0	0	14400	f
2026-01-16	26	10800	0	0	0	151200	f
2026-01-16	93	3600	0	0	0	28800	f
2026-01-16	144	10800	0	0	0	43200	f
\.


--
-- Data for Name: lot_days_20260117; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.lot_days_20260117 (settle_date, order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted) FROM stdin;
2026-01-17	200	3600	67221	35890	648	211982	f
2026-01-17	65	10800	101462	24154	26858	1214919	f
2026-01-17	158	61200	0	0	0	244800	f
2026-01-17	19	10800	24244	5616	1416	431348	f
2026-01-17	35	32400	0	0	0	453600	f
2026-01-17	74	10800	0	0	0	118800	f
2026-01-17	105	10800	0	0	0	86400	f
2026-01-17	117	14814	0	0	0	103698	f
2026-01-17	75	10800	27927	12275	432	415654	f
2026-01-17	78	3600	0	0	0	39600	f
2026-01-17	174	3600	0	0	0	14400	f
2026-01-17	135	32400	32164	3744	2496	349268	f
2026-01-17	47	10800	103167	21635	6156	1726751	f
2026-01-17	100	3600	0	0	0	32400	f
2026-01-17	145	14814	115932	53352	1333	462877	f
2026-01-17	201	3600	0	0	0	7200	f
2026-01-17	207	3600	0	0	0	3600	f
2026-01-17	41	144000	56073	11554	6085	2475397	f
2026-01-17	72	10800	0	0	0	129600	f
2026-01-17	85	3600	0	0	0	36000	f
2026-01-17	109	14814	83421	45178	0	918677	f
2026-01-17	181	14814	0	0	0	44442	f
2026-01-17	208	14814	0	0	0	14814	f
2026-01-17	48	14814	22680	0	2268	316828	f
2026-01-17	147	3600	0	0	0	18000	f
2026-01-17	152	10800	0	0	0	54000	f
2026-01-17	153	14814	0	0	0	74070	f
2026-01-17	154	10800	95760	45864	756	603361	f
2026-01-17	155	32400	0	0	0	162000	f
2026-01-17	192	32400	0	0	0	64800	f
2026-01-17	7	10800	22320	6552	972	354384	f
2026-01-17	42	10800	0	0	0	151200	f
2026-01-17	94	3600	0	0	0	32400	f
2026-01-17	101	3600	0	0	0	32400	f
2026-01-17	102	144000	0	0	0	1296000	f
2026-01-17	209	3600	0	0	0	3600	f
2026-01-17	89	3600	27124	8424	1092	369352	f
2026-01-17	213	10800	0	0	0	10800	f
2026-01-17	90	32400	39807	9467	22908	742658	f
2026-01-17	67	10800	36000	60216	0	562920	f
2026-01-17	70	14814	0	0	0	177768	f
2026-01-17	119	10800	0	0	0	75600	f
2026-01-17	136	61200	0	0	0	306000	f
2026-01-17	56	144000	143487	62002	0	3189021	f
2026-01-17	165	144000	0	0	0	576000	f
2026-01-17	8	14814	138807	104919	0	1858359	f
2026-01-17	1	61200	25684	7200	768	1205876	f
2026-01-17	110	32400	0	0	0	226800	f
2026-01-17	149	14814	0	0	0	74070	f
2026-01-17	160	144000	0	0	0	576000	f
2026-01-17	182	3600	0	0	0	10800	f
2026-01-17	57	3600	17127	5122	432	131474	f
2026-01-17	87	10800	0	0	0	108000	f
2026-01-17	183	10800	0	0	0	32400	f
2026-01-17	156	10800	8280	2880	108	106776	f
2026-01-17	202	14814	0	0	0	29628	f
2026-01-17	138	10800	55924	720	5412	353156	f
2026-01-17	193	3600	112887	36082	2268	309674	f
2026-01-17	96	14814	46564	15120	876	519802	f
2026-01-17	120	144000	0	0	0	1008000	f
2026-01-17	27	32400	74131	5842	8232	1524642	f
2026-01-17	68	10800	0	0	0	129600	f
2026-01-17	189	32400	0	0	0	97200	f
2026-01-17	198	3600	111211	48364	0	325990	f
2026-01-17	219	14814	0	0	0	14814	f
2026-01-17	22	3600	25407	6521	0	285649	f
2026-01-17	49	14814	0	0	0	207396	f
2026-01-17	73	14814	18000	0	0	309168	f
2026-01-17	161	10800	0	0	0	43200	f
2026-01-17	194	3600	0	0	0	7200	f
2026-01-17	14	10800	0	0	0	172800	f
2026-01-17	111	10800	0	0	0	75600	f
2026-01-17	150	10800	0	0	0	54000	f
2026-01-17	211	3600	0	0	0	3600	f
2026-01-17	50	10800	0	0	0	151200	f
2026-01-17	124	3600	0	0	0	25200	f
2026-01-17	195	3600	0	0	0	7200	f
2026-01-17	44	3600	46800	9360	0	348480	f
2026-01-17	69	144000	5400	0	0	1792800	f
2026-01-17	166	3600	0	0	0	14400	f
2026-01-17	59	61200	0	0	0	795600	f
2026-01-17	15	10800	0	0	0	172800	f
2026-01-17	23	3600	0	0	0	54000	f
2026-01-17	29	14814	0	0	0	222210	f
2026-01-17	185	144000	2880	0	0	440640	f
2026-01-17	30	3600	7200	0	0	135054	f
2026-01-17	91	61200	0	0	0	612000	f
2026-01-17	112	14814	0	0	0	103698	f
2026-01-17	203	3600	0	0	0	7200	f
2026-01-17	163	32400	30600	6120	0	203040	f
2026-01-17	10	32400	0	0	0	518400	f
2026-01-17	31	14814	0	0	0	222210	f
2026-01-17	61	61200	0	0	0	795600	f
2026-01-17	204	61200	0	0	0	122400	f
2026-01-17	81	3600	0	0	0	39600	f
2026-01-17	104	3600	0	0	0	28800	f
2026-01-17	2	10800	0	0	0	172800	f
2026-01-17	113	10800	0	0	0	75600	f
2026-01-17	186	32400	0	0	0	97200	f
2026-01-17	108	3600	0	0	0	28800	f
2026-01-17	168	61200	5400	0	0	266400	f
2026-01-17	97	10800	0	0	0	97200	f
2026-01-17	133	61200	0	0	0	367200	f
2026-01-17	114	3600	0	0	0	25200	f
2026-01-17	199	14814	0	0	0	29628	f
2026-01-17	52	14814	0	0	0	207396	f
2026-01-17	16	10800	0	0	0	172800	f
2026-01-17	24	3600	0	0	0	54000	f
2026-01-17	98	10800	0	0	0	97200	f
2026-01-17	216	3600	0	0	0	3600	f
2026-01-17	32	61200	0	0	0	918000	f
2026-01-17	40	14814	0	0	0	207396	f
2026-01-17	151	3600	0	0	0	18000	f
2026-01-17	217	3600	0	0	0	3600	f
2026-01-17	169	10800	0	0	0	43200	f
2026-01-17	187	3600	0	0	0	10800	f
2026-01-17	25	14814	0	0	0	222210	f
2026-01-17	17	32400	0	0	0	518400	f
2026-01-17	54	3600	0	0	0	50400	f
2026-01-17	170	10800	0	0	0	43200	f
2026-01-17	33	61200	0	0	0	918000	f
2026-01-17	172	32400	0	0	0	129600	f
2026-01-17	188	3600	0	0	0	10800	f
2026-01-17	206	10800	0	0	0	21600	f
2026-01-17	5	3600	0	0	0	57600	f
2026-01-17	125	3600	0	0	0	25200	f
2026-01-17	121	32400	0	0	0	226800	f
2026-01-17	134	10800	0	0	0	64800	f
2026-01-17	212	14814	0	0	0	14814	f
2026-01-17	88	10800	0	0	0	108000	f
2026-01-17	99	14814	0	0	0	133326	f
2026-01-17	18	14814	0	0	0	237024	f
2026-01-17	196	10800	0	0	0	21600	f
2026-01-17	13	61200	0	0	0	979200	f
2026-01-17	129	32400	0	0	0	194400	f
2026-01-17	141	10800	0	0	0	54000	f
2026-01-17	6	10800	0	0	0	172800	f
2026-01-17	142	3600	0	0	0	18000	f
2026-01-17	197	3600	0	0	0	7200	f
2026-01-17	143	3600	0	0	0	18000	f
2026-01-17	26	10800	0	0	0	162000	f
2026-01-17	93	3600	0	0	0	32400	f
2026-01-17	144	10800	0	0	0	54000	f
\.


--
-- Data for Name: lot_days_20260118; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.lot_days_20260118 (settle_date, order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted) FROM stdin;
2026-01-18	200	3600	68301	158397	0	442280	f
2026-01-18	65	10800	101462	24154	7680	1359015	f
2026-01-18	158	61200	0	0	0	306000	f
2026-01-18	19	10800	24244	5616	1416	473424	f
2026-01-18	35	32400	0	0	0	486000	f
2026-01-18	74	10800	0	0	0	129600	f
2026-01-18	105	10800	0	0	0	97200	f
2026-01-18	117	14814	0	0	0	118512	f
2026-01-18	75	10800	27927	12275	432	467088	f
2026-01-18	78	3600	0	0	0	43200	f
2026-01-18	174	3600	0	0	0	18000	f
2026-01-18	135	32400	32164	3744	2496	420072	f
2026-01-18	47	10800	103167	21635	6156	1868509	f
2026-01-18	100	3600	0	0	0	36000	f
2026-01-18	145	14814	115932	53352	1333	648308	f
2026-01-18	201	3600	0	0	0	10800	f
2026-01-18	207	3600	0	0	0	7200	f
2026-01-18	41	144000	56073	11554	6085	2693109	f
2026-01-18	72	10800	0	0	0	140400	f
2026-01-18	85	3600	0	0	0	39600	f
2026-01-18	109	14814	83421	45178	0	1062090	f
2026-01-18	181	14814	0	0	0	59256	f
2026-01-18	208	14814	0	0	0	29628	f
2026-01-18	48	14814	22680	0	2268	356590	f
2026-01-18	147	3600	0	0	0	21600	f
2026-01-18	152	10800	0	0	0	64800	f
2026-01-18	153	14814	0	0	0	88884	f
2026-01-18	154	10800	173160	86112	756	874189	f
2026-01-18	155	32400	0	0	0	194400	f
2026-01-18	192	32400	0	0	0	97200	f
2026-01-18	7	10800	22320	6552	972	395028	f
2026-01-18	42	10800	0	0	0	162000	f
2026-01-18	94	3600	0	0	0	36000	f
2026-01-18	101	3600	0	0	0	36000	f
2026-01-18	102	144000	0	0	0	1440000	f
2026-01-18	209	3600	0	0	0	7200	f
2026-01-18	220	144000	0	0	0	144000	f
2026-01-18	228	10800	0	0	0	10800	f
2026-01-18	89	3600	27124	8424	1092	409592	f
2026-01-18	213	10800	0	0	0	21600	f
2026-01-18	90	32400	43047	9467	2484	830056	f
2026-01-18	67	10800	41400	21528	0	636648	f
2026-01-18	70	14814	0	0	0	192582	f
2026-01-18	119	10800	0	0	0	86400	f
2026-01-18	136	61200	0	0	0	367200	f
2026-01-18	229	10800	0	0	0	10800	f
2026-01-18	56	144000	141687	61282	0	3535990	f
2026-01-18	165	144000	0	0	0	720000	f
2026-01-18	8	14814	138807	66563	19610	2098153	f
2026-01-18	1	61200	25684	46420	0	1339180	f
2026-01-18	110	32400	0	0	0	259200	f
2026-01-18	149	14814	0	0	0	88884	f
2026-01-18	160	144000	0	0	0	720000	f
2026-01-18	182	3600	0	0	0	14400	f
2026-01-18	57	3600	17127	5122	432	157755	f
2026-01-18	87	10800	0	0	0	118800	f
2026-01-18	183	10800	0	0	0	43200	f
2026-01-18	156	10800	12600	2880	540	133596	f
2026-01-18	202	14814	0	0	0	44442	f
2026-01-18	138	10800	63124	3600	5412	436092	f
2026-01-18	193	3600	112887	36082	2268	464511	f
2026-01-18	222	10800	0	0	0	10800	f
2026-01-18	96	14814	46564	15120	876	597176	f
2026-01-18	120	144000	0	0	0	1152000	f
2026-01-18	27	32400	74131	5842	8232	1645247	f
2026-01-18	68	10800	0	0	0	140400	f
2026-01-18	189	32400	0	0	0	129600	f
2026-01-18	198	3600	111211	48364	0	489165	f
2026-01-18	219	14814	0	0	0	29628	f
2026-01-18	22	3600	25407	6521	0	321177	f
2026-01-18	49	14814	0	0	0	222210	f
2026-01-18	73	14814	18000	0	0	341982	f
2026-01-18	161	10800	0	0	0	54000	f
2026-01-18	194	3600	0	0	0	10800	f
2026-01-18	14	10800	0	0	0	183600	f
2026-01-18	111	10800	0	0	0	86400	f
2026-01-18	150	10800	0	0	0	64800	f
2026-01-18	211	3600	0	0	0	7200	f
2026-01-18	50	10800	0	0	0	162000	f
2026-01-18	124	3600	0	0	0	28800	f
2026-01-18	195	3600	0	0	0	10800	f
2026-01-18	44	3600	46800	9360	0	408240	f
2026-01-18	224	61200	0	0	0	61200	f
2026-01-18	69	144000	5400	0	0	1942200	f
2026-01-18	166	3600	0	0	0	18000	f
2026-01-18	59	61200	0	0	0	856800	f
2026-01-18	15	10800	0	0	0	183600	f
2026-01-18	23	3600	0	0	0	57600	f
2026-01-18	29	14814	0	0	0	237024	f
2026-01-18	233	3600	0	0	0	3600	f
2026-01-18	185	144000	2880	0	0	587520	f
2026-01-18	30	3600	7200	0	0	145854	f
2026-01-18	91	61200	0	0	0	673200	f
2026-01-18	112	14814	0	0	0	118512	f
2026-01-18	230	14814	12960	0	1296	29070	f
2026-01-18	163	32400	30600	6120	0	272160	f
2026-01-18	10	32400	0	0	0	550800	f
2026-01-18	31	14814	0	0	0	237024	f
2026-01-18	61	61200	0	0	0	856800	f
2026-01-18	204	61200	0	0	0	183600	f
2026-01-18	81	3600	0	0	0	43200	f
2026-01-18	104	3600	0	0	0	32400	f
2026-01-18	2	10800	0	0	0	183600	f
2026-01-18	113	10800	30600	6120	0	123120	f
2026-01-18	186	32400	0	0	0	129600	f
2026-01-18	234	3600	0	0	0	3600	f
2026-01-18	108	3600	0	0	0	32400	f
2026-01-18	168	61200	5400	0	0	333000	f
2026-01-18	97	10800	0	0	0	108000	f
2026-01-18	133	61200	0	0	0	428400	f
2026-01-18	225	61200	0	0	0	61200	f
2026-01-18	114	3600	0	0	0	28800	f
2026-01-18	199	14814	0	0	0	44442	f
2026-01-18	52	14814	0	0	0	222210	f
2026-01-18	16	10800	0	0	0	183600	f
2026-01-18	24	3600	0	0	0	57600	f
2026-01-18	98	10800	0	0	0	108000	f
2026-01-18	216	3600	0	0	0	7200	f
2026-01-18	32	61200	0	0	0	979200	f
2026-01-18	40	14814	0	0	0	222210	f
2026-01-18	151	3600	0	0	0	21600	f
2026-01-18	217	3600	0	0	0	7200	f
2026-01-18	169	10800	0	0	0	54000	f
2026-01-18	187	3600	0	0	0	14400	f
2026-01-18	25	14814	0	0	0	237024	f
2026-01-18	17	32400	0	0	0	550800	f
2026-01-18	54	3600	0	0	0	54000	f
2026-01-18	170	10800	0	0	0	54000	f
2026-01-18	33	61200	0	0	0	979200	f
2026-01-18	172	32400	0	0	0	162000	f
2026-01-18	188	3600	0	0	0	14400	f
2026-01-18	206	10800	0	0	0	32400	f
2026-01-18	5	3600	0	0	0	61200	f
2026-01-18	125	3600	0	0	0	28800	f
2026-01-18	121	32400	0	0	0	259200	f
2026-01-18	134	10800	0	0	0	75600	f
2026-01-18	212	14814	0	0	0	29628	f
2026-01-18	88	10800	0	0	0	118800	f
2026-01-18	99	14814	0	0	0	148140	f
2026-01-18	18	14814	0	0	0	251838	f
2026-01-18	196	10800	0	0	0	32400	f
2026-01-18	13	61200	0	0	0	1040400	f
2026-01-18	129	32400	0	0	0	226800	f
2026-01-18	141	10800	0	0	0	64800	f
2026-01-18	6	10800	0	0	0	183600	f
2026-01-18	142	3600	0	0	0	21600	f
2026-01-18	197	3600	0	0	0	10800	f
2026-01-18	231	3600	0	0	0	3600	f
2026-01-18	143	3600	0	0	0	21600	f
2026-01-18	226	14814	0	0	0	14814	f
2026-01-18	26	10800	0	0	0	172800	f
2026-01-18	93	3600	0	0	0	36000	f
2026-01-18	144	10800	0	0	0	64800	f
2026-01-18	227	10800	0	0	0	10800	f
\.


--
-- Data for Name: lot_days_20260119; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.lot_days_20260119 (settle_date, order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted) FROM stdin;
2026-01-19	200	3600	111501	192621	0	750002	t
2026-01-19	65	10800	106862	26962	7680	1511319	f
2026-01-19	158	61200	0	0	0	367200	f
2026-01-19	19	10800	24244	5616	1416	515500	f
2026-01-19	35	32400	0	0	0	518400	f
2026-01-19	74	10800	0	0	0	140400	f
2026-01-19	105	10800	0	0	0	108000	f
2026-01-19	117	14814	0	0	0	133326	f
2026-01-19	75	10800	27927	12275	432	518522	f
2026-01-19	78	3600	0	0	0	46800	f
2026-01-19	174	3600	0	0	0	21600	f
2026-01-19	135	32400	32164	3744	2496	490876	f
2026-01-19	47	10800	103167	21635	6156	2010267	f
2026-01-19	100	3600	0	0	0	39600	f
2026-01-19	145	14814	115932	53352	1333	833739	f
2026-01-19	201	3600	0	0	0	14400	f
2026-01-19	207	3600	0	0	0	10800	f
2026-01-19	41	144000	56073	11554	6085	2910821	f
2026-01-19	72	10800	0	0	0	151200	f
2026-01-19	85	3600	0	0	0	43200	f
2026-01-19	109	14814	83421	45178	0	1205503	f
2026-01-19	181	14814	0	0	0	74070	f
2026-01-19	208	14814	0	0	0	44442	f
2026-01-19	48	14814	22680	0	2268	396352	f
2026-01-19	147	3600	0	0	0	25200	f
2026-01-19	152	10800	0	0	0	75600	f
2026-01-19	153	14814	0	0	0	103698	f
2026-01-19	154	10800	191520	86112	2592	1165213	f
2026-01-19	155	32400	0	0	0	226800	f
2026-01-19	192	32400	0	0	0	129600	f
2026-01-19	7	10800	52920	22464	972	482184	f
2026-01-19	42	10800	0	0	0	172800	f
2026-01-19	94	3600	0	0	0	39600	f
2026-01-19	101	3600	0	0	0	39600	f
2026-01-19	102	144000	0	0	0	1584000	f
2026-01-19	209	3600	0	0	0	10800	f
2026-01-19	220	144000	0	0	0	288000	f
2026-01-19	228	10800	0	0	0	21600	f
2026-01-19	89	3600	27124	8424	1092	449832	f
2026-01-19	213	10800	0	0	0	32400	f
2026-01-19	240	61200	0	0	0	61200	f
2026-01-19	90	32400	43047	9467	2484	917454	f
2026-01-19	67	10800	41400	21528	0	710376	f
2026-01-19	70	14814	0	0	0	207396	f
2026-01-19	119	10800	0	0	0	97200	f
2026-01-19	136	61200	0	0	0	428400	f
2026-01-19	229	10800	0	0	0	21600	f
2026-01-19	56	144000	213687	90082	0	3983759	f
2026-01-19	165	144000	0	0	0	864000	f
2026-01-19	8	14814	138807	66563	1080	2319417	f
2026-01-19	1	61200	25684	9360	768	1436192	f
2026-01-19	110	32400	0	0	0	291600	f
2026-01-19	149	14814	0	0	0	103698	f
2026-01-19	160	144000	0	0	0	864000	f
2026-01-19	182	3600	0	0	0	18000	f
2026-01-19	57	3600	17127	6659	432	185573	f
2026-01-19	87	10800	0	0	0	129600	f
2026-01-19	183	10800	0	0	0	54000	f
2026-01-19	156	10800	12600	3744	19165	179905	f
2026-01-19	202	14814	0	0	0	59256	f
2026-01-19	138	10800	81484	41931	0	570307	f
2026-01-19	193	3600	143487	48322	2268	662188	f
2026-01-19	222	10800	0	0	0	21600	f
2026-01-19	96	14814	46564	15120	876	674550	f
2026-01-19	120	144000	0	0	0	1296000	f
2026-01-19	237	61200	0	0	0	61200	f
2026-01-19	27	32400	74131	5842	8232	1765852	f
2026-01-19	68	10800	0	0	0	151200	f
2026-01-19	189	32400	0	0	0	162000	f
2026-01-19	198	3600	111211	48364	0	652340	f
2026-01-19	219	14814	0	0	0	44442	f
2026-01-19	22	3600	25407	6521	0	356705	f
2026-01-19	49	14814	0	0	0	237024	f
2026-01-19	73	14814	18000	0	0	374796	f
2026-01-19	161	10800	0	0	0	64800	f
2026-01-19	194	3600	0	0	0	14400	f
2026-01-19	14	10800	0	0	0	194400	f
2026-01-19	111	10800	0	0	0	97200	f
2026-01-19	150	10800	0	0	0	75600	f
2026-01-19	211	3600	0	0	0	10800	f
2026-01-19	50	10800	0	0	0	172800	f
2026-01-19	124	3600	0	0	0	32400	f
2026-01-19	195	3600	0	0	0	14400	f
2026-01-19	44	3600	46800	9360	0	468000	f
2026-01-19	224	61200	0	0	0	122400	f
2026-01-19	69	144000	5400	0	0	2091600	f
2026-01-19	166	3600	0	0	0	21600	f
2026-01-19	59	61200	0	0	0	918000	f
2026-01-19	15	10800	0	0	0	194400	f
2026-01-19	23	3600	0	0	0	61200	f
2026-01-19	29	14814	0	0	0	251838	f
2026-01-19	185	144000	2880	0	0	734400	f
2026-01-19	30	3600	7200	0	0	156654	f
2026-01-19	91	61200	0	0	0	734400	f
2026-01-19	112	14814	0	0	0	133326	f
2026-01-19	238	144000	0	0	0	144000	f
2026-01-19	230	14814	12960	0	1296	58140	f
2026-01-19	163	32400	32400	6480	0	343440	f
2026-01-19	10	32400	0	0	0	583200	f
2026-01-19	31	14814	0	0	0	251838	f
2026-01-19	61	61200	0	0	0	918000	f
2026-01-19	204	61200	0	0	0	244800	f
2026-01-19	242	3600	0	0	0	3600	f
2026-01-19	81	3600	0	0	0	46800	f
2026-01-19	104	3600	0	0	0	36000	f
2026-01-19	2	10800	0	0	0	194400	f
2026-01-19	113	10800	30600	6120	0	170640	f
2026-01-19	186	32400	0	0	0	162000	f
2026-01-19	234	3600	0	0	0	7200	f
2026-01-19	108	3600	0	0	0	36000	f
2026-01-19	168	61200	5400	0	0	399600	f
2026-01-19	97	10800	0	0	0	118800	f
2026-01-19	133	61200	0	0	0	489600	f
2026-01-19	225	61200	0	0	0	122400	f
2026-01-19	114	3600	0	0	0	32400	f
2026-01-19	199	14814	0	0	0	59256	f
2026-01-19	52	14814	0	0	0	237024	f
2026-01-19	16	10800	0	0	0	194400	f
2026-01-19	24	3600	0	0	0	61200	f
2026-01-19	98	10800	0	0	0	118800	f
2026-01-19	216	3600	0	0	0	10800	f
2026-01-19	32	61200	0	0	0	1040400	f
2026-01-19	40	14814	0	0	0	237024	f
2026-01-19	151	3600	0	0	0	25200	f
2026-01-19	217	3600	0	0	0	10800	f
2026-01-19	169	10800	0	0	0	64800	f
2026-01-19	187	3600	0	0	0	18000	f
2026-01-19	25	14814	0	0	0	251838	f
2026-01-19	17	32400	0	0	0	583200	f
2026-01-19	54	3600	0	0	0	57600	f
2026-01-19	170	10800	0	0	0	64800	f
2026-01-19	33	61200	0	0	0	1040400	f
2026-01-19	172	32400	0	0	0	194400	f
2026-01-19	188	3600	0	0	0	18000	f
2026-01-19	206	10800	0	0	0	43200	f
2026-01-19	5	3600	0	0	0	64800	f
2026-01-19	125	3600	0	0	0	32400	f
2026-01-19	121	32400	0	0	0	291600	f
2026-01-19	134	10800	0	0	0	86400	f
2026-01-19	212	14814	0	0	0	44442	f
2026-01-19	88	10800	0	0	0	129600	f
2026-01-19	99	14814	0	0	0	162954	f
2026-01-19	18	14814	0	0	0	266652	f
2026-01-19	196	10800	0	0	0	43200	f
2026-01-19	239	10800	0	0	0	10800	f
2026-01-19	13	61200	0	0	0	1101600	f
2026-01-19	129	32400	0	0	0	259200	f
2026-01-19	141	10800	0	0	0	75600	f
2026-01-19	6	10800	0	0	0	194400	f
2026-01-19	142	3600	0	0	0	25200	f
2026-01-19	197	3600	0	0	0	14400	f
2026-01-19	231	3600	0	0	0	7200	f
2026-01-19	243	144000	0	0	0	144000	f
2026-01-19	143	3600	0	0	0	25200	f
2026-01-19	226	14814	0	0	0	29628	f
2026-01-19	26	10800	0	0	0	183600	f
2026-01-19	93	3600	0	0	0	39600	f
2026-01-19	144	10800	0	0	0	75600	f
2026-01-19	227	10800	0	0	0	21600	f
\.


--
-- Data for Name: lot_days_20260120; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.lot_days_20260120 (settle_date, order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted) FROM stdin;
2026-01-20	65	10800	106862	26962	7680	1663623	f
2026-01-20	158	61200	0	0	0	428400	f
2026-01-20	19	10800	24244	5616	1416	557576	f
2026-01-20	35	32400	0	0	0	550800	f
2026-01-20	74	10800	0	0	0	151200	f
2026-01-20	105	10800	0	0	0	118800	f
2026-01-20	117	14814	0	0	0	148140	f
2026-01-20	75	10800	27927	12275	432	569956	f
2026-01-20	78	3600	0	0	0	50400	f
2026-01-20	174	3600	0	0	0	25200	f
2026-01-20	135	32400	32164	3744	2496	561680	f
2026-01-20	47	10800	121527	21635	7992	2172221	f
2026-01-20	100	3600	0	0	0	43200	f
2026-01-20	145	14814	142088	69264	888	1060793	f
2026-01-20	201	3600	0	0	0	18000	f
2026-01-20	207	3600	0	0	0	14400	f
2026-01-20	41	144000	48666	7703	6085	3117275	f
2026-01-20	72	10800	0	0	0	162000	f
2026-01-20	85	3600	0	0	0	46800	f
2026-01-20	254	61200	0	0	0	61200	f
2026-01-20	181	14814	86661	45178	324	221047	f
2026-01-20	208	14814	0	0	0	59256	f
2026-01-20	48	14814	28080	2808	2268	444322	f
2026-01-20	147	3600	0	0	0	28800	f
2026-01-20	152	10800	0	0	0	86400	f
2026-01-20	153	14814	0	0	0	118512	f
2026-01-20	154	10800	119520	48672	2592	1346797	f
2026-01-20	155	32400	0	0	0	259200	f
2026-01-20	192	32400	0	0	0	162000	f
2026-01-20	7	10800	52920	22464	972	569340	f
2026-01-20	42	10800	0	0	0	183600	f
2026-01-20	94	3600	0	0	0	43200	f
2026-01-20	101	3600	0	0	0	43200	f
2026-01-20	102	144000	0	0	0	1728000	f
2026-01-20	209	3600	0	0	0	14400	f
2026-01-20	228	10800	0	0	0	32400	f
2026-01-20	89	3600	27124	8424	1092	490072	f
2026-01-20	213	10800	0	0	0	43200	f
2026-01-20	240	61200	0	0	0	122400	f
2026-01-20	90	32400	43047	9467	2484	1004852	f
2026-01-20	67	10800	41400	21528	0	784104	f
2026-01-20	70	14814	0	0	0	222210	f
2026-01-20	119	10800	0	0	0	108000	f
2026-01-20	136	61200	0	0	0	489600	f
2026-01-20	229	10800	0	0	0	32400	f
2026-01-20	56	144000	222894	93765	0	4444418	f
2026-01-20	165	144000	0	0	0	1008000	f
2026-01-20	8	14814	138807	66563	1080	2540681	f
2026-01-20	1	61200	25684	9360	768	1533204	f
2026-01-20	110	32400	0	0	0	324000	f
2026-01-20	149	14814	0	0	0	118512	f
2026-01-20	160	144000	0	0	0	1008000	f
2026-01-20	182	3600	0	0	0	21600	f
2026-01-20	57	3600	17127	6659	432	213391	f
2026-01-20	87	10800	0	0	0	140400	f
2026-01-20	183	10800	0	0	0	64800	f
2026-01-20	156	10800	17044	3744	984	212477	f
2026-01-20	202	14814	0	0	0	74070	f
2026-01-20	138	10800	88891	8531	20569	699098	f
2026-01-20	193	3600	84212	0	0	750000	t
2026-01-20	222	10800	59275	89462	0	181137	f
2026-01-20	249	14814	0	0	0	14814	f
2026-01-20	96	14814	64924	15120	2712	772120	f
2026-01-20	120	144000	0	0	0	1440000	f
2026-01-20	237	61200	0	0	0	122400	f
2026-01-20	27	32400	105811	18082	8340	1930485	f
2026-01-20	68	10800	0	0	0	162000	f
2026-01-20	189	32400	0	0	0	194400	f
2026-01-20	198	3600	94062	0	0	750002	t
2026-01-20	219	14814	18949	49084	0	127289	f
2026-01-20	22	3600	25407	6521	0	392233	f
2026-01-20	49	14814	0	0	0	251838	f
2026-01-20	73	14814	18000	0	0	407610	f
2026-01-20	161	10800	0	0	0	75600	f
2026-01-20	194	3600	0	0	0	18000	f
2026-01-20	14	10800	0	0	0	205200	f
2026-01-20	111	10800	0	0	0	108000	f
2026-01-20	150	10800	0	0	0	86400	f
2026-01-20	211	3600	0	0	0	14400	f
2026-01-20	244	10800	0	0	0	10800	f
2026-01-20	50	10800	0	0	0	183600	f
2026-01-20	124	3600	0	0	0	36000	f
2026-01-20	195	3600	0	0	0	18000	f
2026-01-20	44	3600	46800	9360	0	527760	f
2026-01-20	224	61200	0	0	0	183600	f
2026-01-20	69	144000	5400	0	0	2241000	f
2026-01-20	166	3600	0	0	0	25200	f
2026-01-20	59	61200	0	0	0	979200	f
2026-01-20	15	10800	0	0	0	205200	f
2026-01-20	23	3600	0	0	0	64800	f
2026-01-20	29	14814	0	0	0	266652	f
2026-01-20	250	14814	4320	0	0	19134	f
2026-01-20	185	144000	2880	0	0	881280	f
2026-01-20	30	3600	7200	0	0	167454	f
2026-01-20	91	61200	0	0	0	795600	f
2026-01-20	112	14814	0	0	0	148140	f
2026-01-20	238	144000	0	0	0	288000	f
2026-01-20	251	3600	0	0	0	3600	f
2026-01-20	230	14814	12960	0	1296	87210	f
2026-01-20	163	32400	32400	6480	0	414720	f
2026-01-20	10	32400	0	0	0	615600	f
2026-01-20	252	3600	0	0	0	3600	f
2026-01-20	31	14814	0	0	0	266652	f
2026-01-20	61	61200	0	0	0	979200	f
2026-01-20	204	61200	0	0	0	306000	f
2026-01-20	242	3600	0	0	0	7200	f
2026-01-20	81	3600	0	0	0	50400	f
2026-01-20	245	61200	0	0	0	61200	f
2026-01-20	104	3600	0	0	0	39600	f
2026-01-20	2	10800	0	0	0	205200	f
2026-01-20	113	10800	30600	6120	0	218160	f
2026-01-20	186	32400	0	0	0	194400	f
2026-01-20	234	3600	0	0	0	10800	f
2026-01-20	108	3600	0	0	0	39600	f
2026-01-20	168	61200	5400	0	0	466200	f
2026-01-20	97	10800	0	0	0	129600	f
2026-01-20	133	61200	0	0	0	550800	f
2026-01-20	225	61200	0	0	0	183600	f
2026-01-20	114	3600	0	0	0	36000	f
2026-01-20	199	14814	0	0	0	74070	f
2026-01-20	52	14814	0	0	0	251838	f
2026-01-20	16	10800	0	0	0	205200	f
2026-01-20	24	3600	0	0	0	64800	f
2026-01-20	98	10800	0	0	0	129600	f
2026-01-20	216	3600	0	0	0	14400	f
2026-01-20	32	61200	0	0	0	1101600	f
2026-01-20	40	14814	0	0	0	251838	f
2026-01-20	151	3600	0	0	0	28800	f
2026-01-20	217	3600	0	0	0	14400	f
2026-01-20	169	10800	0	0	0	75600	f
2026-01-20	187	3600	0	0	0	21600	f
2026-01-20	25	14814	0	0	0	266652	f
2026-01-20	253	14814	0	0	0	14814	f
2026-01-20	17	32400	0	0	0	615600	f
2026-01-20	54	3600	0	0	0	61200	f
2026-01-20	170	10800	0	0	0	75600	f
2026-01-20	33	61200	0	0	0	1101600	f
2026-01-20	172	32400	0	0	0	226800	f
2026-01-20	188	3600	0	0	0	21600	f
2026-01-20	206	10800	0	0	0	54000	f
2026-01-20	5	3600	0	0	0	68400	f
2026-01-20	125	3600	0	0	0	36000	f
2026-01-20	121	32400	0	0	0	324000	f
2026-01-20	134	10800	0	0	0	97200	f
2026-01-20	212	14814	0	0	0	59256	f
2026-01-20	247	3600	0	0	0	3600	f
2026-01-20	88	10800	0	0	0	140400	f
2026-01-20	99	14814	0	0	0	177768	f
2026-01-20	18	14814	0	0	0	281466	f
2026-01-20	196	10800	0	0	0	54000	f
2026-01-20	239	10800	0	0	0	21600	f
2026-01-20	13	61200	0	0	0	1162800	f
2026-01-20	129	32400	0	0	0	291600	f
2026-01-20	141	10800	0	0	0	86400	f
2026-01-20	6	10800	0	0	0	205200	f
2026-01-20	142	3600	0	0	0	28800	f
2026-01-20	197	3600	0	0	0	18000	f
2026-01-20	248	14814	0	0	0	14814	f
2026-01-20	231	3600	0	0	0	10800	f
2026-01-20	243	144000	0	0	0	288000	f
2026-01-20	143	3600	0	0	0	28800	f
2026-01-20	226	14814	0	0	0	44442	f
2026-01-20	26	10800	0	0	0	194400	f
2026-01-20	93	3600	0	0	0	43200	f
2026-01-20	144	10800	0	0	0	86400	f
2026-01-20	227	10800	0	0	0	32400	f
\.


--
-- Data for Name: lot_days_20260121; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.lot_days_20260121 (settle_date, order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted) FROM stdin;
2026-01-21	65	10800	106862	26962	7680	1815927	f
2026-01-21	158	61200	0	0	0	489600	f
2026-01-21	19	10800	24244	5616	1416	599652	f
2026-01-21	35	32400	0	0	0	583200	f
2026-01-21	74	10800	0	0	0	162000	f
2026-01-21	105	10800	0	0	0	129600	f
2026-01-21	117	14814	0	0	0	162954	f
2026-01-21	75	10800	27927	12275	432	621390	f
2026-01-21	78	3600	0	0	0	54000	f
2026-01-21	174	3600	0	0	0	28800	f
2026-01-21	135	32400	32164	3744	2496	632484	f
2026-01-21	47	10800	139887	21635	9828	2354371	f
2026-01-21	100	3600	0	0	0	46800	f
2026-01-21	145	14814	172688	85176	888	1334359	f
2026-01-21	201	3600	0	0	0	21600	f
2026-01-21	207	3600	0	0	0	18000	f
2026-01-21	41	144000	48666	7703	6085	3323729	f
2026-01-21	72	10800	0	0	0	172800	f
2026-01-21	85	3600	0	0	0	50400	f
2026-01-21	254	61200	0	0	0	122400	f
2026-01-21	261	61200	0	0	0	61200	f
2026-01-21	181	14814	89901	45178	648	371588	f
2026-01-21	208	14814	0	0	0	74070	f
2026-01-21	48	14814	33480	5616	2268	500500	f
2026-01-21	147	3600	0	0	0	32400	f
2026-01-21	152	10800	0	0	0	97200	f
2026-01-21	153	14814	0	0	0	133326	f
2026-01-21	262	10800	93960	19656	5616	130032	f
2026-01-21	154	10800	119520	48672	2592	1528381	f
2026-01-21	155	32400	0	0	0	291600	f
2026-01-21	192	32400	0	0	0	194400	f
2026-01-21	7	10800	52920	22464	972	656496	f
2026-01-21	42	10800	0	0	0	194400	f
2026-01-21	94	3600	0	0	0	46800	f
2026-01-21	101	3600	0	0	0	46800	f
2026-01-21	102	144000	0	0	0	1872000	f
2026-01-21	209	3600	0	0	0	18000	f
2026-01-21	228	10800	0	0	0	43200	f
2026-01-21	89	3600	27124	8424	1092	530312	f
2026-01-21	213	10800	0	0	0	54000	f
2026-01-21	240	61200	0	0	0	183600	f
2026-01-21	90	32400	43047	9467	2484	1092250	f
2026-01-21	67	10800	41400	21528	0	857832	f
2026-01-21	70	14814	0	0	0	237024	f
2026-01-21	119	10800	0	0	0	118800	f
2026-01-21	136	61200	0	0	0	550800	f
2026-01-21	229	10800	0	0	0	43200	f
2026-01-21	56	144000	222894	93765	0	4905077	f
2026-01-21	165	144000	0	0	0	1152000	f
2026-01-21	259	14814	0	0	0	14814	f
2026-01-21	8	14814	138807	66563	1080	2761945	f
2026-01-21	1	61200	25684	9360	768	1630216	f
2026-01-21	110	32400	0	0	0	356400	f
2026-01-21	149	14814	0	0	0	133326	f
2026-01-21	160	144000	0	0	0	1152000	f
2026-01-21	182	3600	0	0	0	25200	f
2026-01-21	57	3600	17127	6659	432	241209	f
2026-01-21	87	10800	0	0	0	151200	f
2026-01-21	183	10800	0	0	0	75600	f
2026-01-21	156	10800	15964	3744	876	243861	f
2026-01-21	202	14814	0	0	0	88884	f
2026-01-21	138	10800	87091	7595	22202	826786	f
2026-01-21	222	10800	143487	92727	0	428151	f
2026-01-21	249	14814	0	0	0	29628	f
2026-01-21	96	14814	63844	15120	2604	868502	f
2026-01-21	120	144000	0	0	0	1584000	f
2026-01-21	237	61200	0	0	0	183600	f
2026-01-21	27	32400	118175	17362	10081	2108503	f
2026-01-21	68	10800	0	0	0	172800	f
2026-01-21	189	32400	0	0	0	226800	f
2026-01-21	219	14814	136618	59607	0	338328	f
2026-01-21	22	3600	28647	7601	0	432081	f
2026-01-21	49	14814	0	0	0	266652	f
2026-01-21	256	14814	0	0	0	14814	f
2026-01-21	73	14814	23400	0	0	445824	f
2026-01-21	161	10800	0	0	0	86400	f
2026-01-21	194	3600	0	0	0	21600	f
2026-01-21	14	10800	0	0	0	216000	f
2026-01-21	111	10800	0	0	0	118800	f
2026-01-21	150	10800	0	0	0	97200	f
2026-01-21	211	3600	0	0	0	18000	f
2026-01-21	260	10800	0	0	0	10800	f
2026-01-21	244	10800	0	0	0	21600	f
2026-01-21	50	10800	0	0	0	194400	f
2026-01-21	124	3600	0	0	0	39600	f
2026-01-21	195	3600	0	0	0	21600	f
2026-01-21	44	3600	46800	9360	0	587520	f
2026-01-21	224	61200	0	0	0	244800	f
2026-01-21	69	144000	5400	0	0	2390400	f
2026-01-21	166	3600	0	0	0	28800	f
2026-01-21	59	61200	0	0	0	1040400	f
2026-01-21	15	10800	0	0	0	216000	f
2026-01-21	23	3600	0	0	0	68400	f
2026-01-21	29	14814	0	0	0	281466	f
2026-01-21	250	14814	4320	0	0	38268	f
2026-01-21	257	14814	0	0	0	14814	f
2026-01-21	185	144000	2880	0	0	1028160	f
2026-01-21	30	3600	7200	0	0	178254	f
2026-01-21	91	61200	0	0	0	856800	f
2026-01-21	112	14814	0	0	0	162954	f
2026-01-21	238	144000	0	0	0	432000	f
2026-01-21	251	3600	0	0	0	7200	f
2026-01-21	230	14814	12960	0	1296	116280	f
2026-01-21	163	32400	32400	6480	0	486000	f
2026-01-21	10	32400	0	0	0	648000	f
2026-01-21	252	3600	0	0	0	7200	f
2026-01-21	31	14814	0	0	0	281466	f
2026-01-21	61	61200	0	0	0	1040400	f
2026-01-21	263	3600	0	0	0	3600	f
2026-01-21	204	61200	0	0	0	367200	f
2026-01-21	242	3600	0	0	0	10800	f
2026-01-21	81	3600	0	0	0	54000	f
2026-01-21	245	61200	0	0	0	122400	f
2026-01-21	104	3600	0	0	0	43200	f
2026-01-21	2	10800	0	0	0	216000	f
2026-01-21	113	10800	30600	6120	0	265680	f
2026-01-21	186	32400	0	0	0	226800	f
2026-01-21	234	3600	0	0	0	14400	f
2026-01-21	108	3600	0	0	0	43200	f
2026-01-21	168	61200	5400	0	0	532800	f
2026-01-21	97	10800	0	0	0	140400	f
2026-01-21	133	61200	0	0	0	612000	f
2026-01-21	225	61200	0	0	0	244800	f
2026-01-21	114	3600	0	0	0	39600	f
2026-01-21	199	14814	0	0	0	88884	f
2026-01-21	52	14814	0	0	0	266652	f
2026-01-21	16	10800	0	0	0	216000	f
2026-01-21	24	3600	0	0	0	68400	f
2026-01-21	98	10800	0	0	0	140400	f
2026-01-21	216	3600	0	0	0	18000	f
2026-01-21	32	61200	0	0	0	1162800	f
2026-01-21	40	14814	0	0	0	266652	f
2026-01-21	151	3600	0	0	0	32400	f
2026-01-21	217	3600	0	0	0	18000	f
2026-01-21	169	10800	0	0	0	86400	f
2026-01-21	187	3600	0	0	0	25200	f
2026-01-21	25	14814	0	0	0	281466	f
2026-01-21	253	14814	0	0	0	29628	f
2026-01-21	17	32400	0	0	0	648000	f
2026-01-21	54	3600	0	0	0	64800	f
2026-01-21	170	10800	0	0	0	86400	f
2026-01-21	258	32400	0	0	0	32400	f
2026-01-21	33	61200	0	0	0	1162800	f
2026-01-21	172	32400	0	0	0	259200	f
2026-01-21	188	3600	0	0	0	25200	f
2026-01-21	206	10800	0	0	0	64800	f
2026-01-21	5	3600	0	0	0	72000	f
2026-01-21	125	3600	0	0	0	39600	f
2026-01-21	121	32400	0	0	0	356400	f
2026-01-21	134	10800	0	0	0	108000	f
2026-01-21	212	14814	0	0	0	74070	f
2026-01-21	247	3600	0	0	0	7200	f
2026-01-21	88	10800	0	0	0	151200	f
2026-01-21	99	14814	0	0	0	192582	f
2026-01-21	18	14814	0	0	0	296280	f
2026-01-21	196	10800	0	0	0	64800	f
2026-01-21	239	10800	0	0	0	32400	f
2026-01-21	13	61200	0	0	0	1224000	f
2026-01-21	129	32400	0	0	0	324000	f
2026-01-21	141	10800	0	0	0	97200	f
2026-01-21	6	10800	0	0	0	216000	f
2026-01-21	142	3600	0	0	0	32400	f
2026-01-21	197	3600	0	0	0	21600	f
2026-01-21	248	14814	0	0	0	29628	f
2026-01-21	231	3600	0	0	0	14400	f
2026-01-21	243	144000	0	0	0	432000	f
2026-01-21	143	3600	0	0	0	32400	f
2026-01-21	226	14814	0	0	0	59256	f
2026-01-21	26	10800	0	0	0	205200	f
2026-01-21	93	3600	0	0	0	46800	f
2026-01-21	144	10800	0	0	0	97200	f
2026-01-21	227	10800	0	0	0	43200	f
\.


--
-- Data for Name: lot_days_20260122; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.lot_days_20260122 (settle_date, order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted) FROM stdin;
2026-01-22	65	10800	188582	72826	7680	2095815	f
2026-01-22	158	61200	0	0	0	550800	f
2026-01-22	19	10800	28688	6912	63989	710041	f
2026-01-22	35	32400	0	0	0	615600	f
2026-01-22	74	10800	0	0	0	172800	f
2026-01-22	105	10800	0	0	0	140400	f
2026-01-22	117	14814	0	0	0	177768	f
2026-01-22	267	14814	0	0	0	14814	f
2026-01-22	75	10800	35334	144106	0	811630	f
2026-01-22	78	3600	0	0	0	57600	f
2026-01-22	174	3600	0	0	0	32400	f
2026-01-22	135	32400	32164	3744	2496	703288	f
2026-01-22	269	14814	0	0	0	14814	f
2026-01-22	47	10800	140967	21635	9936	2537709	f
2026-01-22	100	3600	0	0	0	50400	f
2026-01-22	145	14814	174488	86112	888	1610661	f
2026-01-22	201	3600	0	0	0	25200	f
2026-01-22	207	3600	0	0	0	21600	f
2026-01-22	41	144000	48666	7703	6085	3530183	f
2026-01-22	72	10800	0	0	0	183600	f
2026-01-22	85	3600	0	0	0	54000	f
2026-01-22	254	61200	0	0	0	183600	f
2026-01-22	261	61200	0	0	0	122400	f
2026-01-22	274	3600	0	0	0	3600	f
2026-01-22	181	14814	89901	45178	648	522129	f
2026-01-22	208	14814	0	0	0	88884	f
2026-01-22	48	14814	33480	5616	2268	556678	f
2026-01-22	147	3600	0	0	0	36000	f
2026-01-22	152	10800	0	0	0	108000	f
2026-01-22	153	14814	0	0	0	148140	f
2026-01-22	262	10800	95040	19656	5724	261252	f
2026-01-22	154	10800	125764	49608	3036	1717589	f
2026-01-22	155	32400	0	0	0	324000	f
2026-01-22	192	32400	0	0	0	226800	f
2026-01-22	7	10800	60327	26315	972	754910	f
2026-01-22	42	10800	0	0	0	205200	f
2026-01-22	94	3600	0	0	0	50400	f
2026-01-22	101	3600	0	0	0	50400	f
2026-01-22	102	144000	0	0	0	2016000	f
2026-01-22	209	3600	0	0	0	21600	f
2026-01-22	228	10800	0	0	0	54000	f
2026-01-22	275	3600	0	0	0	3600	f
2026-01-22	89	3600	27124	8424	1092	570552	f
2026-01-22	213	10800	0	0	0	64800	f
2026-01-22	240	61200	0	0	0	244800	f
2026-01-22	90	32400	43047	9467	2484	1179648	f
2026-01-22	67	10800	41400	21528	0	931560	f
2026-01-22	70	14814	0	0	0	251838	f
2026-01-22	119	10800	0	0	0	129600	f
2026-01-22	136	61200	0	0	0	612000	f
2026-01-22	229	10800	0	0	0	54000	f
2026-01-22	56	144000	222894	93765	0	5365736	f
2026-01-22	165	144000	0	0	0	1296000	f
2026-01-22	259	14814	0	0	0	29628	f
2026-01-22	8	14814	138807	66563	1080	2983209	f
2026-01-22	1	61200	25684	9360	768	1727228	f
2026-01-22	110	32400	0	0	0	388800	f
2026-01-22	149	14814	0	0	0	148140	f
2026-01-22	160	144000	0	0	0	1296000	f
2026-01-22	182	3600	0	0	0	28800	f
2026-01-22	57	3600	17127	6659	432	269027	f
2026-01-22	87	10800	0	0	0	162000	f
2026-01-22	183	10800	0	0	0	86400	f
2026-01-22	156	10800	17044	3744	984	276433	f
2026-01-22	202	14814	0	0	0	103698	f
2026-01-22	138	10800	88891	8531	22202	957210	f
2026-01-22	222	10800	143487	92727	0	675165	f
2026-01-22	249	14814	0	0	0	44442	f
2026-01-22	96	14814	63844	15120	2604	964884	f
2026-01-22	120	144000	0	0	0	1728000	f
2026-01-22	237	61200	0	0	0	244800	f
2026-01-22	27	32400	118175	17362	10081	2286521	f
2026-01-22	68	10800	0	0	0	183600	f
2026-01-22	189	32400	0	0	0	259200	f
2026-01-22	219	14814	136618	59607	0	549367	f
2026-01-22	22	3600	28647	7601	0	471929	f
2026-01-22	49	14814	0	0	0	281466	f
2026-01-22	256	14814	0	0	0	29628	f
2026-01-22	73	14814	23400	0	0	484038	f
2026-01-22	161	10800	0	0	0	97200	f
2026-01-22	194	3600	0	0	0	25200	f
2026-01-22	14	10800	0	0	0	226800	f
2026-01-22	111	10800	0	0	0	129600	f
2026-01-22	150	10800	0	0	0	108000	f
2026-01-22	211	3600	0	0	0	21600	f
2026-01-22	260	10800	0	0	0	21600	f
2026-01-22	244	10800	0	0	0	32400	f
2026-01-22	50	10800	0	0	0	205200	f
2026-01-22	124	3600	0	0	0	43200	f
2026-01-22	195	3600	0	0	0	25200	f
2026-01-22	44	3600	46800	9360	0	647280	f
2026-01-22	224	61200	0	0	0	306000	f
2026-01-22	69	144000	5400	0	0	2539800	f
2026-01-22	166	3600	0	0	0	32400	f
2026-01-22	59	61200	0	0	0	1101600	f
2026-01-22	15	10800	0	0	0	226800	f
2026-01-22	23	3600	0	0	0	72000	f
2026-01-22	29	14814	0	0	0	296280	f
2026-01-22	250	14814	4320	0	0	57402	f
2026-01-22	257	14814	0	0	0	29628	f
2026-01-22	185	144000	2880	0	0	1175040	f
2026-01-22	30	3600	7200	0	0	189054	f
2026-01-22	91	61200	0	0	0	918000	f
2026-01-22	112	14814	0	0	0	177768	f
2026-01-22	238	144000	0	0	0	576000	f
2026-01-22	251	3600	0	0	0	10800	f
2026-01-22	230	14814	12960	0	1296	145350	f
2026-01-22	163	32400	32400	6480	0	557280	f
2026-01-22	10	32400	0	0	0	680400	f
2026-01-22	252	3600	0	0	0	10800	f
2026-01-22	31	14814	0	0	0	296280	f
2026-01-22	61	61200	0	0	0	1101600	f
2026-01-22	263	3600	0	0	0	7200	f
2026-01-22	204	61200	0	0	0	428400	f
2026-01-22	242	3600	0	0	0	14400	f
2026-01-22	81	3600	0	0	0	57600	f
2026-01-22	245	61200	0	0	0	183600	f
2026-01-22	104	3600	0	0	0	46800	f
2026-01-22	2	10800	0	0	0	226800	f
2026-01-22	277	14814	0	0	0	14814	f
2026-01-22	113	10800	30600	6120	0	313200	f
2026-01-22	186	32400	0	0	0	259200	f
2026-01-22	278	144000	0	0	0	144000	f
2026-01-22	234	3600	0	0	0	18000	f
2026-01-22	265	3600	0	0	0	3600	f
2026-01-22	108	3600	0	0	0	46800	f
2026-01-22	168	61200	5400	0	0	599400	f
2026-01-22	97	10800	0	0	0	151200	f
2026-01-22	133	61200	0	0	0	673200	f
2026-01-22	225	61200	0	0	0	306000	f
2026-01-22	114	3600	0	0	0	43200	f
2026-01-22	199	14814	0	0	0	103698	f
2026-01-22	273	32400	0	0	0	32400	f
2026-01-22	52	14814	0	0	0	281466	f
2026-01-22	16	10800	0	0	0	226800	f
2026-01-22	24	3600	0	0	0	72000	f
2026-01-22	98	10800	0	0	0	151200	f
2026-01-22	216	3600	0	0	0	21600	f
2026-01-22	32	61200	0	0	0	1224000	f
2026-01-22	40	14814	0	0	0	281466	f
2026-01-22	151	3600	0	0	0	36000	f
2026-01-22	217	3600	0	0	0	21600	f
2026-01-22	169	10800	0	0	0	97200	f
2026-01-22	187	3600	0	0	0	28800	f
2026-01-22	25	14814	0	0	0	296280	f
2026-01-22	253	14814	0	0	0	44442	f
2026-01-22	17	32400	0	0	0	680400	f
2026-01-22	54	3600	0	0	0	68400	f
2026-01-22	170	10800	0	0	0	97200	f
2026-01-22	258	32400	0	0	0	64800	f
2026-01-22	33	61200	0	0	0	1224000	f
2026-01-22	172	32400	0	0	0	291600	f
2026-01-22	188	3600	0	0	0	28800	f
2026-01-22	206	10800	0	0	0	75600	f
2026-01-22	5	3600	0	0	0	75600	f
2026-01-22	125	3600	0	0	0	43200	f
2026-01-22	121	32400	0	0	0	388800	f
2026-01-22	134	10800	0	0	0	118800	f
2026-01-22	212	14814	0	0	0	88884	f
2026-01-22	247	3600	0	0	0	10800	f
2026-01-22	88	10800	0	0	0	162000	f
2026-01-22	99	14814	0	0	0	207396	f
2026-01-22	18	14814	0	0	0	311094	f
2026-01-22	196	10800	0	0	0	75600	f
2026-01-22	239	10800	0	0	0	43200	f
2026-01-22	13	61200	0	0	0	1285200	f
2026-01-22	129	32400	0	0	0	356400	f
2026-01-22	141	10800	0	0	0	108000	f
2026-01-22	6	10800	0	0	0	226800	f
2026-01-22	142	3600	0	0	0	36000	f
2026-01-22	197	3600	0	0	0	25200	f
2026-01-22	248	14814	0	0	0	44442	f
2026-01-22	231	3600	0	0	0	18000	f
2026-01-22	243	144000	0	0	0	576000	f
2026-01-22	143	3600	0	0	0	36000	f
2026-01-22	226	14814	0	0	0	74070	f
2026-01-22	26	10800	0	0	0	216000	f
2026-01-22	93	3600	0	0	0	50400	f
2026-01-22	144	10800	0	0	0	108000	f
2026-01-22	227	10800	0	0	0	54000	f
\.


--
-- Data for Name: lot_days_20260123; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.lot_days_20260123 (settle_date, order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted) FROM stdin;
2026-01-23	65	10800	188582	72826	7680	2375703	f
2026-01-23	158	61200	0	0	0	612000	f
2026-01-23	19	10800	44888	17280	70049	853058	f
2026-01-23	35	32400	0	0	0	648000	f
2026-01-23	74	10800	0	0	0	183600	f
2026-01-23	105	10800	0	0	0	151200	f
2026-01-23	117	14814	0	0	0	192582	f
2026-01-23	267	14814	0	0	0	29628	f
2026-01-23	286	3600	0	0	0	3600	f
2026-01-23	75	10800	35334	156227	0	1013991	f
2026-01-23	78	3600	0	0	0	61200	f
2026-01-23	174	3600	0	0	0	36000	f
2026-01-23	279	32400	0	0	0	32400	f
2026-01-23	135	32400	33244	3744	2604	775280	f
2026-01-23	269	14814	0	0	0	29628	f
2026-01-23	47	10800	142767	8724	0	2700000	t
2026-01-23	100	3600	0	13847	9936	77783	f
2026-01-23	145	14814	174488	86112	888	1886963	f
2026-01-23	201	3600	0	0	0	28800	f
2026-01-23	207	3600	0	0	0	25200	f
2026-01-23	280	3600	0	0	0	3600	f
2026-01-23	41	144000	95106	7703	11053	3788045	f
2026-01-23	72	10800	0	0	0	194400	f
2026-01-23	85	3600	0	0	0	57600	f
2026-01-23	254	61200	0	0	0	244800	f
2026-01-23	261	61200	0	0	0	183600	f
2026-01-23	274	3600	0	0	0	7200	f
2026-01-23	181	14814	170541	87154	648	795286	f
2026-01-23	208	14814	0	0	0	103698	f
2026-01-23	48	14814	37924	5616	2712	617744	f
2026-01-23	147	3600	0	0	0	39600	f
2026-01-23	152	10800	0	0	0	118800	f
2026-01-23	153	14814	0	0	0	162954	f
2026-01-23	287	144000	0	0	0	144000	f
2026-01-23	262	10800	102447	23507	5724	403730	f
2026-01-23	154	10800	125764	49608	3036	1906797	f
2026-01-23	155	32400	0	0	0	356400	f
2026-01-23	192	32400	0	0	0	259200	f
2026-01-23	7	10800	63567	26315	1296	856888	f
2026-01-23	42	10800	0	0	0	216000	f
2026-01-23	94	3600	0	0	0	54000	f
2026-01-23	101	3600	0	0	0	54000	f
2026-01-23	102	144000	0	0	0	2160000	f
2026-01-23	209	3600	0	0	0	25200	f
2026-01-23	228	10800	0	0	0	64800	f
2026-01-23	275	3600	0	0	0	7200	f
2026-01-23	89	3600	32524	11232	1092	619000	f
2026-01-23	213	10800	0	0	0	75600	f
2026-01-23	240	61200	0	0	0	306000	f
2026-01-23	90	32400	44127	9467	2592	1268234	f
2026-01-23	295	10800	0	0	0	10800	f
2026-01-23	67	10800	43200	22464	0	1008024	f
2026-01-23	70	14814	0	0	0	266652	f
2026-01-23	119	10800	0	0	0	140400	f
2026-01-23	136	61200	0	0	0	673200	f
2026-01-23	229	10800	0	0	0	64800	f
2026-01-23	281	3600	0	0	0	3600	f
2026-01-23	56	144000	222894	93765	0	5826395	f
2026-01-23	165	144000	0	0	0	1440000	f
2026-01-23	259	14814	0	0	0	44442	f
2026-01-23	288	3600	0	0	0	3600	f
2026-01-23	8	14814	138807	66563	1080	3204473	f
2026-01-23	1	61200	25684	9360	1848	1825320	f
2026-01-23	110	32400	0	0	0	421200	f
2026-01-23	149	14814	0	0	0	162954	f
2026-01-23	160	144000	0	0	0	1440000	f
2026-01-23	182	3600	0	0	0	32400	f
2026-01-23	57	3600	27927	16019	432	317005	f
2026-01-23	87	10800	0	0	0	172800	f
2026-01-23	183	10800	0	0	0	97200	f
2026-01-23	156	10800	17044	3744	984	309005	f
2026-01-23	202	14814	0	0	0	118512	f
2026-01-23	138	10800	88891	8531	22754	1088186	f
2026-01-23	222	10800	143487	93831	0	923283	f
2026-01-23	249	14814	0	0	0	59256	f
2026-01-23	96	14814	63844	15120	2604	1061266	f
2026-01-23	120	144000	0	0	0	1872000	f
2026-01-23	237	61200	0	0	0	306000	f
2026-01-23	27	32400	122619	17362	10633	2469535	f
2026-01-23	68	10800	0	0	0	194400	f
2026-01-23	189	32400	0	0	0	291600	f
2026-01-23	219	14814	144025	62929	0	771135	f
2026-01-23	22	3600	29727	7961	0	513217	f
2026-01-23	49	14814	0	0	0	296280	f
2026-01-23	256	14814	0	0	0	44442	f
2026-01-23	296	14814	0	0	0	14814	f
2026-01-23	73	14814	25200	0	0	524052	f
2026-01-23	161	10800	0	0	0	108000	f
2026-01-23	194	3600	0	0	0	28800	f
2026-01-23	14	10800	0	0	0	237600	f
2026-01-23	111	10800	0	0	0	140400	f
2026-01-23	150	10800	0	0	0	118800	f
2026-01-23	211	3600	0	0	0	25200	f
2026-01-23	260	10800	0	0	0	32400	f
2026-01-23	297	3600	0	0	0	3600	f
2026-01-23	244	10800	0	0	0	43200	f
2026-01-23	50	10800	0	0	0	216000	f
2026-01-23	124	3600	0	0	0	46800	f
2026-01-23	195	3600	0	0	0	28800	f
2026-01-23	44	3600	46800	9360	0	707040	f
2026-01-23	224	61200	0	0	0	367200	f
2026-01-23	69	144000	5400	0	0	2689200	f
2026-01-23	166	3600	0	0	0	36000	f
2026-01-23	59	61200	0	0	0	1162800	f
2026-01-23	15	10800	0	0	0	237600	f
2026-01-23	23	3600	0	0	0	75600	f
2026-01-23	29	14814	0	0	0	311094	f
2026-01-23	250	14814	4320	0	0	76536	f
2026-01-23	257	14814	0	0	0	44442	f
2026-01-23	185	144000	2880	0	0	1321920	f
2026-01-23	30	3600	7200	0	0	199854	f
2026-01-23	91	61200	0	0	0	979200	f
2026-01-23	112	14814	0	0	0	192582	f
2026-01-23	238	144000	0	0	0	720000	f
2026-01-23	251	3600	0	0	0	14400	f
2026-01-23	230	14814	43560	6120	1296	211140	f
2026-01-23	283	32400	0	0	0	32400	f
2026-01-23	290	3600	0	0	0	3600	f
2026-01-23	163	32400	32400	6480	0	628560	f
2026-01-23	284	61200	39960	4320	1836	107316	f
2026-01-23	10	32400	0	0	0	712800	f
2026-01-23	252	3600	0	0	0	14400	f
2026-01-23	31	14814	0	0	0	311094	f
2026-01-23	61	61200	0	0	0	1162800	f
2026-01-23	263	3600	0	0	0	10800	f
2026-01-23	291	10800	0	0	0	10800	f
2026-01-23	204	61200	0	0	0	489600	f
2026-01-23	242	3600	0	0	0	18000	f
2026-01-23	81	3600	0	0	0	61200	f
2026-01-23	245	61200	0	0	0	244800	f
2026-01-23	104	3600	0	0	0	50400	f
2026-01-23	298	10800	0	0	0	10800	f
2026-01-23	2	10800	0	0	0	237600	f
2026-01-23	277	14814	0	0	0	29628	f
2026-01-23	113	10800	30600	6120	0	360720	f
2026-01-23	186	32400	0	0	0	291600	f
2026-01-23	293	14814	0	0	0	14814	f
2026-01-23	278	144000	0	0	0	288000	f
2026-01-23	234	3600	0	0	0	21600	f
2026-01-23	265	3600	0	0	0	7200	f
2026-01-23	108	3600	0	0	0	50400	f
2026-01-23	168	61200	5400	0	0	666000	f
2026-01-23	97	10800	0	0	0	162000	f
2026-01-23	133	61200	0	0	0	734400	f
2026-01-23	225	61200	0	0	0	367200	f
2026-01-23	114	3600	0	0	0	46800	f
2026-01-23	199	14814	0	0	0	118512	f
2026-01-23	273	32400	0	0	0	64800	f
2026-01-23	52	14814	0	0	0	296280	f
2026-01-23	16	10800	0	0	0	237600	f
2026-01-23	24	3600	0	0	0	75600	f
2026-01-23	98	10800	0	0	0	162000	f
2026-01-23	216	3600	0	0	0	25200	f
2026-01-23	32	61200	0	0	0	1285200	f
2026-01-23	40	14814	0	0	0	296280	f
2026-01-23	151	3600	0	0	0	39600	f
2026-01-23	217	3600	0	0	0	25200	f
2026-01-23	169	10800	0	0	0	108000	f
2026-01-23	187	3600	0	0	0	32400	f
2026-01-23	25	14814	0	0	0	311094	f
2026-01-23	253	14814	0	0	0	59256	f
2026-01-23	17	32400	0	0	0	712800	f
2026-01-23	54	3600	0	0	0	72000	f
2026-01-23	170	10800	0	0	0	108000	f
2026-01-23	258	32400	0	0	0	97200	f
2026-01-23	33	61200	0	0	0	1285200	f
2026-01-23	172	32400	0	0	0	324000	f
2026-01-23	188	3600	0	0	0	32400	f
2026-01-23	206	10800	0	0	0	86400	f
2026-01-23	5	3600	0	0	0	79200	f
2026-01-23	125	3600	0	0	0	46800	f
2026-01-23	121	32400	0	0	0	421200	f
2026-01-23	134	10800	0	0	0	129600	f
2026-01-23	212	14814	0	0	0	103698	f
2026-01-23	247	3600	0	0	0	14400	f
2026-01-23	88	10800	0	0	0	172800	f
2026-01-23	99	14814	0	0	0	222210	f
2026-01-23	18	14814	0	0	0	325908	f
2026-01-23	196	10800	0	0	0	86400	f
2026-01-23	239	10800	0	0	0	54000	f
2026-01-23	13	61200	0	0	0	1346400	f
2026-01-23	129	32400	0	0	0	388800	f
2026-01-23	141	10800	0	0	0	118800	f
2026-01-23	6	10800	0	0	0	237600	f
2026-01-23	142	3600	0	0	0	39600	f
2026-01-23	197	3600	0	0	0	28800	f
2026-01-23	248	14814	0	0	0	59256	f
2026-01-23	231	3600	0	0	0	21600	f
2026-01-23	243	144000	0	0	0	720000	f
2026-01-23	143	3600	0	0	0	39600	f
2026-01-23	226	14814	0	0	0	88884	f
2026-01-23	26	10800	0	0	0	226800	f
2026-01-23	93	3600	0	0	0	54000	f
2026-01-23	144	10800	0	0	0	118800	f
2026-01-23	227	10800	0	0	0	64800	f
\.


--
-- Data for Name: lot_days_20260124; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.lot_days_20260124 (settle_date, order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted) FROM stdin;
2026-01-24	65	10800	188582	72826	7680	2655591	f
2026-01-24	158	61200	0	0	0	673200	f
2026-01-24	19	10800	46688	18432	1860	930838	f
2026-01-24	35	32400	0	0	0	680400	f
2026-01-24	74	10800	0	0	0	194400	f
2026-01-24	105	10800	0	0	0	162000	f
2026-01-24	117	14814	0	0	0	207396	f
2026-01-24	267	14814	0	0	0	44442	f
2026-01-24	286	3600	0	0	0	7200	f
2026-01-24	75	10800	32094	19848	108	1076841	f
2026-01-24	78	3600	0	0	0	64800	f
2026-01-24	174	3600	0	0	0	39600	f
2026-01-24	279	32400	0	0	0	64800	f
2026-01-24	135	32400	27844	1152	68297	904973	f
2026-01-24	269	14814	0	0	0	44442	f
2026-01-24	100	3600	142767	159165	0	383315	f
2026-01-24	145	14814	174488	86112	888	2163265	f
2026-01-24	201	3600	0	0	0	32400	f
2026-01-24	207	3600	0	0	0	28800	f
2026-01-24	280	3600	0	0	0	7200	f
2026-01-24	41	144000	96186	7703	11161	4047095	f
2026-01-24	72	10800	0	0	0	205200	f
2026-01-24	85	3600	0	0	0	61200	f
2026-01-24	254	61200	0	0	0	306000	f
2026-01-24	261	61200	0	0	0	244800	f
2026-01-24	274	3600	0	0	0	10800	f
2026-01-24	181	14814	172341	88090	648	1071179	f
2026-01-24	208	14814	0	0	0	118512	f
2026-01-24	48	14814	41164	5616	3036	682374	f
2026-01-24	147	3600	0	0	0	43200	f
2026-01-24	152	10800	0	0	0	129600	f
2026-01-24	153	14814	0	0	0	177768	f
2026-01-24	287	144000	0	0	0	288000	f
2026-01-24	262	10800	107847	26315	5724	554416	f
2026-01-24	154	10800	125764	49608	3036	2096005	f
2026-01-24	155	32400	0	0	0	388800	f
2026-01-24	192	32400	0	0	0	291600	f
2026-01-24	7	10800	63567	26315	1296	958866	f
2026-01-24	42	10800	0	0	0	226800	f
2026-01-24	94	3600	0	0	0	57600	f
2026-01-24	101	3600	0	0	0	57600	f
2026-01-24	102	144000	0	0	0	2304000	f
2026-01-24	209	3600	0	0	0	28800	f
2026-01-24	228	10800	0	0	0	75600	f
2026-01-24	275	3600	0	0	0	10800	f
2026-01-24	89	3600	32524	11232	1092	667448	f
2026-01-24	213	10800	0	0	0	86400	f
2026-01-24	240	61200	0	0	0	367200	f
2026-01-24	90	32400	44127	9467	2592	1356820	f
2026-01-24	295	10800	0	0	0	21600	f
2026-01-24	67	10800	43200	22464	0	1084488	f
2026-01-24	70	14814	0	0	0	281466	f
2026-01-24	119	10800	0	0	0	151200	f
2026-01-24	136	61200	0	0	0	734400	f
2026-01-24	229	10800	0	0	0	75600	f
2026-01-24	281	3600	0	0	0	7200	f
2026-01-24	56	144000	224694	94485	0	6289574	f
2026-01-24	165	144000	0	0	0	1584000	f
2026-01-24	259	14814	0	0	0	59256	f
2026-01-24	288	3600	0	0	0	7200	f
2026-01-24	8	14814	138807	66563	1080	3425737	f
2026-01-24	1	61200	25684	9360	1848	1923412	f
2026-01-24	110	32400	0	0	0	453600	f
2026-01-24	149	14814	0	0	0	177768	f
2026-01-24	160	144000	0	0	0	1584000	f
2026-01-24	182	3600	0	0	0	36000	f
2026-01-24	57	3600	27927	16019	432	364983	f
2026-01-24	87	10800	0	0	0	183600	f
2026-01-24	183	10800	0	0	0	108000	f
2026-01-24	156	10800	17044	3744	984	341577	f
2026-01-24	202	14814	0	0	0	133326	f
2026-01-24	138	10800	89971	8531	22862	1220350	f
2026-01-24	222	10800	145287	94767	0	1174137	f
2026-01-24	249	14814	0	0	0	74070	f
2026-01-24	96	14814	63844	15120	2604	1157648	f
2026-01-24	120	144000	0	0	0	2016000	f
2026-01-24	237	61200	0	0	0	367200	f
2026-01-24	300	3600	0	0	0	3600	f
2026-01-24	27	32400	122619	17362	10633	2652549	f
2026-01-24	68	10800	0	0	0	205200	f
2026-01-24	189	32400	0	0	0	324000	f
2026-01-24	219	14814	144025	62929	0	992903	f
2026-01-24	22	3600	29727	7961	0	554505	f
2026-01-24	49	14814	0	0	0	311094	f
2026-01-24	256	14814	0	0	0	59256	f
2026-01-24	296	14814	0	0	0	29628	f
2026-01-24	73	14814	25200	0	0	564066	f
2026-01-24	161	10800	0	0	0	118800	f
2026-01-24	194	3600	0	0	0	32400	f
2026-01-24	14	10800	0	0	0	248400	f
2026-01-24	111	10800	0	0	0	151200	f
2026-01-24	150	10800	0	0	0	129600	f
2026-01-24	211	3600	0	0	0	28800	f
2026-01-24	260	10800	0	0	0	43200	f
2026-01-24	297	3600	0	0	0	7200	f
2026-01-24	244	10800	0	0	0	54000	f
2026-01-24	50	10800	0	0	0	226800	f
2026-01-24	124	3600	0	0	0	50400	f
2026-01-24	195	3600	0	0	0	32400	f
2026-01-24	44	3600	39360	0	0	750000	t
2026-01-24	224	61200	7440	9360	0	445200	f
2026-01-24	69	144000	5400	0	0	2838600	f
2026-01-24	166	3600	0	0	0	39600	f
2026-01-24	59	61200	0	0	0	1224000	f
2026-01-24	15	10800	0	0	0	248400	f
2026-01-24	305	3600	1800	0	0	5400	f
2026-01-24	23	3600	0	0	0	79200	f
2026-01-24	29	14814	0	0	0	325908	f
2026-01-24	250	14814	4320	0	0	95670	f
2026-01-24	257	14814	0	0	0	59256	f
2026-01-24	185	144000	2880	0	0	1468800	f
2026-01-24	30	3600	7200	0	0	210654	f
2026-01-24	91	61200	0	0	0	1040400	f
2026-01-24	112	14814	0	0	0	207396	f
2026-01-24	238	144000	0	0	0	864000	f
2026-01-24	251	3600	0	0	0	18000	f
2026-01-24	230	14814	43560	6120	1296	276930	f
2026-01-24	283	32400	0	0	0	64800	f
2026-01-24	290	3600	0	0	0	7200	f
2026-01-24	163	32400	32400	6480	0	699840	f
2026-01-24	284	61200	39960	4320	1836	214632	f
2026-01-24	10	32400	0	0	0	745200	f
2026-01-24	252	3600	0	0	0	18000	f
2026-01-24	31	14814	0	0	0	325908	f
2026-01-24	61	61200	0	0	0	1224000	f
2026-01-24	263	3600	0	0	0	14400	f
2026-01-24	291	10800	0	0	0	21600	f
2026-01-24	204	61200	0	0	0	550800	f
2026-01-24	242	3600	0	0	0	21600	f
2026-01-24	81	3600	0	0	0	64800	f
2026-01-24	245	61200	0	0	0	306000	f
2026-01-24	104	3600	0	0	0	54000	f
2026-01-24	298	10800	0	0	0	21600	f
2026-01-24	2	10800	0	0	0	248400	f
2026-01-24	277	14814	0	0	0	44442	f
2026-01-24	113	10800	30600	6120	0	408240	f
2026-01-24	186	32400	0	0	0	324000	f
2026-01-24	293	14814	0	0	0	29628	f
2026-01-24	308	10800	0	0	0	10800	f
2026-01-24	278	144000	0	0	0	432000	f
2026-01-24	234	3600	0	0	0	25200	f
2026-01-24	265	3600	0	0	0	10800	f
2026-01-24	108	3600	0	0	0	54000	f
2026-01-24	168	61200	5400	0	0	732600	f
2026-01-24	97	10800	0	0	0	172800	f
2026-01-24	133	61200	0	0	0	795600	f
2026-01-24	225	61200	0	0	0	428400	f
2026-01-24	114	3600	0	0	0	50400	f
2026-01-24	302	3600	0	0	0	3600	f
2026-01-24	199	14814	0	0	0	133326	f
2026-01-24	273	32400	0	0	0	97200	f
2026-01-24	52	14814	0	0	0	311094	f
2026-01-24	16	10800	0	0	0	248400	f
2026-01-24	24	3600	0	0	0	79200	f
2026-01-24	98	10800	0	0	0	172800	f
2026-01-24	216	3600	0	0	0	28800	f
2026-01-24	32	61200	0	0	0	1346400	f
2026-01-24	40	14814	0	0	0	311094	f
2026-01-24	151	3600	0	0	0	43200	f
2026-01-24	217	3600	0	0	0	28800	f
2026-01-24	169	10800	0	0	0	118800	f
2026-01-24	187	3600	0	0	0	36000	f
2026-01-24	25	14814	0	0	0	325908	f
2026-01-24	253	14814	0	0	0	74070	f
2026-01-24	17	32400	0	0	0	745200	f
2026-01-24	54	3600	0	0	0	75600	f
2026-01-24	170	10800	0	0	0	118800	f
2026-01-24	258	32400	0	0	0	129600	f
2026-01-24	33	61200	0	0	0	1346400	f
2026-01-24	172	32400	0	0	0	356400	f
2026-01-24	188	3600	0	0	0	36000	f
2026-01-24	206	10800	0	0	0	97200	f
2026-01-24	5	3600	0	0	0	82800	f
2026-01-24	125	3600	0	0	0	50400	f
2026-01-24	121	32400	0	0	0	453600	f
2026-01-24	134	10800	0	0	0	140400	f
2026-01-24	212	14814	0	0	0	118512	f
2026-01-24	247	3600	0	0	0	18000	f
2026-01-24	88	10800	0	0	0	183600	f
2026-01-24	99	14814	0	0	0	237024	f
2026-01-24	18	14814	0	0	0	340722	f
2026-01-24	196	10800	0	0	0	97200	f
2026-01-24	239	10800	0	0	0	64800	f
2026-01-24	13	61200	0	0	0	1407600	f
2026-01-24	129	32400	0	0	0	421200	f
2026-01-24	141	10800	0	0	0	129600	f
2026-01-24	6	10800	0	0	0	248400	f
2026-01-24	142	3600	0	0	0	43200	f
2026-01-24	197	3600	0	0	0	32400	f
2026-01-24	248	14814	0	0	0	74070	f
2026-01-24	303	3600	0	0	0	3600	f
2026-01-24	231	3600	0	0	0	25200	f
2026-01-24	243	144000	0	0	0	864000	f
2026-01-24	310	3600	0	0	0	3600	f
2026-01-24	143	3600	0	0	0	43200	f
2026-01-24	226	14814	0	0	0	103698	f
2026-01-24	26	10800	0	0	0	237600	f
2026-01-24	93	3600	0	0	0	57600	f
2026-01-24	144	10800	0	0	0	129600	f
2026-01-24	227	10800	0	0	0	75600	f
\.


--
-- Data for Name: lot_days_20260125; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.lot_days_20260125 (settle_date, order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted) FROM stdin;
2026-01-25	65	10800	33609	0	0	2700000	t
2026-01-25	158	61200	164693	78010	7680	984783	f
2026-01-25	19	10800	46688	18432	1860	1008618	f
2026-01-25	35	32400	0	0	0	712800	f
2026-01-25	74	10800	0	0	0	205200	f
2026-01-25	105	10800	0	0	0	172800	f
2026-01-25	117	14814	0	0	0	222210	f
2026-01-25	267	14814	0	0	0	59256	f
2026-01-25	286	3600	0	0	0	10800	f
2026-01-25	75	10800	32094	19848	108	1139691	f
2026-01-25	78	3600	0	0	0	68400	f
2026-01-25	174	3600	0	0	0	43200	f
2026-01-25	279	32400	0	0	0	97200	f
2026-01-25	135	32400	32288	1152	3048	973861	f
2026-01-25	269	14814	0	0	0	59256	f
2026-01-25	100	3600	150174	32520	67852	637461	f
2026-01-25	145	14814	175568	221817	0	2575464	f
2026-01-25	201	3600	0	0	0	36000	f
2026-01-25	207	3600	0	0	0	32400	f
2026-01-25	280	3600	0	0	0	10800	f
2026-01-25	41	144000	107706	8639	12133	4319573	f
2026-01-25	72	10800	0	0	0	216000	f
2026-01-25	85	3600	0	0	0	64800	f
2026-01-25	254	61200	0	0	0	367200	f
2026-01-25	261	61200	0	0	0	306000	f
2026-01-25	274	3600	0	0	0	14400	f
2026-01-25	181	14814	188541	96514	648	1371696	f
2026-01-25	208	14814	0	0	0	133326	f
2026-01-25	311	3600	0	0	0	3600	f
2026-01-25	48	14814	41164	5616	3036	747004	f
2026-01-25	147	3600	0	0	0	46800	f
2026-01-25	152	10800	0	0	0	140400	f
2026-01-25	153	14814	0	0	0	192582	f
2026-01-25	287	144000	0	0	0	432000	f
2026-01-25	322	32400	0	0	0	32400	f
2026-01-25	262	10800	107847	26315	5724	705102	f
2026-01-25	154	10800	125764	49608	3036	2285213	f
2026-01-25	155	32400	0	0	0	421200	f
2026-01-25	192	32400	0	0	0	324000	f
2026-01-25	7	10800	63567	26315	1296	1060844	f
2026-01-25	42	10800	0	0	0	237600	f
2026-01-25	94	3600	0	0	0	61200	f
2026-01-25	101	3600	0	0	0	61200	f
2026-01-25	102	144000	0	0	0	2448000	f
2026-01-25	209	3600	0	0	0	32400	f
2026-01-25	228	10800	0	0	0	86400	f
2026-01-25	275	3600	0	0	0	14400	f
2026-01-25	89	3600	33604	11232	1200	717084	f
2026-01-25	213	10800	0	0	0	97200	f
2026-01-25	240	61200	0	0	0	428400	f
2026-01-25	90	32400	45927	10403	2592	1448142	f
2026-01-25	295	10800	0	0	0	32400	f
2026-01-25	67	10800	43200	22464	0	1160952	f
2026-01-25	70	14814	0	0	0	296280	f
2026-01-25	119	10800	0	0	0	162000	f
2026-01-25	136	61200	0	0	0	795600	f
2026-01-25	229	10800	0	0	0	86400	f
2026-01-25	281	3600	0	0	0	10800	f
2026-01-25	56	144000	240894	100965	0	6775433	f
2026-01-25	165	144000	0	0	0	1728000	f
2026-01-25	259	14814	0	0	0	74070	f
2026-01-25	288	3600	0	0	0	10800	f
2026-01-25	8	14814	148527	66563	2052	3657693	f
2026-01-25	1	61200	41884	17784	1848	2046128	f
2026-01-25	110	32400	0	0	0	486000	f
2026-01-25	149	14814	0	0	0	192582	f
2026-01-25	160	144000	0	0	0	1728000	f
2026-01-25	182	3600	0	0	0	39600	f
2026-01-25	57	3600	27927	16019	432	412961	f
2026-01-25	87	10800	0	0	0	194400	f
2026-01-25	183	10800	0	0	0	118800	f
2026-01-25	323	32400	0	0	0	32400	f
2026-01-25	156	10800	18124	3744	1092	375337	f
2026-01-25	202	14814	0	0	0	148140	f
2026-01-25	138	10800	91771	9467	23186	1355574	f
2026-01-25	222	10800	145287	95415	0	1425639	f
2026-01-25	249	14814	0	0	0	88884	f
2026-01-25	315	3600	0	0	0	3600	f
2026-01-25	96	14814	63844	15120	2604	1254030	f
2026-01-25	120	144000	0	0	0	2160000	f
2026-01-25	237	61200	0	0	0	428400	f
2026-01-25	300	3600	0	0	0	7200	f
2026-01-25	27	32400	125859	17362	10957	2839127	f
2026-01-25	68	10800	0	0	0	216000	f
2026-01-25	189	32400	0	0	0	356400	f
2026-01-25	219	14814	149425	65089	0	1222231	f
2026-01-25	22	3600	29727	7961	0	595793	f
2026-01-25	49	14814	0	0	0	325908	f
2026-01-25	256	14814	0	0	0	74070	f
2026-01-25	296	14814	0	0	0	44442	f
2026-01-25	312	10800	0	0	0	10800	f
2026-01-25	73	14814	25200	0	0	604080	f
2026-01-25	161	10800	0	0	0	129600	f
2026-01-25	194	3600	0	0	0	36000	f
2026-01-25	14	10800	0	0	0	259200	f
2026-01-25	111	10800	0	0	0	162000	f
2026-01-25	150	10800	0	0	0	140400	f
2026-01-25	211	3600	0	0	0	32400	f
2026-01-25	260	10800	0	0	0	54000	f
2026-01-25	297	3600	0	0	0	10800	f
2026-01-25	244	10800	0	0	0	64800	f
2026-01-25	50	10800	0	0	0	237600	f
2026-01-25	124	3600	0	0	0	54000	f
2026-01-25	195	3600	0	0	0	36000	f
2026-01-25	224	61200	46800	9360	0	562560	f
2026-01-25	69	144000	5400	0	0	2988000	f
2026-01-25	166	3600	0	0	0	43200	f
2026-01-25	59	61200	0	0	0	1285200	f
2026-01-25	316	14814	0	0	0	14814	f
2026-01-25	15	10800	0	0	0	259200	f
2026-01-25	305	3600	1800	0	0	10800	f
2026-01-25	23	3600	0	0	0	82800	f
2026-01-25	29	14814	0	0	0	340722	f
2026-01-25	250	14814	4320	0	0	114804	f
2026-01-25	257	14814	0	0	0	74070	f
2026-01-25	185	144000	2880	0	0	1615680	f
2026-01-25	30	3600	7200	0	0	221454	f
2026-01-25	91	61200	0	0	0	1101600	f
2026-01-25	112	14814	0	0	0	222210	f
2026-01-25	238	144000	0	0	0	1008000	f
2026-01-25	251	3600	0	0	0	21600	f
2026-01-25	230	14814	43560	6120	1296	342720	f
2026-01-25	283	32400	0	0	0	97200	f
2026-01-25	290	3600	0	0	0	10800	f
2026-01-25	163	32400	32400	6480	0	771120	f
2026-01-25	284	61200	39960	4320	1836	321948	f
2026-01-25	10	32400	0	0	0	777600	f
2026-01-25	252	3600	0	0	0	21600	f
2026-01-25	31	14814	0	0	0	340722	f
2026-01-25	61	61200	0	0	0	1285200	f
2026-01-25	263	3600	0	0	0	18000	f
2026-01-25	317	32400	0	0	0	32400	f
2026-01-25	291	10800	0	0	0	32400	f
2026-01-25	204	61200	0	0	0	612000	f
2026-01-25	242	3600	0	0	0	25200	f
2026-01-25	81	3600	0	0	0	68400	f
2026-01-25	245	61200	0	0	0	367200	f
2026-01-25	104	3600	0	0	0	57600	f
2026-01-25	298	10800	0	0	0	32400	f
2026-01-25	2	10800	0	0	0	259200	f
2026-01-25	277	14814	0	0	0	59256	f
2026-01-25	113	10800	30600	6120	0	455760	f
2026-01-25	186	32400	0	0	0	356400	f
2026-01-25	293	14814	0	0	0	44442	f
2026-01-25	308	10800	0	0	0	21600	f
2026-01-25	278	144000	0	0	0	576000	f
2026-01-25	234	3600	0	0	0	28800	f
2026-01-25	265	3600	0	0	0	14400	f
2026-01-25	108	3600	0	0	0	57600	f
2026-01-25	168	61200	5400	0	0	799200	f
2026-01-25	97	10800	0	0	0	183600	f
2026-01-25	133	61200	0	0	0	856800	f
2026-01-25	225	61200	0	0	0	489600	f
2026-01-25	114	3600	0	0	0	54000	f
2026-01-25	302	3600	0	0	0	7200	f
2026-01-25	199	14814	0	0	0	148140	f
2026-01-25	273	32400	0	0	0	129600	f
2026-01-25	52	14814	0	0	0	325908	f
2026-01-25	16	10800	0	0	0	259200	f
2026-01-25	24	3600	0	0	0	82800	f
2026-01-25	98	10800	0	0	0	183600	f
2026-01-25	216	3600	0	0	0	32400	f
2026-01-25	32	61200	0	0	0	1407600	f
2026-01-25	40	14814	0	0	0	325908	f
2026-01-25	151	3600	0	0	0	46800	f
2026-01-25	217	3600	0	0	0	32400	f
2026-01-25	169	10800	0	0	0	129600	f
2026-01-25	324	3600	0	0	0	3600	f
2026-01-25	187	3600	0	0	0	39600	f
2026-01-25	25	14814	0	0	0	340722	f
2026-01-25	253	14814	0	0	0	88884	f
2026-01-25	17	32400	0	0	0	777600	f
2026-01-25	54	3600	0	0	0	79200	f
2026-01-25	170	10800	0	0	0	129600	f
2026-01-25	258	32400	0	0	0	162000	f
2026-01-25	320	32400	30600	6120	0	69120	f
2026-01-25	33	61200	0	0	0	1407600	f
2026-01-25	172	32400	0	0	0	388800	f
2026-01-25	188	3600	0	0	0	39600	f
2026-01-25	206	10800	0	0	0	108000	f
2026-01-25	5	3600	0	0	0	86400	f
2026-01-25	314	3600	0	0	0	3600	f
2026-01-25	125	3600	0	0	0	54000	f
2026-01-25	121	32400	0	0	0	486000	f
2026-01-25	134	10800	0	0	0	151200	f
2026-01-25	212	14814	0	0	0	133326	f
2026-01-25	247	3600	0	0	0	21600	f
2026-01-25	88	10800	0	0	0	194400	f
2026-01-25	99	14814	0	0	0	251838	f
2026-01-25	18	14814	0	0	0	355536	f
2026-01-25	196	10800	0	0	0	108000	f
2026-01-25	239	10800	0	0	0	75600	f
2026-01-25	13	61200	0	0	0	1468800	f
2026-01-25	129	32400	0	0	0	453600	f
2026-01-25	141	10800	0	0	0	140400	f
2026-01-25	6	10800	0	0	0	259200	f
2026-01-25	142	3600	0	0	0	46800	f
2026-01-25	197	3600	0	0	0	36000	f
2026-01-25	248	14814	0	0	0	88884	f
2026-01-25	303	3600	0	0	0	7200	f
2026-01-25	321	32400	0	0	0	32400	f
2026-01-25	231	3600	0	0	0	28800	f
2026-01-25	243	144000	0	0	0	1008000	f
2026-01-25	310	3600	0	0	0	7200	f
2026-01-25	143	3600	0	0	0	46800	f
2026-01-25	226	14814	0	0	0	118512	f
2026-01-25	26	10800	0	0	0	248400	f
2026-01-25	93	3600	0	0	0	61200	f
2026-01-25	144	10800	0	0	0	140400	f
2026-01-25	227	10800	0	0	0	86400	f
\.


--
-- Data for Name: lot_days_20260126; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.lot_days_20260126 (settle_date, order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted) FROM stdin;
2026-01-26	158	61200	203702	80818	7680	1338183	f
2026-01-26	19	10800	46688	18432	1860	1086398	f
2026-01-26	35	32400	0	0	0	745200	f
2026-01-26	74	10800	0	0	0	216000	f
2026-01-26	105	10800	0	0	0	183600	f
2026-01-26	117	14814	0	0	0	237024	f
2026-01-26	267	14814	0	0	0	74070	f
2026-01-26	286	3600	0	0	0	14400	f
2026-01-26	75	10800	32094	19848	108	1202541	f
2026-01-26	78	3600	0	0	0	72000	f
2026-01-26	174	3600	0	0	0	46800	f
2026-01-26	279	32400	0	0	0	129600	f
2026-01-26	135	32400	32288	1152	3048	1042749	f
2026-01-26	269	14814	0	0	0	74070	f
2026-01-26	100	3600	108939	0	0	750000	t
2026-01-26	145	14814	265568	282466	0	3138312	f
2026-01-26	201	3600	0	0	0	39600	f
2026-01-26	207	3600	0	0	0	36000	f
2026-01-26	280	3600	0	0	0	14400	f
2026-01-26	41	144000	121870	8639	13549	4607631	f
2026-01-26	72	10800	0	0	0	226800	f
2026-01-26	85	3600	0	0	0	68400	f
2026-01-26	254	61200	0	0	0	428400	f
2026-01-26	261	61200	0	0	0	367200	f
2026-01-26	274	3600	0	0	0	18000	f
2026-01-26	337	144000	0	0	0	144000	f
2026-01-26	181	14814	212148	108790	648	1708096	f
2026-01-26	208	14814	0	0	0	148140	f
2026-01-26	311	3600	0	0	0	7200	f
2026-01-26	48	14814	41164	5616	3036	811634	f
2026-01-26	147	3600	0	0	0	50400	f
2026-01-26	152	10800	0	0	0	151200	f
2026-01-26	153	14814	0	0	0	207396	f
2026-01-26	287	144000	0	0	0	576000	f
2026-01-26	322	32400	0	0	0	64800	f
2026-01-26	332	14814	0	0	0	14814	f
2026-01-26	262	10800	107847	26315	5724	855788	f
2026-01-26	154	10800	125764	49608	3036	2474421	f
2026-01-26	155	32400	0	0	0	453600	f
2026-01-26	192	32400	0	0	0	356400	f
2026-01-26	7	10800	63567	26315	1296	1162822	f
2026-01-26	42	10800	0	0	0	248400	f
2026-01-26	94	3600	0	0	0	64800	f
2026-01-26	101	3600	0	0	0	64800	f
2026-01-26	102	144000	0	0	0	2592000	f
2026-01-26	209	3600	0	0	0	36000	f
2026-01-26	228	10800	0	0	0	97200	f
2026-01-26	275	3600	0	0	0	18000	f
2026-01-26	89	3600	29316	0	0	750000	t
2026-01-26	213	10800	4288	11232	1200	124720	f
2026-01-26	240	61200	0	0	0	489600	f
2026-01-26	90	32400	45927	10403	2592	1539464	f
2026-01-26	295	10800	0	0	0	43200	f
2026-01-26	67	10800	43200	22464	0	1237416	f
2026-01-26	70	14814	0	0	0	311094	f
2026-01-26	119	10800	0	0	0	172800	f
2026-01-26	136	61200	0	0	0	856800	f
2026-01-26	229	10800	0	0	0	97200	f
2026-01-26	281	3600	0	0	0	14400	f
2026-01-26	56	144000	242694	101685	0	7263812	f
2026-01-26	165	144000	0	0	0	1872000	f
2026-01-26	259	14814	0	0	0	88884	f
2026-01-26	288	3600	0	0	0	14400	f
2026-01-26	8	14814	31194	0	0	3703701	t
2026-01-26	333	10800	117333	66563	2052	196748	f
2026-01-26	1	61200	41884	17784	1848	2168844	f
2026-01-26	110	32400	0	0	0	518400	f
2026-01-26	149	14814	0	0	0	207396	f
2026-01-26	160	144000	0	0	0	1872000	f
2026-01-26	182	3600	0	0	0	43200	f
2026-01-26	57	3600	27927	16019	432	460939	f
2026-01-26	87	10800	0	0	0	205200	f
2026-01-26	183	10800	0	0	0	129600	f
2026-01-26	323	32400	0	0	0	64800	f
2026-01-26	156	10800	18124	3744	1092	409097	f
2026-01-26	202	14814	0	0	0	162954	f
2026-01-26	138	10800	91771	9467	23294	1490906	f
2026-01-26	222	10800	145287	95631	0	1677357	f
2026-01-26	249	14814	0	0	0	103698	f
2026-01-26	315	3600	0	0	0	7200	f
2026-01-26	96	14814	64924	15120	2712	1351600	f
2026-01-26	120	144000	0	0	0	2304000	f
2026-01-26	237	61200	0	0	0	489600	f
2026-01-26	300	3600	0	0	0	10800	f
2026-01-26	27	32400	127659	18082	10957	3028225	f
2026-01-26	68	10800	0	0	0	226800	f
2026-01-26	189	32400	0	0	0	388800	f
2026-01-26	219	14814	149425	65089	0	1451559	f
2026-01-26	327	3600	0	0	0	3600	f
2026-01-26	22	3600	29727	7961	0	637081	f
2026-01-26	49	14814	0	0	0	340722	f
2026-01-26	256	14814	0	0	0	88884	f
2026-01-26	296	14814	0	0	0	59256	f
2026-01-26	312	10800	0	0	0	21600	f
2026-01-26	73	14814	25200	0	0	644094	f
2026-01-26	161	10800	0	0	0	140400	f
2026-01-26	194	3600	0	0	0	39600	f
2026-01-26	14	10800	0	0	0	270000	f
2026-01-26	111	10800	0	0	0	172800	f
2026-01-26	150	10800	0	0	0	151200	f
2026-01-26	211	3600	0	0	0	36000	f
2026-01-26	260	10800	0	0	0	64800	f
2026-01-26	297	3600	0	0	0	14400	f
2026-01-26	244	10800	0	0	0	75600	f
2026-01-26	50	10800	0	0	0	248400	f
2026-01-26	124	3600	0	0	0	57600	f
2026-01-26	195	3600	0	0	0	39600	f
2026-01-26	224	61200	118800	23760	0	766320	f
2026-01-26	69	144000	5400	0	0	3137400	f
2026-01-26	166	3600	0	0	0	46800	f
2026-01-26	59	61200	0	0	0	1346400	f
2026-01-26	316	14814	0	0	0	29628	f
2026-01-26	15	10800	0	0	0	270000	f
2026-01-26	305	3600	1800	0	0	16200	f
2026-01-26	23	3600	0	0	0	86400	f
2026-01-26	29	14814	0	0	0	355536	f
2026-01-26	250	14814	4320	0	0	133938	f
2026-01-26	257	14814	0	0	0	88884	f
2026-01-26	185	144000	2880	0	0	1762560	f
2026-01-26	30	3600	7200	0	0	232254	f
2026-01-26	91	61200	0	0	0	1162800	f
2026-01-26	112	14814	0	0	0	237024	f
2026-01-26	238	144000	0	0	0	1152000	f
2026-01-26	251	3600	0	0	0	25200	f
2026-01-26	230	14814	43560	6120	1296	408510	f
2026-01-26	283	32400	0	0	0	129600	f
2026-01-26	290	3600	0	0	0	14400	f
2026-01-26	163	32400	32400	6480	0	842400	f
2026-01-26	284	61200	39960	4320	1836	429264	f
2026-01-26	10	32400	0	0	0	810000	f
2026-01-26	252	3600	0	0	0	25200	f
2026-01-26	31	14814	0	0	0	355536	f
2026-01-26	61	61200	0	0	0	1346400	f
2026-01-26	263	3600	0	0	0	21600	f
2026-01-26	317	32400	0	0	0	64800	f
2026-01-26	291	10800	0	0	0	43200	f
2026-01-26	204	61200	0	0	0	673200	f
2026-01-26	242	3600	0	0	0	28800	f
2026-01-26	81	3600	0	0	0	72000	f
2026-01-26	245	61200	0	0	0	428400	f
2026-01-26	104	3600	0	0	0	61200	f
2026-01-26	298	10800	0	0	0	43200	f
2026-01-26	2	10800	0	0	0	270000	f
2026-01-26	277	14814	0	0	0	74070	f
2026-01-26	113	10800	30600	6120	0	503280	f
2026-01-26	186	32400	0	0	0	388800	f
2026-01-26	329	3600	0	0	0	3600	f
2026-01-26	293	14814	0	0	0	59256	f
2026-01-26	308	10800	0	0	0	32400	f
2026-01-26	278	144000	0	0	0	720000	f
2026-01-26	234	3600	0	0	0	32400	f
2026-01-26	265	3600	0	0	0	18000	f
2026-01-26	108	3600	0	0	0	61200	f
2026-01-26	168	61200	5400	0	0	865800	f
2026-01-26	97	10800	0	0	0	194400	f
2026-01-26	133	61200	0	0	0	918000	f
2026-01-26	334	144000	0	0	0	144000	f
2026-01-26	225	61200	0	0	0	550800	f
2026-01-26	338	3600	0	0	0	3600	f
2026-01-26	114	3600	0	0	0	57600	f
2026-01-26	302	3600	0	0	0	10800	f
2026-01-26	330	32400	1800	0	0	34200	f
2026-01-26	199	14814	0	0	0	162954	f
2026-01-26	273	32400	0	0	0	162000	f
2026-01-26	52	14814	0	0	0	340722	f
2026-01-26	16	10800	0	0	0	270000	f
2026-01-26	24	3600	0	0	0	86400	f
2026-01-26	98	10800	0	0	0	194400	f
2026-01-26	216	3600	0	0	0	36000	f
2026-01-26	32	61200	0	0	0	1468800	f
2026-01-26	40	14814	0	0	0	340722	f
2026-01-26	151	3600	0	0	0	50400	f
2026-01-26	335	32400	0	0	0	32400	f
2026-01-26	339	3600	0	0	0	3600	f
2026-01-26	217	3600	0	0	0	36000	f
2026-01-26	169	10800	0	0	0	140400	f
2026-01-26	324	3600	0	0	0	7200	f
2026-01-26	187	3600	0	0	0	43200	f
2026-01-26	25	14814	0	0	0	355536	f
2026-01-26	253	14814	0	0	0	103698	f
2026-01-26	17	32400	0	0	0	810000	f
2026-01-26	54	3600	0	0	0	82800	f
2026-01-26	170	10800	0	0	0	140400	f
2026-01-26	258	32400	0	0	0	194400	f
2026-01-26	320	32400	30600	6120	0	138240	f
2026-01-26	33	61200	0	0	0	1468800	f
2026-01-26	172	32400	0	0	0	421200	f
2026-01-26	188	3600	0	0	0	43200	f
2026-01-26	206	10800	0	0	0	118800	f
2026-01-26	5	3600	0	0	0	90000	f
2026-01-26	314	3600	0	0	0	7200	f
2026-01-26	125	3600	0	0	0	57600	f
2026-01-26	121	32400	0	0	0	518400	f
2026-01-26	134	10800	0	0	0	162000	f
2026-01-26	212	14814	0	0	0	148140	f
2026-01-26	247	3600	0	0	0	25200	f
2026-01-26	88	10800	0	0	0	205200	f
2026-01-26	99	14814	0	0	0	266652	f
2026-01-26	18	14814	0	0	0	370350	f
2026-01-26	196	10800	0	0	0	118800	f
2026-01-26	239	10800	0	0	0	86400	f
2026-01-26	13	61200	0	0	0	1530000	f
2026-01-26	129	32400	0	0	0	486000	f
2026-01-26	141	10800	0	0	0	151200	f
2026-01-26	6	10800	0	0	0	270000	f
2026-01-26	142	3600	0	0	0	50400	f
2026-01-26	197	3600	0	0	0	39600	f
2026-01-26	248	14814	0	0	0	103698	f
2026-01-26	303	3600	0	0	0	10800	f
2026-01-26	321	32400	0	0	0	64800	f
2026-01-26	231	3600	0	0	0	32400	f
2026-01-26	243	144000	0	0	0	1152000	f
2026-01-26	310	3600	0	0	0	10800	f
2026-01-26	143	3600	0	0	0	50400	f
2026-01-26	226	14814	0	0	0	133326	f
2026-01-26	26	10800	0	0	0	259200	f
2026-01-26	93	3600	0	0	0	64800	f
2026-01-26	144	10800	0	0	0	151200	f
2026-01-26	227	10800	0	0	0	97200	f
\.


--
-- Data for Name: lot_days_20260127; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.lot_days_20260127 (settle_date, order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted) FROM stdin;
2026-01-27	158	61200	196295	76967	7680	1680325	f
2026-01-27	19	10800	52088	21888	1860	1173034	f
2026-01-27	35	32400	0	0	0	777600	f
2026-01-27	74	10800	0	0	0	226800	f
2026-01-27	105	10800	0	0	0	194400	f
2026-01-27	117	14814	0	0	0	251838	f
2026-01-27	267	14814	0	0	0	88884	f
2026-01-27	286	3600	0	0	0	18000	f
2026-01-27	347	3600	0	0	0	3600	f
2026-01-27	75	10800	31014	19848	0	1264203	f
2026-01-27	78	3600	0	0	0	75600	f
2026-01-27	174	3600	0	0	0	50400	f
2026-01-27	279	32400	0	0	0	162000	f
2026-01-27	348	10800	0	0	0	10800	f
2026-01-27	135	32400	30488	0	3048	1108685	f
2026-01-27	269	14814	0	0	0	88884	f
2026-01-27	145	14814	265568	285007	0	3703701	t
2026-01-27	201	3600	0	3531	0	46731	f
2026-01-27	207	3600	0	0	0	39600	f
2026-01-27	280	3600	0	0	0	18000	f
2026-01-27	41	144000	126190	8639	14426	4900886	f
2026-01-27	72	10800	0	0	0	237600	f
2026-01-27	85	3600	0	0	0	72000	f
2026-01-27	254	61200	0	0	0	489600	f
2026-01-27	261	61200	0	0	0	428400	f
2026-01-27	274	3600	0	0	0	21600	f
2026-01-27	337	144000	0	0	0	288000	f
2026-01-27	181	14814	245392	116386	2808	2087496	f
2026-01-27	208	14814	0	0	0	162954	f
2026-01-27	311	3600	0	0	0	10800	f
2026-01-27	48	14814	77164	24336	3036	930984	f
2026-01-27	147	3600	0	0	0	54000	f
2026-01-27	152	10800	0	0	0	162000	f
2026-01-27	153	14814	0	0	0	222210	f
2026-01-27	287	144000	0	0	0	720000	f
2026-01-27	322	32400	0	0	0	97200	f
2026-01-27	332	14814	0	0	0	29628	f
2026-01-27	262	10800	107847	26315	5724	1006474	f
2026-01-27	340	10800	0	0	0	10800	f
2026-01-27	349	61200	0	0	0	61200	f
2026-01-27	154	10800	125764	49608	3036	2663629	f
2026-01-27	155	32400	0	0	0	486000	f
2026-01-27	192	32400	0	0	0	388800	f
2026-01-27	7	10800	63567	26315	1296	1264800	f
2026-01-27	42	10800	0	0	0	259200	f
2026-01-27	94	3600	0	0	0	68400	f
2026-01-27	101	3600	0	0	0	68400	f
2026-01-27	102	144000	0	0	0	2736000	f
2026-01-27	209	3600	0	0	0	39600	f
2026-01-27	228	10800	0	0	0	108000	f
2026-01-27	275	3600	0	0	0	21600	f
2026-01-27	213	10800	33604	11232	1200	181556	f
2026-01-27	240	61200	0	0	0	550800	f
2026-01-27	90	32400	45927	10403	2592	1630786	f
2026-01-27	295	10800	0	0	0	54000	f
2026-01-27	67	10800	43200	22464	0	1313880	f
2026-01-27	70	14814	0	0	0	325908	f
2026-01-27	119	10800	0	0	0	183600	f
2026-01-27	136	61200	0	0	0	918000	f
2026-01-27	229	10800	0	0	0	108000	f
2026-01-27	281	3600	0	0	0	18000	f
2026-01-27	56	144000	242694	101685	0	7752191	f
2026-01-27	165	144000	0	0	0	2016000	f
2026-01-27	259	14814	0	0	0	103698	f
2026-01-27	288	3600	0	0	0	18000	f
2026-01-27	333	10800	148527	66563	2052	424690	f
2026-01-27	1	61200	41884	17784	1848	2291560	f
2026-01-27	110	32400	0	0	0	550800	f
2026-01-27	149	14814	0	0	0	222210	f
2026-01-27	160	144000	0	0	0	2016000	f
2026-01-27	182	3600	0	0	0	46800	f
2026-01-27	57	3600	27927	16019	432	508917	f
2026-01-27	87	10800	0	0	0	216000	f
2026-01-27	183	10800	0	0	0	140400	f
2026-01-27	323	32400	0	0	0	97200	f
2026-01-27	156	10800	18124	3744	1092	442857	f
2026-01-27	202	14814	0	0	0	177768	f
2026-01-27	138	10800	91771	9467	23294	1626238	f
2026-01-27	222	10800	145287	95631	0	1929075	f
2026-01-27	249	14814	0	0	0	118512	f
2026-01-27	315	3600	0	0	0	10800	f
2026-01-27	96	14814	64924	15120	2712	1449170	f
2026-01-27	120	144000	0	0	0	2448000	f
2026-01-27	237	61200	0	0	0	550800	f
2026-01-27	300	3600	0	0	0	14400	f
2026-01-27	27	32400	127659	18082	10957	3217323	f
2026-01-27	68	10800	0	0	0	237600	f
2026-01-27	189	32400	0	0	0	421200	f
2026-01-27	219	14814	149425	65089	0	1680887	f
2026-01-27	327	3600	0	0	0	7200	f
2026-01-27	22	3600	29727	7961	0	678369	f
2026-01-27	49	14814	0	0	0	355536	f
2026-01-27	256	14814	0	0	0	103698	f
2026-01-27	296	14814	0	0	0	74070	f
2026-01-27	312	10800	0	0	0	32400	f
2026-01-27	73	14814	25200	0	0	684108	f
2026-01-27	161	10800	0	0	0	151200	f
2026-01-27	194	3600	0	0	0	43200	f
2026-01-27	14	10800	0	0	0	280800	f
2026-01-27	111	10800	0	0	0	183600	f
2026-01-27	150	10800	0	0	0	162000	f
2026-01-27	211	3600	0	0	0	39600	f
2026-01-27	260	10800	0	0	0	75600	f
2026-01-27	297	3600	0	0	0	18000	f
2026-01-27	244	10800	0	0	0	86400	f
2026-01-27	50	10800	0	0	0	259200	f
2026-01-27	124	3600	0	0	0	61200	f
2026-01-27	195	3600	0	0	0	43200	f
2026-01-27	224	61200	118800	23760	0	970080	f
2026-01-27	69	144000	5400	0	0	3286800	f
2026-01-27	166	3600	0	0	0	50400	f
2026-01-27	59	61200	0	0	0	1407600	f
2026-01-27	316	14814	0	0	0	44442	f
2026-01-27	15	10800	0	0	0	280800	f
2026-01-27	305	3600	1800	0	0	21600	f
2026-01-27	23	3600	0	0	0	90000	f
2026-01-27	29	14814	0	0	0	370350	f
2026-01-27	250	14814	4320	0	0	153072	f
2026-01-27	257	14814	0	0	0	103698	f
2026-01-27	185	144000	2880	0	0	1909440	f
2026-01-27	30	3600	7200	0	0	243054	f
2026-01-27	91	61200	0	0	0	1224000	f
2026-01-27	112	14814	0	0	0	251838	f
2026-01-27	238	144000	0	0	0	1296000	f
2026-01-27	251	3600	0	0	0	28800	f
2026-01-27	230	14814	43560	6120	1296	474300	f
2026-01-27	283	32400	0	0	0	162000	f
2026-01-27	290	3600	0	0	0	18000	f
2026-01-27	163	32400	32400	6480	0	913680	f
2026-01-27	284	61200	39960	4320	1836	536580	f
2026-01-27	10	32400	0	0	0	842400	f
2026-01-27	252	3600	0	0	0	28800	f
2026-01-27	31	14814	0	0	0	370350	f
2026-01-27	61	61200	0	0	0	1407600	f
2026-01-27	263	3600	0	0	0	25200	f
2026-01-27	317	32400	0	0	0	97200	f
2026-01-27	291	10800	0	0	0	54000	f
2026-01-27	204	61200	0	0	0	734400	f
2026-01-27	242	3600	0	0	0	32400	f
2026-01-27	81	3600	0	0	0	75600	f
2026-01-27	245	61200	0	0	0	489600	f
2026-01-27	104	3600	0	0	0	64800	f
2026-01-27	298	10800	0	0	0	54000	f
2026-01-27	2	10800	0	0	0	280800	f
2026-01-27	277	14814	0	0	0	88884	f
2026-01-27	351	3600	0	0	0	3600	f
2026-01-27	113	10800	30600	6120	0	550800	f
2026-01-27	186	32400	0	0	0	421200	f
2026-01-27	329	3600	0	0	0	7200	f
2026-01-27	293	14814	0	0	0	74070	f
2026-01-27	308	10800	0	0	0	43200	f
2026-01-27	278	144000	0	0	0	864000	f
2026-01-27	234	3600	0	0	0	36000	f
2026-01-27	265	3600	0	0	0	21600	f
2026-01-27	108	3600	0	0	0	64800	f
2026-01-27	168	61200	5400	0	0	932400	f
2026-01-27	97	10800	0	0	0	205200	f
2026-01-27	133	61200	0	0	0	979200	f
2026-01-27	334	144000	0	0	0	288000	f
2026-01-27	225	61200	0	0	0	612000	f
2026-01-27	338	3600	0	0	0	7200	f
2026-01-27	114	3600	0	0	0	61200	f
2026-01-27	302	3600	0	0	0	14400	f
2026-01-27	330	32400	1800	0	0	68400	f
2026-01-27	342	3600	0	0	0	3600	f
2026-01-27	343	10800	0	0	0	10800	f
2026-01-27	199	14814	0	0	0	177768	f
2026-01-27	273	32400	0	0	0	194400	f
2026-01-27	52	14814	0	0	0	355536	f
2026-01-27	16	10800	0	0	0	280800	f
2026-01-27	24	3600	0	0	0	90000	f
2026-01-27	98	10800	0	0	0	205200	f
2026-01-27	216	3600	0	0	0	39600	f
2026-01-27	32	61200	0	0	0	1530000	f
2026-01-27	40	14814	0	0	0	355536	f
2026-01-27	151	3600	0	0	0	54000	f
2026-01-27	335	32400	0	0	0	64800	f
2026-01-27	339	3600	0	0	0	7200	f
2026-01-27	217	3600	0	0	0	39600	f
2026-01-27	169	10800	0	0	0	151200	f
2026-01-27	324	3600	0	0	0	10800	f
2026-01-27	187	3600	0	0	0	46800	f
2026-01-27	25	14814	0	0	0	370350	f
2026-01-27	253	14814	0	0	0	118512	f
2026-01-27	17	32400	0	0	0	842400	f
2026-01-27	54	3600	0	0	0	86400	f
2026-01-27	170	10800	0	0	0	151200	f
2026-01-27	258	32400	0	0	0	226800	f
2026-01-27	320	32400	30600	6120	0	207360	f
2026-01-27	33	61200	0	0	0	1530000	f
2026-01-27	172	32400	0	0	0	453600	f
2026-01-27	188	3600	0	0	0	46800	f
2026-01-27	206	10800	0	0	0	129600	f
2026-01-27	5	3600	0	0	0	93600	f
2026-01-27	314	3600	0	0	0	10800	f
2026-01-27	125	3600	0	0	0	61200	f
2026-01-27	121	32400	0	0	0	550800	f
2026-01-27	134	10800	0	0	0	172800	f
2026-01-27	212	14814	0	0	0	162954	f
2026-01-27	247	3600	0	0	0	28800	f
2026-01-27	88	10800	0	0	0	216000	f
2026-01-27	99	14814	0	0	0	281466	f
2026-01-27	18	14814	0	0	0	385164	f
2026-01-27	196	10800	0	0	0	129600	f
2026-01-27	239	10800	0	0	0	97200	f
2026-01-27	13	61200	0	0	0	1591200	f
2026-01-27	129	32400	0	0	0	518400	f
2026-01-27	141	10800	0	0	0	162000	f
2026-01-27	6	10800	0	0	0	280800	f
2026-01-27	142	3600	0	0	0	54000	f
2026-01-27	197	3600	0	0	0	43200	f
2026-01-27	248	14814	0	0	0	118512	f
2026-01-27	303	3600	0	0	0	14400	f
2026-01-27	321	32400	0	0	0	97200	f
2026-01-27	231	3600	0	0	0	36000	f
2026-01-27	243	144000	0	0	0	1296000	f
2026-01-27	310	3600	0	0	0	14400	f
2026-01-27	143	3600	0	0	0	54000	f
2026-01-27	226	14814	0	0	0	148140	f
2026-01-27	26	10800	0	0	0	270000	f
2026-01-27	93	3600	0	0	0	68400	f
2026-01-27	144	10800	0	0	0	162000	f
2026-01-27	352	14814	0	0	0	14814	f
2026-01-27	227	10800	0	0	0	108000	f
\.


--
-- Data for Name: lot_days_20260128; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.lot_days_20260128 (settle_date, order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted) FROM stdin;
2026-01-28	158	61200	196295	76967	7680	2022467	f
2026-01-28	19	10800	52088	21888	1860	1259670	f
2026-01-28	35	32400	0	0	0	810000	f
2026-01-28	74	10800	0	0	0	237600	f
2026-01-28	105	10800	0	0	0	205200	f
2026-01-28	117	14814	0	0	0	266652	f
2026-01-28	267	14814	0	0	0	103698	f
2026-01-28	286	3600	0	0	0	21600	f
2026-01-28	347	3600	0	0	0	7200	f
2026-01-28	75	10800	31014	19848	0	1325865	f
2026-01-28	78	3600	0	0	0	79200	f
2026-01-28	174	3600	0	0	0	54000	f
2026-01-28	279	32400	0	0	0	194400	f
2026-01-28	348	10800	0	0	0	21600	f
2026-01-28	135	32400	26044	0	2604	1169733	f
2026-01-28	269	14814	0	0	0	103698	f
2026-01-28	201	3600	265568	290075	0	605974	f
2026-01-28	207	3600	0	0	0	43200	f
2026-01-28	280	3600	0	0	0	21600	f
2026-01-28	41	144000	126190	8639	14426	5194141	f
2026-01-28	72	10800	0	0	0	248400	f
2026-01-28	85	3600	0	0	0	75600	f
2026-01-28	254	61200	0	0	0	550800	f
2026-01-28	261	61200	0	0	0	489600	f
2026-01-28	274	3600	0	0	0	25200	f
2026-01-28	337	144000	0	0	0	432000	f
2026-01-28	181	14814	245392	116386	2808	2466896	f
2026-01-28	208	14814	0	0	0	177768	f
2026-01-28	311	3600	0	0	0	14400	f
2026-01-28	48	14814	77164	24336	3036	1050334	f
2026-01-28	147	3600	0	0	0	57600	f
2026-01-28	152	10800	0	0	0	172800	f
2026-01-28	153	14814	0	0	0	237024	f
2026-01-28	287	144000	0	0	0	864000	f
2026-01-28	322	32400	0	0	0	129600	f
2026-01-28	332	14814	0	0	0	44442	f
2026-01-28	262	10800	107847	26315	5724	1157160	f
2026-01-28	340	10800	0	0	0	21600	f
2026-01-28	349	61200	0	0	0	122400	f
2026-01-28	154	10800	25571	0	0	2700000	t
2026-01-28	155	32400	103433	49608	3360	674801	f
2026-01-28	192	32400	0	0	0	421200	f
2026-01-28	7	10800	68967	29123	1296	1374986	f
2026-01-28	42	10800	0	0	0	270000	f
2026-01-28	94	3600	0	0	0	72000	f
2026-01-28	101	3600	0	0	0	72000	f
2026-01-28	102	144000	0	0	0	2880000	f
2026-01-28	209	3600	0	0	0	43200	f
2026-01-28	228	10800	0	0	0	118800	f
2026-01-28	275	3600	0	0	0	25200	f
2026-01-28	213	10800	38048	11232	1644	243280	f
2026-01-28	240	61200	0	0	0	612000	f
2026-01-28	356	10800	0	0	0	10800	f
2026-01-28	90	32400	53334	14255	2592	1733367	f
2026-01-28	295	10800	0	0	0	64800	f
2026-01-28	67	10800	43200	22464	0	1390344	f
2026-01-28	70	14814	0	0	0	340722	f
2026-01-28	360	14814	0	0	0	14814	f
2026-01-28	119	10800	0	0	0	194400	f
2026-01-28	136	61200	0	0	0	979200	f
2026-01-28	229	10800	0	0	0	118800	f
2026-01-28	281	3600	0	0	0	21600	f
2026-01-28	56	144000	242694	101685	0	8240570	f
2026-01-28	165	144000	0	0	0	2160000	f
2026-01-28	259	14814	0	0	0	118512	f
2026-01-28	288	3600	0	0	0	21600	f
2026-01-28	333	10800	148527	66563	2052	652632	f
2026-01-28	1	61200	42964	17784	1956	2415464	f
2026-01-28	110	32400	0	0	0	583200	f
2026-01-28	149	14814	0	0	0	237024	f
2026-01-28	160	144000	0	0	0	2160000	f
2026-01-28	182	3600	0	0	0	50400	f
2026-01-28	57	3600	39447	16955	1404	570323	f
2026-01-28	87	10800	0	0	0	226800	f
2026-01-28	183	10800	0	0	0	151200	f
2026-01-28	323	32400	0	0	0	129600	f
2026-01-28	156	10800	34324	12168	1092	501241	f
2026-01-28	202	14814	0	0	0	192582	f
2026-01-28	362	3600	0	0	0	3600	f
2026-01-28	138	10800	91771	9467	23846	1762122	f
2026-01-28	222	10800	145287	96736	0	2181898	f
2026-01-28	249	14814	0	0	0	133326	f
2026-01-28	315	3600	0	0	0	14400	f
2026-01-28	96	14814	69368	15120	3156	1551628	f
2026-01-28	120	144000	0	0	0	2592000	f
2026-01-28	237	61200	0	0	0	612000	f
2026-01-28	300	3600	0	0	0	18000	f
2026-01-28	27	32400	135066	21045	11065	3416899	f
2026-01-28	68	10800	0	0	0	248400	f
2026-01-28	189	32400	0	0	0	453600	f
2026-01-28	219	14814	150505	65449	0	1911655	f
2026-01-28	327	3600	0	0	0	10800	f
2026-01-28	354	14814	0	0	0	14814	f
2026-01-28	22	3600	31527	8321	0	721817	f
2026-01-28	49	14814	0	0	0	370350	f
2026-01-28	256	14814	0	0	0	118512	f
2026-01-28	296	14814	0	0	0	88884	f
2026-01-28	312	10800	0	0	0	43200	f
2026-01-28	73	14814	25200	0	0	724122	f
2026-01-28	161	10800	0	0	0	162000	f
2026-01-28	194	3600	0	0	0	46800	f
2026-01-28	355	3600	0	0	0	3600	f
2026-01-28	14	10800	0	0	0	291600	f
2026-01-28	111	10800	0	0	0	194400	f
2026-01-28	150	10800	0	0	0	172800	f
2026-01-28	211	3600	0	0	0	43200	f
2026-01-28	260	10800	0	0	0	86400	f
2026-01-28	297	3600	0	0	0	21600	f
2026-01-28	244	10800	0	0	0	97200	f
2026-01-28	50	10800	0	0	0	270000	f
2026-01-28	124	3600	0	0	0	64800	f
2026-01-28	195	3600	0	0	0	46800	f
2026-01-28	224	61200	118800	23760	0	1173840	f
2026-01-28	69	144000	5400	0	0	3436200	f
2026-01-28	166	3600	0	0	0	54000	f
2026-01-28	59	61200	0	0	0	1468800	f
2026-01-28	316	14814	0	0	0	59256	f
2026-01-28	15	10800	0	0	0	291600	f
2026-01-28	305	3600	1800	0	0	27000	f
2026-01-28	23	3600	0	0	0	93600	f
2026-01-28	29	14814	0	0	0	385164	f
2026-01-28	250	14814	4320	0	0	172206	f
2026-01-28	257	14814	0	0	0	118512	f
2026-01-28	185	144000	2880	0	0	2056320	f
2026-01-28	30	3600	7200	0	0	253854	f
2026-01-28	91	61200	0	0	0	1285200	f
2026-01-28	112	14814	0	0	0	266652	f
2026-01-28	238	144000	0	0	0	1440000	f
2026-01-28	251	3600	0	0	0	32400	f
2026-01-28	230	14814	59760	9360	1296	559530	f
2026-01-28	283	32400	0	0	0	194400	f
2026-01-28	290	3600	0	0	0	21600	f
2026-01-28	163	32400	32400	6480	0	984960	f
2026-01-28	284	61200	39960	4320	1836	643896	f
2026-01-28	357	32400	0	0	0	32400	f
2026-01-28	10	32400	0	0	0	874800	f
2026-01-28	252	3600	0	0	0	32400	f
2026-01-28	31	14814	0	0	0	385164	f
2026-01-28	61	61200	0	0	0	1468800	f
2026-01-28	263	3600	0	0	0	28800	f
2026-01-28	317	32400	0	0	0	129600	f
2026-01-28	291	10800	0	0	0	64800	f
2026-01-28	204	61200	0	0	0	795600	f
2026-01-28	242	3600	0	0	0	36000	f
2026-01-28	81	3600	0	0	0	79200	f
2026-01-28	245	61200	0	0	0	550800	f
2026-01-28	104	3600	0	0	0	68400	f
2026-01-28	298	10800	0	0	0	64800	f
2026-01-28	2	10800	0	0	0	291600	f
2026-01-28	277	14814	0	0	0	103698	f
2026-01-28	351	3600	0	0	0	7200	f
2026-01-28	113	10800	30600	6120	0	598320	f
2026-01-28	186	32400	0	0	0	453600	f
2026-01-28	329	3600	0	0	0	10800	f
2026-01-28	293	14814	0	0	0	88884	f
2026-01-28	308	10800	0	0	0	54000	f
2026-01-28	363	32400	0	0	0	32400	f
2026-01-28	278	144000	0	0	0	1008000	f
2026-01-28	234	3600	0	0	0	39600	f
2026-01-28	265	3600	0	0	0	25200	f
2026-01-28	108	3600	0	0	0	68400	f
2026-01-28	168	61200	5400	0	0	999000	f
2026-01-28	97	10800	0	0	0	216000	f
2026-01-28	133	61200	0	0	0	1040400	f
2026-01-28	334	144000	0	0	0	432000	f
2026-01-28	225	61200	0	0	0	673200	f
2026-01-28	338	3600	0	0	0	10800	f
2026-01-28	114	3600	0	0	0	64800	f
2026-01-28	302	3600	0	0	0	18000	f
2026-01-28	330	32400	1800	0	0	102600	f
2026-01-28	342	3600	0	0	0	7200	f
2026-01-28	343	10800	0	0	0	21600	f
2026-01-28	199	14814	0	0	0	192582	f
2026-01-28	273	32400	0	0	0	226800	f
2026-01-28	52	14814	0	0	0	370350	f
2026-01-28	16	10800	0	0	0	291600	f
2026-01-28	24	3600	0	0	0	93600	f
2026-01-28	98	10800	0	0	0	216000	f
2026-01-28	216	3600	0	0	0	43200	f
2026-01-28	32	61200	0	0	0	1591200	f
2026-01-28	40	14814	0	0	0	370350	f
2026-01-28	151	3600	0	0	0	57600	f
2026-01-28	335	32400	0	0	0	97200	f
2026-01-28	339	3600	0	0	0	10800	f
2026-01-28	217	3600	0	0	0	43200	f
2026-01-28	169	10800	0	0	0	162000	f
2026-01-28	324	3600	0	0	0	14400	f
2026-01-28	187	3600	0	0	0	50400	f
2026-01-28	25	14814	0	0	0	385164	f
2026-01-28	253	14814	0	0	0	133326	f
2026-01-28	359	14814	0	0	0	14814	f
2026-01-28	17	32400	0	0	0	874800	f
2026-01-28	54	3600	0	0	0	90000	f
2026-01-28	170	10800	0	0	0	162000	f
2026-01-28	258	32400	0	0	0	259200	f
2026-01-28	320	32400	30600	6120	0	276480	f
2026-01-28	33	61200	0	0	0	1591200	f
2026-01-28	172	32400	0	0	0	486000	f
2026-01-28	188	3600	0	0	0	50400	f
2026-01-28	206	10800	0	0	0	140400	f
2026-01-28	5	3600	0	0	0	97200	f
2026-01-28	314	3600	0	0	0	14400	f
2026-01-28	125	3600	0	0	0	64800	f
2026-01-28	121	32400	0	0	0	583200	f
2026-01-28	134	10800	0	0	0	183600	f
2026-01-28	212	14814	0	0	0	177768	f
2026-01-28	247	3600	0	0	0	32400	f
2026-01-28	88	10800	0	0	0	226800	f
2026-01-28	99	14814	0	0	0	296280	f
2026-01-28	18	14814	0	0	0	399978	f
2026-01-28	196	10800	0	0	0	140400	f
2026-01-28	239	10800	0	0	0	108000	f
2026-01-28	13	61200	0	0	0	1652400	f
2026-01-28	129	32400	0	0	0	550800	f
2026-01-28	141	10800	0	0	0	172800	f
2026-01-28	6	10800	0	0	0	291600	f
2026-01-28	142	3600	0	0	0	57600	f
2026-01-28	197	3600	0	0	0	46800	f
2026-01-28	248	14814	0	0	0	133326	f
2026-01-28	303	3600	0	0	0	18000	f
2026-01-28	321	32400	0	0	0	129600	f
2026-01-28	231	3600	0	0	0	39600	f
2026-01-28	243	144000	0	0	0	1440000	f
2026-01-28	310	3600	0	0	0	18000	f
2026-01-28	143	3600	0	0	0	57600	f
2026-01-28	226	14814	0	0	0	162954	f
2026-01-28	26	10800	0	0	0	280800	f
2026-01-28	93	3600	0	0	0	72000	f
2026-01-28	144	10800	0	0	0	172800	f
2026-01-28	352	14814	0	0	0	29628	f
2026-01-28	227	10800	0	0	0	118800	f
\.


--
-- Data for Name: lot_days_20260129; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.lot_days_20260129 (settle_date, order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted) FROM stdin;
2026-01-29	158	61200	196295	76967	7680	2364609	f
2026-01-29	364	3600	280908	165598	0	450106	f
2026-01-29	19	10800	77288	38016	1860	1387634	f
2026-01-29	35	32400	0	0	0	842400	f
2026-01-29	74	10800	0	0	0	248400	f
2026-01-29	105	10800	0	0	0	216000	f
2026-01-29	117	14814	0	0	0	281466	f
2026-01-29	267	14814	0	0	0	118512	f
2026-01-29	286	3600	0	0	0	25200	f
2026-01-29	347	3600	0	0	0	10800	f
2026-01-29	75	10800	31014	19848	0	1387527	f
2026-01-29	78	3600	0	0	0	82800	f
2026-01-29	174	3600	0	0	0	57600	f
2026-01-29	279	32400	0	0	0	226800	f
2026-01-29	368	61200	0	0	0	61200	f
2026-01-29	135	32400	26044	0	2604	1230781	f
2026-01-29	269	14814	0	0	0	118512	f
2026-01-29	201	3600	140426	0	0	750000	t
2026-01-29	207	3600	125142	289859	0	461801	f
2026-01-29	280	3600	0	0	0	25200	f
2026-01-29	41	144000	126190	8639	14534	5487504	f
2026-01-29	72	10800	0	0	0	259200	f
2026-01-29	85	3600	0	0	0	79200	f
2026-01-29	254	61200	0	0	0	612000	f
2026-01-29	261	61200	0	0	0	550800	f
2026-01-29	274	3600	0	0	0	28800	f
2026-01-29	337	144000	0	0	0	576000	f
2026-01-29	181	14814	246472	116962	2808	2847952	f
2026-01-29	208	14814	0	0	0	192582	f
2026-01-29	311	3600	0	0	0	18000	f
2026-01-29	48	14814	73924	24336	2712	1166120	f
2026-01-29	147	3600	0	0	0	61200	f
2026-01-29	152	10800	0	0	0	183600	f
2026-01-29	153	14814	0	0	0	251838	f
2026-01-29	287	144000	0	0	0	1008000	f
2026-01-29	322	32400	0	0	0	162000	f
2026-01-29	332	14814	0	0	0	59256	f
2026-01-29	262	10800	102447	23507	5724	1299638	f
2026-01-29	340	10800	0	0	0	32400	f
2026-01-29	349	61200	0	0	0	183600	f
2026-01-29	155	32400	127924	49608	3252	887985	f
2026-01-29	192	32400	0	0	0	453600	f
2026-01-29	7	10800	67167	28187	1296	1482436	f
2026-01-29	42	10800	0	0	0	280800	f
2026-01-29	94	3600	0	0	0	75600	f
2026-01-29	101	3600	0	0	0	75600	f
2026-01-29	102	144000	0	0	0	3024000	f
2026-01-29	209	3600	0	0	0	46800	f
2026-01-29	228	10800	0	0	0	129600	f
2026-01-29	275	3600	0	0	0	28800	f
2026-01-29	213	10800	38048	11232	1644	305004	f
2026-01-29	240	61200	0	0	0	673200	f
2026-01-29	356	10800	0	0	0	21600	f
2026-01-29	90	32400	53334	14255	2592	1835948	f
2026-01-29	295	10800	0	0	0	75600	f
2026-01-29	67	10800	43200	22464	0	1466808	f
2026-01-29	70	14814	0	0	0	355536	f
2026-01-29	360	14814	0	0	0	29628	f
2026-01-29	119	10800	1080	0	108	206388	f
2026-01-29	136	61200	0	0	0	1040400	f
2026-01-29	229	10800	0	0	0	129600	f
2026-01-29	281	3600	0	0	0	25200	f
2026-01-29	365	3600	333815	129181	0	466596	f
2026-01-29	56	144000	242694	102405	0	8729669	f
2026-01-29	165	144000	0	0	0	2304000	f
2026-01-29	259	14814	0	0	0	133326	f
2026-01-29	288	3600	0	0	0	25200	f
2026-01-29	333	10800	148527	66563	2052	880574	f
2026-01-29	1	61200	42964	17784	1956	2539368	f
2026-01-29	110	32400	0	0	0	615600	f
2026-01-29	149	14814	0	0	0	251838	f
2026-01-29	160	144000	0	0	0	2304000	f
2026-01-29	182	3600	0	0	0	54000	f
2026-01-29	57	3600	39447	16955	1404	631729	f
2026-01-29	87	10800	0	0	0	237600	f
2026-01-29	183	10800	0	0	0	162000	f
2026-01-29	323	32400	0	0	0	162000	f
2026-01-29	156	10800	34324	12168	1092	559625	f
2026-01-29	202	14814	0	0	0	207396	f
2026-01-29	362	3600	0	0	0	7200	f
2026-01-29	138	10800	91771	9467	23846	1898006	f
2026-01-29	222	10800	145287	96736	0	2434721	f
2026-01-29	249	14814	0	0	0	148140	f
2026-01-29	315	3600	0	0	0	18000	f
2026-01-29	96	14814	69368	15120	3156	1654086	f
2026-01-29	120	144000	0	0	0	2736000	f
2026-01-29	237	61200	0	0	0	673200	f
2026-01-29	300	3600	0	0	0	21600	f
2026-01-29	27	32400	135066	21045	11065	3616475	f
2026-01-29	68	10800	0	0	0	259200	f
2026-01-29	189	32400	0	0	0	486000	f
2026-01-29	219	14814	150505	65449	0	2142423	f
2026-01-29	327	3600	0	0	0	14400	f
2026-01-29	354	14814	0	0	0	29628	f
2026-01-29	22	3600	24585	0	0	750002	t
2026-01-29	49	14814	6942	3281	1512	396899	f
2026-01-29	256	14814	0	0	0	133326	f
2026-01-29	296	14814	0	0	0	103698	f
2026-01-29	312	10800	0	0	0	54000	f
2026-01-29	73	14814	25200	5040	0	769176	f
2026-01-29	161	10800	0	0	0	172800	f
2026-01-29	194	3600	0	0	0	50400	f
2026-01-29	355	3600	0	0	0	7200	f
2026-01-29	14	10800	0	0	0	302400	f
2026-01-29	111	10800	0	0	0	205200	f
2026-01-29	150	10800	0	0	0	183600	f
2026-01-29	211	3600	0	0	0	46800	f
2026-01-29	260	10800	0	0	0	97200	f
2026-01-29	297	3600	0	0	0	25200	f
2026-01-29	244	10800	0	0	0	108000	f
2026-01-29	50	10800	0	0	0	280800	f
2026-01-29	124	3600	0	0	0	68400	f
2026-01-29	195	3600	0	0	0	50400	f
2026-01-29	224	61200	118800	23760	0	1377600	f
2026-01-29	370	3600	0	0	0	3600	f
2026-01-29	69	144000	5400	0	0	3585600	f
2026-01-29	166	3600	0	0	0	57600	f
2026-01-29	59	61200	0	0	0	1530000	f
2026-01-29	316	14814	0	0	0	74070	f
2026-01-29	15	10800	0	0	0	302400	f
2026-01-29	305	3600	1800	0	0	32400	f
2026-01-29	23	3600	0	0	0	97200	f
2026-01-29	29	14814	0	0	0	399978	f
2026-01-29	250	14814	4320	0	432	191772	f
2026-01-29	257	14814	0	0	0	133326	f
2026-01-29	185	144000	3960	0	0	2204280	f
2026-01-29	30	3600	9000	0	0	266454	f
2026-01-29	91	61200	0	0	0	1346400	f
2026-01-29	112	14814	0	0	0	281466	f
2026-01-29	238	144000	0	0	0	1584000	f
2026-01-29	251	3600	0	0	0	36000	f
2026-01-29	230	14814	59760	9360	1296	644760	f
2026-01-29	283	32400	0	0	0	226800	f
2026-01-29	290	3600	0	0	0	25200	f
2026-01-29	163	32400	32400	6480	0	1056240	f
2026-01-29	284	61200	39960	4320	1836	751212	f
2026-01-29	357	32400	0	0	0	64800	f
2026-01-29	10	32400	0	0	0	907200	f
2026-01-29	252	3600	0	0	0	36000	f
2026-01-29	31	14814	0	0	0	399978	f
2026-01-29	61	61200	0	0	0	1530000	f
2026-01-29	263	3600	0	0	0	32400	f
2026-01-29	317	32400	0	0	0	162000	f
2026-01-29	291	10800	0	0	0	75600	f
2026-01-29	204	61200	0	0	0	856800	f
2026-01-29	242	3600	0	0	0	39600	f
2026-01-29	81	3600	0	0	0	82800	f
2026-01-29	245	61200	0	0	0	612000	f
2026-01-29	104	3600	0	0	0	72000	f
2026-01-29	298	10800	0	0	0	75600	f
2026-01-29	371	3600	0	0	0	3600	f
2026-01-29	2	10800	0	0	0	302400	f
2026-01-29	277	14814	0	0	0	118512	f
2026-01-29	113	10800	30600	6120	0	645840	f
2026-01-29	186	32400	0	0	0	486000	f
2026-01-29	329	3600	0	0	0	14400	f
2026-01-29	293	14814	0	0	0	103698	f
2026-01-29	308	10800	0	0	0	64800	f
2026-01-29	363	32400	0	0	0	64800	f
2026-01-29	278	144000	0	0	0	1152000	f
2026-01-29	234	3600	0	0	0	43200	f
2026-01-29	265	3600	0	0	0	28800	f
2026-01-29	108	3600	0	0	0	72000	f
2026-01-29	168	61200	5400	0	0	1065600	f
2026-01-29	97	10800	0	0	0	226800	f
2026-01-29	133	61200	0	0	0	1101600	f
2026-01-29	334	144000	0	0	0	576000	f
2026-01-29	225	61200	0	0	0	734400	f
2026-01-29	366	3600	9000	0	0	12600	f
2026-01-29	338	3600	0	0	0	14400	f
2026-01-29	114	3600	0	0	0	68400	f
2026-01-29	302	3600	0	0	0	21600	f
2026-01-29	330	32400	1800	0	0	136800	f
2026-01-29	342	3600	0	0	0	10800	f
2026-01-29	343	10800	0	0	0	32400	f
2026-01-29	199	14814	0	0	0	207396	f
2026-01-29	273	32400	0	0	0	259200	f
2026-01-29	52	14814	0	0	0	385164	f
2026-01-29	16	10800	0	0	0	302400	f
2026-01-29	24	3600	0	0	0	97200	f
2026-01-29	98	10800	0	0	0	226800	f
2026-01-29	216	3600	0	0	0	46800	f
2026-01-29	32	61200	0	0	0	1652400	f
2026-01-29	40	14814	0	0	0	385164	f
2026-01-29	151	3600	0	0	0	61200	f
2026-01-29	335	32400	0	0	0	129600	f
2026-01-29	339	3600	0	0	0	14400	f
2026-01-29	217	3600	0	0	0	46800	f
2026-01-29	169	10800	0	0	0	172800	f
2026-01-29	324	3600	0	0	0	18000	f
2026-01-29	187	3600	0	0	0	54000	f
2026-01-29	25	14814	0	0	0	399978	f
2026-01-29	253	14814	0	0	0	148140	f
2026-01-29	359	14814	0	0	0	29628	f
2026-01-29	17	32400	0	0	0	907200	f
2026-01-29	54	3600	0	0	0	93600	f
2026-01-29	170	10800	0	0	0	172800	f
2026-01-29	258	32400	0	0	0	291600	f
2026-01-29	320	32400	30600	6120	0	345600	f
2026-01-29	33	61200	0	0	0	1652400	f
2026-01-29	172	32400	0	0	0	518400	f
2026-01-29	188	3600	0	0	0	54000	f
2026-01-29	206	10800	0	0	0	151200	f
2026-01-29	5	3600	0	0	0	100800	f
2026-01-29	314	3600	0	0	0	18000	f
2026-01-29	125	3600	0	0	0	68400	f
2026-01-29	121	32400	0	0	0	615600	f
2026-01-29	134	10800	0	0	0	194400	f
2026-01-29	212	14814	0	0	0	192582	f
2026-01-29	247	3600	0	0	0	36000	f
2026-01-29	88	10800	0	0	0	237600	f
2026-01-29	99	14814	0	0	0	311094	f
2026-01-29	18	14814	0	0	0	414792	f
2026-01-29	196	10800	0	0	0	151200	f
2026-01-29	239	10800	0	0	0	118800	f
2026-01-29	13	61200	0	0	0	1713600	f
2026-01-29	129	32400	0	0	0	583200	f
2026-01-29	141	10800	0	0	0	183600	f
2026-01-29	6	10800	0	0	0	302400	f
2026-01-29	142	3600	0	0	0	61200	f
2026-01-29	197	3600	0	0	0	50400	f
2026-01-29	248	14814	0	0	0	148140	f
2026-01-29	303	3600	0	0	0	21600	f
2026-01-29	321	32400	0	0	0	162000	f
2026-01-29	231	3600	0	0	0	43200	f
2026-01-29	243	144000	0	0	0	1584000	f
2026-01-29	310	3600	0	0	0	21600	f
2026-01-29	143	3600	0	0	0	61200	f
2026-01-29	226	14814	0	0	0	177768	f
2026-01-29	26	10800	0	0	0	291600	f
2026-01-29	93	3600	0	0	0	75600	f
2026-01-29	144	10800	0	0	0	183600	f
2026-01-29	352	14814	0	0	0	44442	f
2026-01-29	227	10800	0	0	0	129600	f
\.


--
-- Data for Name: lot_days_20260130; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.lot_days_20260130 (settle_date, order_id, static_fen, share_fen, team_fen, peer_fen, released_total_fen, exhausted) FROM stdin;
2026-01-30	158	61200	196295	76967	7680	2706751	f
2026-01-30	364	3600	280908	15386	0	750000	t
2026-01-30	19	10800	84695	42756	1860	1527745	f
2026-01-30	35	32400	0	0	0	874800	f
2026-01-30	74	10800	0	0	0	259200	f
2026-01-30	105	10800	0	0	0	226800	f
2026-01-30	117	14814	0	0	0	296280	f
2026-01-30	267	14814	0	0	0	133326	f
2026-01-30	286	3600	0	0	0	28800	f
2026-01-30	347	3600	0	0	0	14400	f
2026-01-30	75	10800	31014	19848	0	1449189	f
2026-01-30	78	3600	0	0	0	86400	f
2026-01-30	174	3600	0	0	0	61200	f
2026-01-30	279	32400	0	0	0	259200	f
2026-01-30	368	61200	0	0	0	122400	f
2026-01-30	135	32400	24964	0	2496	1290641	f
2026-01-30	269	14814	0	0	0	133326	f
2026-01-30	207	3600	265568	19033	0	750002	t
2026-01-30	280	3600	0	271258	0	300058	f
2026-01-30	41	144000	128350	8639	14750	5783243	f
2026-01-30	72	10800	0	0	0	270000	f
2026-01-30	85	3600	0	0	0	82800	f
2026-01-30	254	61200	0	0	0	673200	f
2026-01-30	261	61200	0	0	0	612000	f
2026-01-30	274	3600	0	0	0	32400	f
2026-01-30	337	144000	0	0	0	720000	f
2026-01-30	181	14814	250072	118834	2808	3234480	f
2026-01-30	208	14814	0	0	0	207396	f
2026-01-30	311	3600	0	0	0	21600	f
2026-01-30	48	14814	73924	24336	2712	1281906	f
2026-01-30	147	3600	0	0	0	64800	f
2026-01-30	152	10800	0	0	0	194400	f
2026-01-30	153	14814	0	0	0	266652	f
2026-01-30	287	144000	0	0	0	1152000	f
2026-01-30	322	32400	0	0	0	194400	f
2026-01-30	332	14814	0	0	0	74070	f
2026-01-30	262	10800	102447	23507	5724	1442116	f
2026-01-30	340	10800	0	0	0	43200	f
2026-01-30	349	61200	0	0	0	244800	f
2026-01-30	155	32400	127924	49608	3252	1101169	f
2026-01-30	192	32400	0	0	0	486000	f
2026-01-30	7	10800	67167	28187	1296	1589886	f
2026-01-30	42	10800	0	0	0	291600	f
2026-01-30	94	3600	0	0	0	79200	f
2026-01-30	101	3600	0	0	0	79200	f
2026-01-30	102	144000	0	0	0	3168000	f
2026-01-30	209	3600	0	0	0	50400	f
2026-01-30	228	10800	0	0	0	140400	f
2026-01-30	275	3600	0	0	0	32400	f
2026-01-30	213	10800	38048	11232	1644	366728	f
2026-01-30	240	61200	0	0	0	734400	f
2026-01-30	356	10800	0	0	0	32400	f
2026-01-30	90	32400	53334	14255	2592	1938529	f
2026-01-30	295	10800	0	0	0	86400	f
2026-01-30	67	10800	43200	22464	0	1543272	f
2026-01-30	70	14814	0	0	0	370350	f
2026-01-30	360	14814	0	0	0	44442	f
2026-01-30	119	10800	1080	0	108	218376	f
2026-01-30	136	61200	0	0	0	1101600	f
2026-01-30	229	10800	0	0	0	140400	f
2026-01-30	281	3600	0	0	0	28800	f
2026-01-30	365	3600	279806	0	0	750002	t
2026-01-30	56	144000	242694	102405	0	9218768	f
2026-01-30	165	144000	0	0	0	2448000	f
2026-01-30	259	14814	0	0	0	148140	f
2026-01-30	288	3600	0	0	0	28800	f
2026-01-30	333	10800	148527	66563	2052	1108516	f
2026-01-30	1	61200	42964	17784	1956	2663272	f
2026-01-30	110	32400	0	0	0	648000	f
2026-01-30	149	14814	0	0	0	266652	f
2026-01-30	160	144000	0	0	0	2448000	f
2026-01-30	182	3600	0	0	0	57600	f
2026-01-30	57	3600	39447	16955	1404	693135	f
2026-01-30	87	10800	0	0	0	248400	f
2026-01-30	183	10800	0	0	0	172800	f
2026-01-30	323	32400	0	0	0	194400	f
2026-01-30	156	10800	34324	12168	1092	618009	f
2026-01-30	202	14814	0	0	0	222210	f
2026-01-30	362	3600	0	0	0	10800	f
2026-01-30	138	10800	91771	9467	24507	2034551	f
2026-01-30	222	10800	145287	98057	0	2688865	f
2026-01-30	249	14814	0	0	0	162954	f
2026-01-30	315	3600	0	0	0	21600	f
2026-01-30	96	14814	70448	15120	3264	1757732	f
2026-01-30	120	144000	0	0	0	2880000	f
2026-01-30	237	61200	0	0	0	734400	f
2026-01-30	300	3600	0	0	0	25200	f
2026-01-30	27	32400	137946	21765	11618	3820204	f
2026-01-30	68	10800	0	0	0	270000	f
2026-01-30	189	32400	0	0	0	518400	f
2026-01-30	219	14814	152305	67651	0	2377193	f
2026-01-30	327	3600	0	0	0	18000	f
2026-01-30	354	14814	0	0	0	44442	f
2026-01-30	373	3600	0	0	0	3600	f
2026-01-30	49	14814	35971	3281	1956	452921	f
2026-01-30	256	14814	0	0	0	148140	f
2026-01-30	296	14814	0	0	0	118512	f
2026-01-30	312	10800	0	0	0	64800	f
2026-01-30	375	3600	0	0	0	3600	f
2026-01-30	73	14814	32607	6521	0	823118	f
2026-01-30	161	10800	0	0	0	183600	f
2026-01-30	194	3600	0	0	0	54000	f
2026-01-30	355	3600	0	0	0	10800	f
2026-01-30	14	10800	0	0	0	313200	f
2026-01-30	111	10800	0	0	0	216000	f
2026-01-30	150	10800	0	0	0	194400	f
2026-01-30	211	3600	0	0	0	50400	f
2026-01-30	260	10800	0	0	0	108000	f
2026-01-30	297	3600	0	0	0	28800	f
2026-01-30	376	14814	0	0	0	14814	f
2026-01-30	244	10800	0	0	0	118800	f
2026-01-30	377	3600	45000	9000	0	57600	f
2026-01-30	50	10800	0	0	0	291600	f
2026-01-30	124	3600	0	0	0	72000	f
2026-01-30	195	3600	0	0	0	54000	f
2026-01-30	224	61200	118800	23760	0	1581360	f
2026-01-30	370	3600	0	0	0	7200	f
2026-01-30	69	144000	5400	0	0	3735000	f
2026-01-30	166	3600	0	0	0	61200	f
2026-01-30	59	61200	0	0	0	1591200	f
2026-01-30	316	14814	0	0	0	88884	f
2026-01-30	378	3600	0	0	0	3600	f
2026-01-30	15	10800	0	0	0	313200	f
2026-01-30	305	3600	1800	0	0	37800	f
2026-01-30	374	14814	0	0	0	14814	f
2026-01-30	23	3600	0	0	0	100800	f
2026-01-30	29	14814	0	0	0	414792	f
2026-01-30	250	14814	22680	0	2268	231534	f
2026-01-30	257	14814	0	0	0	148140	f
2026-01-30	185	144000	3960	0	0	2352240	f
2026-01-30	30	3600	9000	0	0	279054	f
2026-01-30	91	61200	0	0	0	1407600	f
2026-01-30	112	14814	0	0	0	296280	f
2026-01-30	238	144000	0	0	0	1728000	f
2026-01-30	251	3600	0	0	0	39600	f
2026-01-30	230	14814	59760	9360	1296	729990	f
2026-01-30	283	32400	0	0	0	259200	f
2026-01-30	290	3600	0	0	0	28800	f
2026-01-30	163	32400	32400	6480	0	1127520	f
2026-01-30	284	61200	39960	4320	1836	858528	f
2026-01-30	357	32400	0	0	0	97200	f
2026-01-30	10	32400	0	0	0	939600	f
2026-01-30	252	3600	0	0	0	39600	f
2026-01-30	31	14814	0	0	0	414792	f
2026-01-30	61	61200	0	0	0	1591200	f
2026-01-30	263	3600	0	0	0	36000	f
2026-01-30	317	32400	0	0	0	194400	f
2026-01-30	291	10800	0	0	0	86400	f
2026-01-30	380	3600	0	0	0	3600	f
2026-01-30	204	61200	0	0	0	918000	f
2026-01-30	242	3600	0	0	0	43200	f
2026-01-30	81	3600	0	0	0	86400	f
2026-01-30	245	61200	0	0	0	673200	f
2026-01-30	104	3600	0	0	0	75600	f
2026-01-30	298	10800	0	0	0	86400	f
2026-01-30	371	3600	0	0	0	7200	f
2026-01-30	2	10800	0	0	0	313200	f
2026-01-30	277	14814	0	0	0	133326	f
2026-01-30	113	10800	30600	6120	0	693360	f
2026-01-30	186	32400	0	0	0	518400	f
2026-01-30	329	3600	0	0	0	18000	f
2026-01-30	293	14814	0	0	0	118512	f
2026-01-30	308	10800	0	0	0	75600	f
2026-01-30	363	32400	0	0	0	97200	f
2026-01-30	278	144000	0	0	0	1296000	f
2026-01-30	234	3600	0	0	0	46800	f
2026-01-30	265	3600	0	0	0	32400	f
2026-01-30	108	3600	0	0	0	75600	f
2026-01-30	168	61200	5400	0	0	1132200	f
2026-01-30	97	10800	0	0	0	237600	f
2026-01-30	133	61200	0	0	0	1162800	f
2026-01-30	334	144000	0	0	0	720000	f
2026-01-30	225	61200	0	0	0	795600	f
2026-01-30	366	3600	9000	0	0	25200	f
2026-01-30	338	3600	0	0	0	18000	f
2026-01-30	114	3600	0	0	0	72000	f
2026-01-30	302	3600	0	0	0	25200	f
2026-01-30	330	32400	1800	0	0	171000	f
2026-01-30	342	3600	0	0	0	14400	f
2026-01-30	343	10800	0	0	0	43200	f
2026-01-30	199	14814	0	0	0	222210	f
2026-01-30	273	32400	0	0	0	291600	f
2026-01-30	52	14814	0	0	0	399978	f
2026-01-30	16	10800	0	0	0	313200	f
2026-01-30	24	3600	0	0	0	100800	f
2026-01-30	98	10800	0	0	0	237600	f
2026-01-30	216	3600	0	0	0	50400	f
2026-01-30	32	61200	0	0	0	1713600	f
2026-01-30	40	14814	0	0	0	399978	f
2026-01-30	151	3600	0	0	0	64800	f
2026-01-30	335	32400	0	0	0	162000	f
2026-01-30	339	3600	0	0	0	18000	f
2026-01-30	217	3600	0	0	0	50400	f
2026-01-30	169	10800	0	0	0	183600	f
2026-01-30	324	3600	0	0	0	21600	f
2026-01-30	187	3600	0	0	0	57600	f
2026-01-30	25	14814	0	0	0	414792	f
2026-01-30	253	14814	0	0	0	162954	f
2026-01-30	359	14814	0	0	0	44442	f
2026-01-30	382	3600	75600	15120	0	94320	f
2026-01-30	17	32400	0	0	0	939600	f
2026-01-30	54	3600	0	0	0	97200	f
2026-01-30	170	10800	0	0	0	183600	f
2026-01-30	258	32400	0	0	0	324000	f
2026-01-30	320	32400	30600	6120	0	414720	f
2026-01-30	33	61200	0	0	0	1713600	f
2026-01-30	172	32400	0	0	0	550800	f
2026-01-30	188	3600	0	0	0	57600	f
2026-01-30	206	10800	0	0	0	162000	f
2026-01-30	388	61200	0	0	0	61200	f
2026-01-30	5	3600	0	0	0	104400	f
2026-01-30	314	3600	0	0	0	21600	f
2026-01-30	125	3600	0	0	0	72000	f
2026-01-30	121	32400	0	0	0	648000	f
2026-01-30	134	10800	0	0	0	205200	f
2026-01-30	212	14814	0	0	0	207396	f
2026-01-30	247	3600	0	0	0	39600	f
2026-01-30	88	10800	0	0	0	248400	f
2026-01-30	99	14814	0	0	0	325908	f
2026-01-30	18	14814	0	0	0	429606	f
2026-01-30	196	10800	0	0	0	162000	f
2026-01-30	239	10800	0	0	0	129600	f
2026-01-30	13	61200	0	0	0	1774800	f
2026-01-30	129	32400	0	0	0	615600	f
2026-01-30	141	10800	0	0	0	194400	f
2026-01-30	6	10800	0	0	0	313200	f
2026-01-30	142	3600	0	0	0	64800	f
2026-01-30	197	3600	0	0	0	54000	f
2026-01-30	248	14814	0	0	0	162954	f
2026-01-30	303	3600	0	0	0	25200	f
2026-01-30	321	32400	0	0	0	194400	f
2026-01-30	231	3600	0	0	0	46800	f
2026-01-30	243	144000	0	0	0	1728000	f
2026-01-30	310	3600	0	0	0	25200	f
2026-01-30	143	3600	0	0	0	64800	f
2026-01-30	226	14814	0	0	0	192582	f
2026-01-30	26	10800	0	0	0	302400	f
2026-01-30	93	3600	0	0	0	79200	f
2026-01-30	144	10800	0	0	0	194400	f
2026-01-30	352	14814	0	0	0	59256	f
2026-01-30	227	10800	0	0	0	140400	f
\.


--
-- Data for Name: members; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.members (id, phone, referrer_id, joined_at) FROM stdin;
1	13800000001	\N	2025-12-01 02:00:00+00
2	13800000002	\N	2025-12-01 05:00:00+00
3	13800000003	\N	2025-12-01 08:00:00+00
4	13800000004	1	2025-12-01 11:00:00+00
5	13800000005	4	2025-12-01 14:00:00+00
6	13800000006	5	2025-12-01 17:00:00+00
7	13800000007	6	2025-12-01 20:00:00+00
8	13800000008	7	2025-12-01 23:00:00+00
9	13800000009	8	2025-12-02 02:00:00+00
10	13800000010	9	2025-12-02 05:00:00+00
11	13800000011	10	2025-12-02 08:00:00+00
12	13800000012	11	2025-12-02 11:00:00+00
13	13800000013	12	2025-12-02 14:00:00+00
14	13800000014	13	2025-12-02 17:00:00+00
15	13800000015	14	2025-12-02 20:00:00+00
16	13800000016	15	2025-12-02 23:00:00+00
17	13800000017	16	2025-12-03 02:00:00+00
18	13800000018	17	2025-12-03 05:00:00+00
19	13800000019	18	2025-12-03 08:00:00+00
20	13800000020	19	2025-12-03 11:00:00+00
21	13800000021	20	2025-12-03 14:00:00+00
22	13800000022	2	2025-12-03 17:00:00+00
23	13800000023	22	2025-12-03 20:00:00+00
24	13800000024	23	2025-12-03 23:00:00+00
25	13800000025	24	2025-12-04 02:00:00+00
26	13800000026	25	2025-12-04 05:00:00+00
27	13800000027	26	2025-12-04 08:00:00+00
28	13800000028	27	2025-12-04 11:00:00+00
29	13800000029	28	2025-12-04 14:00:00+00
30	13800000030	29	2025-12-04 17:00:00+00
31	13800000031	30	2025-12-04 20:00:00+00
32	13800000032	31	2025-12-04 23:00:00+00
33	13800000033	32	2025-12-05 02:00:00+00
34	13800000034	11	2025-12-05 05:00:00+00
35	13800000035	10	2025-12-05 08:00:00+00
36	13800000036	27	2025-12-05 11:00:00+00
37	13800000037	3	2025-12-05 14:00:00+00
38	13800000038	30	2025-12-05 17:00:00+00
39	13800000039	7	2025-12-05 20:00:00+00
40	13800000040	30	2025-12-05 23:00:00+00
41	13800000041	21	2025-12-06 02:00:00+00
42	13800000042	3	2025-12-06 05:00:00+00
43	13800000043	25	2025-12-06 08:00:00+00
44	13800000044	4	2025-12-06 11:00:00+00
45	13800000045	4	2025-12-06 14:00:00+00
46	13800000046	27	2025-12-06 17:00:00+00
47	13800000047	1	2025-12-06 20:00:00+00
48	13800000048	1	2025-12-06 23:00:00+00
49	13800000049	2	2025-12-07 02:00:00+00
50	+85290000050	\N	2025-12-07 05:00:00+00
51	13800000051	21	2025-12-07 08:00:00+00
52	13800000052	51	2025-12-07 11:00:00+00
53	13800000053	24	2025-12-07 14:00:00+00
54	13800000054	27	2025-12-07 17:00:00+00
55	13800000055	21	2025-12-07 20:00:00+00
56	13800000056	3	2025-12-07 23:00:00+00
57	13800000057	53	2025-12-08 02:00:00+00
58	13800000058	20	2025-12-08 05:00:00+00
59	13800000059	31	2025-12-08 08:00:00+00
60	13800000060	2	2025-12-08 11:00:00+00
61	13800000061	56	2025-12-08 14:00:00+00
62	13800000062	30	2025-12-08 17:00:00+00
63	13800000063	48	2025-12-08 20:00:00+00
64	13800000064	3	2025-12-08 23:00:00+00
65	13800000065	3	2025-12-09 02:00:00+00
66	13800000066	1	2025-12-09 05:00:00+00
67	13800000067	10	2025-12-09 08:00:00+00
68	13800000068	58	2025-12-09 11:00:00+00
69	13800000069	52	2025-12-09 14:00:00+00
70	13800000070	52	2025-12-09 17:00:00+00
71	13800000071	29	2025-12-09 20:00:00+00
72	13800000072	35	2025-12-09 23:00:00+00
73	13800000073	38	2025-12-10 02:00:00+00
74	13800000074	14	2025-12-10 05:00:00+00
75	13800000075	61	2025-12-10 08:00:00+00
76	13800000076	21	2025-12-10 11:00:00+00
77	13800000077	12	2025-12-10 14:00:00+00
78	13800000078	25	2025-12-10 17:00:00+00
79	13800000079	2	2025-12-10 20:00:00+00
80	13800000080	26	2025-12-10 23:00:00+00
81	13800000081	44	2025-12-11 02:00:00+00
82	13800000082	2	2025-12-11 05:00:00+00
83	13800000083	3	2025-12-11 08:00:00+00
84	13800000084	2	2025-12-11 11:00:00+00
85	13800000085	23	2025-12-11 14:00:00+00
86	13800000086	37	2025-12-11 17:00:00+00
87	13800000087	75	2025-12-11 20:00:00+00
88	13800000088	2	2025-12-11 23:00:00+00
89	13800000089	52	2025-12-12 02:00:00+00
90	13800000090	\N	2025-12-12 05:00:00+00
91	13800000091	10	2025-12-12 08:00:00+00
92	13800000092	34	2025-12-12 11:00:00+00
93	13800000093	10	2025-12-12 14:00:00+00
94	13800000094	49	2025-12-12 17:00:00+00
95	13800000095	25	2025-12-12 20:00:00+00
96	13800000096	1	2025-12-12 23:00:00+00
97	13800000097	83	2025-12-13 02:00:00+00
98	13800000098	89	2025-12-13 05:00:00+00
99	13800000099	21	2025-12-13 08:00:00+00
100	+85290000100	8	2025-12-13 11:00:00+00
101	13800000101	3	2025-12-13 14:00:00+00
102	13800000102	5	2025-12-13 17:00:00+00
103	13800000103	1	2025-12-13 20:00:00+00
104	13800000104	63	2025-12-13 23:00:00+00
105	13800000105	8	2025-12-14 02:00:00+00
106	13800000106	3	2025-12-14 05:00:00+00
107	13800000107	1	2025-12-14 08:00:00+00
108	13800000108	10	2025-12-14 11:00:00+00
109	13800000109	16	2025-12-14 14:00:00+00
110	13800000110	1	2025-12-14 17:00:00+00
111	13800000111	2	2025-12-14 20:00:00+00
112	13800000112	\N	2025-12-14 23:00:00+00
113	13800000113	1	2025-12-15 02:00:00+00
114	13800000114	8	2025-12-15 05:00:00+00
115	13800000115	30	2025-12-15 08:00:00+00
116	13800000116	82	2025-12-15 11:00:00+00
117	13800000117	\N	2025-12-15 14:00:00+00
118	13800000118	116	2025-12-15 17:00:00+00
119	13800000119	21	2025-12-15 20:00:00+00
120	13800000120	37	2025-12-15 23:00:00+00
121	13800000121	10	2025-12-16 02:00:00+00
122	13800000122	63	2025-12-16 05:00:00+00
123	13800000123	1	2025-12-16 08:00:00+00
124	13800000124	107	2025-12-16 11:00:00+00
125	13800000125	101	2025-12-16 14:00:00+00
126	13800000126	25	2025-12-16 17:00:00+00
127	13800000127	10	2025-12-16 20:00:00+00
128	13800000128	27	2025-12-16 23:00:00+00
129	13800000129	3	2025-12-17 02:00:00+00
130	13800000130	3	2025-12-17 05:00:00+00
131	13800000131	2	2025-12-17 08:00:00+00
132	13800000132	10	2025-12-17 11:00:00+00
133	13800000133	21	2025-12-17 14:00:00+00
134	13800000134	35	2025-12-17 17:00:00+00
135	13800000135	3	2025-12-17 20:00:00+00
136	13800000136	14	2025-12-17 23:00:00+00
137	13800000137	54	2025-12-18 02:00:00+00
138	13800000138	29	2025-12-18 05:00:00+00
139	13800000139	104	2025-12-18 08:00:00+00
140	13800000140	10	2025-12-18 11:00:00+00
141	13800000141	10	2025-12-18 14:00:00+00
142	13800000142	2	2025-12-18 17:00:00+00
143	13800000143	21	2025-12-18 20:00:00+00
144	13800000144	113	2025-12-18 23:00:00+00
145	13800000145	3	2025-12-19 02:00:00+00
146	13800000146	35	2025-12-19 05:00:00+00
147	13800000147	93	2025-12-19 08:00:00+00
148	13800000148	3	2025-12-19 11:00:00+00
149	13800000149	108	2025-12-19 14:00:00+00
150	+85290000150	3	2025-12-19 17:00:00+00
\.


--
-- Data for Name: orders; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.orders (id, member_id, amount, cash_amount, points_amount, paid_at, refunded_at) FROM stdin;
1	23	51000.00	40800.00	10200.00	2025-12-31 16:30:00+00	\N
2	73	9000.00	9000.00	0.00	2025-12-31 16:30:00+00	\N
3	109	9000.00	9000.00	0.00	2025-12-31 16:30:00+00	2026-01-04 06:00:00+00
4	116	1500.00	1500.00	0.00	2025-12-31 16:30:00+00	\N
5	123	3000.00	2700.00	300.00	2025-12-31 16:30:00+00	\N
6	138	9000.00	9000.00	0.00	2025-12-31 16:30:00+00	\N
7	14	9000.00	9000.00	0.00	2026-01-01 01:15:00+00	\N
8	22	12345.67	12345.67	0.00	2026-01-01 01:15:00+00	\N
9	58	1500.00	1200.00	300.00	2026-01-01 01:15:00+00	\N
10	62	27000.00	27000.00	0.00	2026-01-01 01:15:00+00	\N
11	78	1500.00	1500.00	0.00	2026-01-01 01:15:00+00	\N
12	93	2999.99	2999.99	0.00	2026-01-01 01:15:00+00	\N
13	134	51000.00	51000.00	0.00	2026-01-01 01:15:00+00	\N
14	33	9000.00	9000.00	0.00	2026-01-01 15:30:00+00	\N
15	42	9000.00	9000.00	0.00	2026-01-01 15:30:00+00	\N
16	97	9000.00	9000.00	0.00	2026-01-01 15:30:00+00	\N
17	114	27000.00	27000.00	0.00	2026-01-01 15:30:00+00	\N
18	131	12345.67	12345.67	0.00	2026-01-01 15:30:00+00	\N
19	4	9000.00	9000.00	0.00	2026-01-01 16:30:00+00	\N
20	14	2999.99	2999.99	0.00	2026-01-01 16:30:00+00	\N
21	26	2999.99	0.00	2999.99	2026-01-01 16:30:00+00	\N
22	31	3000.01	3000.01	0.00	2026-01-01 16:30:00+00	\N
23	46	3000.01	3000.01	0.00	2026-01-01 16:30:00+00	\N
24	98	3000.01	3000.01	0.00	2026-01-01 16:30:00+00	\N
25	112	12345.67	12345.67	0.00	2026-01-01 16:30:00+00	\N
26	146	9000.00	9000.00	0.00	2026-01-01 16:30:00+00	\N
27	29	27000.00	27000.00	0.00	2026-01-02 01:15:00+00	\N
28	42	1500.00	1500.00	0.00	2026-01-02 01:15:00+00	\N
29	47	12345.67	6172.84	6172.83	2026-01-02 01:15:00+00	\N
30	52	3000.01	3000.01	0.00	2026-01-02 01:15:00+00	\N
31	64	12345.67	12345.67	0.00	2026-01-02 01:15:00+00	\N
32	99	51000.00	51000.00	0.00	2026-01-02 01:15:00+00	\N
33	118	51000.00	51000.00	0.00	2026-01-02 01:15:00+00	\N
34	11	2999.99	2999.99	0.00	2026-01-02 15:30:00+00	\N
35	4	27000.00	27000.00	0.00	2026-01-02 16:30:00+00	\N
36	7	3000.01	3000.01	0.00	2026-01-02 16:30:00+00	2026-01-05 06:00:00+00
37	10	2999.99	2999.99	0.00	2026-01-02 16:30:00+00	\N
38	52	1500.00	1500.00	0.00	2026-01-02 16:30:00+00	\N
39	70	12345.67	11111.11	1234.56	2026-01-02 16:30:00+00	2026-01-06 06:00:00+00
40	102	12345.67	8641.97	3703.70	2026-01-02 16:30:00+00	\N
41	9	120000.00	108000.00	12000.00	2026-01-03 01:15:00+00	\N
42	14	9000.00	9000.00	0.00	2026-01-03 01:15:00+00	\N
43	18	2999.99	2999.99	0.00	2026-01-03 01:15:00+00	\N
44	37	3000.00	3000.00	0.00	2026-01-03 01:15:00+00	\N
45	104	2999.99	2999.99	0.00	2026-01-03 01:15:00+00	\N
46	128	1500.00	1500.00	0.00	2026-01-03 01:15:00+00	\N
47	7	9000.00	9000.00	0.00	2026-01-03 15:30:00+00	\N
48	11	12345.67	12345.67	0.00	2026-01-03 15:30:00+00	\N
49	31	12345.67	12345.67	0.00	2026-01-03 15:30:00+00	\N
50	36	9000.00	9000.00	0.00	2026-01-03 15:30:00+00	\N
51	38	1500.00	750.00	750.00	2026-01-03 15:30:00+00	2026-01-06 06:00:00+00
52	96	12345.67	12345.67	0.00	2026-01-03 15:30:00+00	\N
53	104	1500.00	1500.00	0.00	2026-01-03 15:30:00+00	\N
54	114	3000.01	3000.01	0.00	2026-01-03 15:30:00+00	\N
55	5	1500.00	1500.00	0.00	2026-01-03 16:30:00+00	\N
56	21	120000.00	120000.00	0.00	2026-01-03 16:30:00+00	\N
57	24	3000.01	3000.01	0.00	2026-01-03 16:30:00+00	\N
58	13	3000.00	1800.00	1200.00	2026-01-04 01:15:00+00	\N
59	39	51000.00	51000.00	0.00	2026-01-04 01:15:00+00	\N
60	55	1500.00	1500.00	0.00	2026-01-04 01:15:00+00	\N
61	64	51000.00	40800.00	10200.00	2026-01-04 01:15:00+00	\N
62	13	12345.67	9876.54	2469.13	2026-01-04 15:30:00+00	2026-01-06 06:00:00+00
63	43	2999.99	2999.99	0.00	2026-01-04 15:30:00+00	2026-01-05 06:00:00+00
64	60	2999.99	2999.99	0.00	2026-01-04 15:30:00+00	\N
65	2	9000.00	0.00	9000.00	2026-01-04 16:30:00+00	\N
66	16	2999.99	2999.99	0.00	2026-01-04 16:30:00+00	\N
67	17	9000.00	6300.00	2700.00	2026-01-04 16:30:00+00	\N
68	29	9000.00	4500.00	4500.00	2026-01-04 16:30:00+00	\N
69	38	120000.00	120000.00	0.00	2026-01-04 16:30:00+00	\N
70	17	12345.67	12345.67	0.00	2026-01-05 01:15:00+00	\N
71	8	2999.99	2999.99	0.00	2026-01-05 15:30:00+00	\N
72	9	9000.00	9000.00	0.00	2026-01-05 15:30:00+00	\N
73	32	12345.67	12345.67	0.00	2026-01-05 15:30:00+00	\N
74	4	9000.00	9000.00	0.00	2026-01-05 16:30:00+00	\N
75	5	9000.00	9000.00	0.00	2026-01-05 16:30:00+00	\N
76	115	2999.99	2999.99	0.00	2026-01-05 16:30:00+00	\N
77	128	2999.99	2999.99	0.00	2026-01-05 16:30:00+00	\N
78	5	3000.01	3000.01	0.00	2026-01-06 01:15:00+00	\N
79	8	1500.00	0.00	1500.00	2026-01-06 01:15:00+00	\N
80	39	1500.00	1500.00	0.00	2026-01-06 01:15:00+00	\N
81	70	3000.01	2100.01	900.00	2026-01-06 01:15:00+00	\N
82	25	1500.00	1350.00	150.00	2026-01-06 15:30:00+00	\N
83	80	2999.99	2999.99	0.00	2026-01-06 15:30:00+00	\N
84	8	1500.00	1500.00	0.00	2026-01-06 16:30:00+00	\N
85	9	3000.01	3000.01	0.00	2026-01-06 16:30:00+00	\N
86	18	1500.00	1500.00	0.00	2026-01-06 16:30:00+00	\N
87	24	9000.00	6300.00	2700.00	2026-01-06 16:30:00+00	\N
88	130	9000.00	8100.00	900.00	2026-01-06 16:30:00+00	\N
89	15	3000.00	3000.00	0.00	2026-01-07 01:15:00+00	\N
90	16	27000.00	27000.00	0.00	2026-01-07 01:15:00+00	\N
91	55	51000.00	51000.00	0.00	2026-01-07 01:15:00+00	\N
92	76	2999.99	2100.00	899.99	2026-01-07 15:30:00+00	\N
93	147	3000.00	3000.00	0.00	2026-01-07 16:30:00+00	\N
94	14	3000.00	2700.00	300.00	2026-01-08 01:15:00+00	\N
95	19	2999.99	1800.00	1199.99	2026-01-08 01:15:00+00	\N
96	28	12345.67	12345.67	0.00	2026-01-08 01:15:00+00	\N
97	85	9000.00	9000.00	0.00	2026-01-08 01:15:00+00	\N
98	98	9000.00	9000.00	0.00	2026-01-08 01:15:00+00	\N
99	130	12345.67	0.00	12345.67	2026-01-08 01:15:00+00	\N
100	7	3000.00	3000.00	0.00	2026-01-08 15:30:00+00	\N
101	14	3000.00	3000.00	0.00	2026-01-08 15:30:00+00	\N
102	14	120000.00	120000.00	0.00	2026-01-08 15:30:00+00	\N
103	133	3000.01	3000.01	0.00	2026-01-08 15:30:00+00	2026-01-09 06:00:00+00
104	72	3000.00	3000.00	0.00	2026-01-08 16:30:00+00	\N
105	4	9000.00	0.00	9000.00	2026-01-09 01:15:00+00	\N
106	72	1500.00	900.00	600.00	2026-01-09 01:15:00+00	\N
107	63	2999.99	2999.99	0.00	2026-01-09 15:30:00+00	\N
108	81	3000.01	3000.01	0.00	2026-01-09 15:30:00+00	\N
110	23	27000.00	27000.00	0.00	2026-01-09 16:30:00+00	\N
111	33	9000.00	9000.00	0.00	2026-01-09 16:30:00+00	\N
112	55	12345.67	12345.67	0.00	2026-01-09 16:30:00+00	\N
113	75	9000.00	9000.00	0.00	2026-01-09 16:30:00+00	\N
114	91	3000.00	1500.00	1500.00	2026-01-09 16:30:00+00	\N
115	141	1500.00	1500.00	0.00	2026-01-09 16:30:00+00	\N
116	4	2999.99	2999.99	0.00	2026-01-10 01:15:00+00	\N
117	4	12345.67	11111.11	1234.56	2026-01-10 01:15:00+00	\N
118	8	3000.01	3000.01	0.00	2026-01-10 01:15:00+00	\N
119	18	9000.00	9000.00	0.00	2026-01-10 01:15:00+00	\N
120	28	120000.00	120000.00	0.00	2026-01-10 01:15:00+00	\N
121	127	27000.00	27000.00	0.00	2026-01-10 01:15:00+00	\N
122	149	1500.00	1500.00	0.00	2026-01-10 01:15:00+00	\N
123	32	2999.99	2100.00	899.99	2026-01-10 15:30:00+00	\N
124	36	3000.00	3000.00	0.00	2026-01-10 15:30:00+00	\N
125	126	3000.00	3000.00	0.00	2026-01-10 15:30:00+00	\N
126	17	2999.99	2999.99	0.00	2026-01-11 01:15:00+00	\N
127	26	2999.99	2999.99	0.00	2026-01-11 01:15:00+00	\N
128	123	2999.99	2999.99	0.00	2026-01-11 01:15:00+00	2026-01-14 06:00:00+00
129	135	27000.00	27000.00	0.00	2026-01-11 01:15:00+00	\N
130	14	1500.00	1500.00	0.00	2026-01-11 15:30:00+00	\N
131	24	1500.00	1500.00	0.00	2026-01-11 15:30:00+00	\N
132	30	1500.00	1500.00	0.00	2026-01-11 15:30:00+00	\N
133	86	51000.00	51000.00	0.00	2026-01-11 15:30:00+00	\N
134	127	9000.00	9000.00	0.00	2026-01-11 15:30:00+00	\N
135	6	27000.00	0.00	27000.00	2026-01-11 16:30:00+00	\N
136	18	51000.00	51000.00	0.00	2026-01-11 16:30:00+00	\N
137	22	2999.99	2999.99	0.00	2026-01-11 16:30:00+00	\N
138	26	9000.00	9000.00	0.00	2026-01-11 16:30:00+00	\N
139	79	3000.01	3000.01	0.00	2026-01-11 16:30:00+00	2026-01-14 06:00:00+00
140	117	1500.00	1500.00	0.00	2026-01-11 16:30:00+00	\N
141	136	9000.00	9000.00	0.00	2026-01-11 16:30:00+00	\N
142	140	3000.00	3000.00	0.00	2026-01-11 16:30:00+00	\N
143	145	3000.00	3000.00	0.00	2026-01-11 16:30:00+00	\N
144	149	9000.00	9000.00	0.00	2026-01-11 16:30:00+00	\N
145	8	12345.67	12345.67	0.00	2026-01-12 01:15:00+00	\N
146	11	2999.99	2999.99	0.00	2026-01-12 01:15:00+00	\N
147	11	3000.00	3000.00	0.00	2026-01-12 01:15:00+00	\N
148	19	2999.99	1500.00	1499.99	2026-01-12 01:15:00+00	\N
149	23	12345.67	8641.97	3703.70	2026-01-12 01:15:00+00	\N
150	33	9000.00	6300.00	2700.00	2026-01-12 01:15:00+00	\N
151	103	3000.00	3000.00	0.00	2026-01-12 01:15:00+00	\N
152	11	9000.00	9000.00	0.00	2026-01-12 15:30:00+00	\N
153	11	12345.67	12345.67	0.00	2026-01-12 15:30:00+00	\N
154	13	9000.00	9000.00	0.00	2026-01-12 15:30:00+00	\N
155	13	27000.00	27000.00	0.00	2026-01-12 15:30:00+00	\N
156	25	9000.00	8100.00	900.00	2026-01-12 15:30:00+00	\N
157	92	2999.99	2999.99	0.00	2026-01-12 15:30:00+00	\N
158	2	51000.00	0.00	51000.00	2026-01-12 16:30:00+00	\N
159	4	2999.99	2999.99	0.00	2026-01-12 16:30:00+00	\N
160	23	120000.00	120000.00	0.00	2026-01-12 16:30:00+00	\N
161	32	9000.00	4500.00	4500.00	2026-01-12 16:30:00+00	\N
162	47	1500.00	1500.00	0.00	2026-01-12 16:30:00+00	\N
163	58	27000.00	27000.00	0.00	2026-01-12 16:30:00+00	\N
164	12	1500.00	1500.00	0.00	2026-01-13 01:15:00+00	\N
165	21	120000.00	120000.00	0.00	2026-01-13 01:15:00+00	\N
166	38	3000.01	1500.01	1500.00	2026-01-13 01:15:00+00	\N
167	63	2999.99	2999.99	0.00	2026-01-13 01:15:00+00	\N
168	83	51000.00	51000.00	0.00	2026-01-13 01:15:00+00	\N
169	109	9000.00	9000.00	0.00	2026-01-13 01:15:00+00	\N
170	114	9000.00	9000.00	0.00	2026-01-13 01:15:00+00	\N
171	116	1500.00	1500.00	0.00	2026-01-13 01:15:00+00	2026-01-16 06:00:00+00
172	120	27000.00	16200.00	10800.00	2026-01-13 01:15:00+00	\N
173	3	1500.00	1500.00	0.00	2026-01-13 15:30:00+00	\N
174	5	3000.01	3000.01	0.00	2026-01-13 15:30:00+00	\N
175	13	1500.00	1350.00	150.00	2026-01-13 15:30:00+00	\N
176	20	1500.00	1500.00	0.00	2026-01-13 15:30:00+00	\N
177	33	3000.00	3000.00	0.00	2026-01-13 15:30:00+00	2026-01-14 06:00:00+00
178	45	2999.99	2999.99	0.00	2026-01-13 15:30:00+00	\N
179	90	1500.00	1500.00	0.00	2026-01-13 15:30:00+00	\N
180	5	1500.00	1500.00	0.00	2026-01-13 16:30:00+00	\N
181	10	12345.67	12345.67	0.00	2026-01-13 16:30:00+00	\N
182	23	3000.01	2400.01	600.00	2026-01-14 01:15:00+00	\N
183	24	9000.00	9000.00	0.00	2026-01-14 01:15:00+00	\N
184	41	2999.99	2999.99	0.00	2026-01-14 01:15:00+00	\N
185	51	120000.00	120000.00	0.00	2026-01-14 01:15:00+00	\N
186	75	27000.00	27000.00	0.00	2026-01-14 01:15:00+00	\N
187	110	3000.00	3000.00	0.00	2026-01-14 01:15:00+00	\N
188	122	3000.00	2100.00	900.00	2026-01-14 01:15:00+00	\N
189	29	27000.00	27000.00	0.00	2026-01-14 15:30:00+00	\N
190	37	2999.99	2999.99	0.00	2026-01-14 15:30:00+00	\N
191	126	2999.99	2999.99	0.00	2026-01-14 15:30:00+00	\N
192	13	27000.00	27000.00	0.00	2026-01-14 16:30:00+00	\N
193	27	3000.00	3000.00	0.00	2026-01-14 16:30:00+00	\N
194	32	3000.01	3000.01	0.00	2026-01-14 16:30:00+00	\N
195	36	3000.00	3000.00	0.00	2026-01-14 16:30:00+00	\N
196	131	9000.00	9000.00	0.00	2026-01-14 16:30:00+00	\N
197	141	3000.00	3000.00	0.00	2026-01-14 16:30:00+00	\N
198	30	3000.01	3000.01	0.00	2026-01-15 01:15:00+00	\N
199	94	12345.67	12345.67	0.00	2026-01-15 01:15:00+00	\N
200	1	3000.01	2100.01	900.00	2026-01-15 15:30:00+00	\N
201	8	3000.00	3000.00	0.00	2026-01-15 15:30:00+00	\N
202	25	12345.67	12345.67	0.00	2026-01-15 15:30:00+00	\N
203	55	3000.01	3000.01	0.00	2026-01-15 15:30:00+00	2026-01-18 06:00:00+00
204	68	51000.00	51000.00	0.00	2026-01-15 15:30:00+00	\N
205	117	1500.00	1500.00	0.00	2026-01-15 15:30:00+00	2026-01-18 06:00:00+00
206	122	9000.00	0.00	9000.00	2026-01-15 15:30:00+00	\N
207	8	3000.01	3000.01	0.00	2026-01-15 16:30:00+00	\N
208	10	12345.67	12345.67	0.00	2026-01-15 16:30:00+00	\N
209	14	3000.00	3000.00	0.00	2026-01-15 16:30:00+00	\N
210	16	2999.99	2999.99	0.00	2026-01-15 16:30:00+00	\N
211	33	3000.00	3000.00	0.00	2026-01-15 16:30:00+00	\N
212	127	12345.67	12345.67	0.00	2026-01-15 16:30:00+00	\N
213	15	9000.00	9000.00	0.00	2026-01-16 01:15:00+00	\N
214	48	1500.00	1050.00	450.00	2026-01-16 01:15:00+00	2026-01-20 06:00:00+00
215	60	2999.99	2100.00	899.99	2026-01-16 01:15:00+00	\N
216	98	3000.00	3000.00	0.00	2026-01-16 01:15:00+00	\N
217	107	3000.00	3000.00	0.00	2026-01-16 01:15:00+00	\N
218	21	3000.00	0.00	3000.00	2026-01-16 15:30:00+00	2026-01-17 06:00:00+00
219	30	12345.67	12345.67	0.00	2026-01-16 15:30:00+00	\N
220	14	120000.00	120000.00	0.00	2026-01-16 16:30:00+00	2026-01-20 06:00:00+00
221	18	2999.99	2999.99	0.00	2026-01-16 16:30:00+00	\N
222	27	9000.00	9000.00	0.00	2026-01-16 16:30:00+00	\N
223	31	1500.00	900.00	600.00	2026-01-16 16:30:00+00	\N
224	37	51000.00	51000.00	0.00	2026-01-16 16:30:00+00	\N
225	87	51000.00	51000.00	0.00	2026-01-16 16:30:00+00	\N
226	145	12345.67	12345.67	0.00	2026-01-16 16:30:00+00	\N
227	150	9000.00	9000.00	0.00	2026-01-16 16:30:00+00	\N
228	14	9000.00	9000.00	0.00	2026-01-17 01:15:00+00	\N
229	18	9000.00	9000.00	0.00	2026-01-17 01:15:00+00	\N
230	56	12345.67	12345.67	0.00	2026-01-17 01:15:00+00	\N
231	144	3000.01	3000.01	0.00	2026-01-17 01:15:00+00	\N
232	6	1500.00	1350.00	150.00	2026-01-17 15:30:00+00	\N
233	50	3000.00	3000.00	0.00	2026-01-17 15:30:00+00	2026-01-19 06:00:00+00
234	80	3000.00	3000.00	0.00	2026-01-17 15:30:00+00	\N
235	146	1500.00	1500.00	0.00	2026-01-17 15:30:00+00	\N
236	149	2999.99	2999.99	0.00	2026-01-17 15:30:00+00	\N
237	28	51000.00	35700.00	15300.00	2026-01-17 16:30:00+00	\N
238	55	120000.00	60000.00	60000.00	2026-01-17 16:30:00+00	\N
239	131	9000.00	4500.00	4500.00	2026-01-17 16:30:00+00	\N
240	15	51000.00	35700.00	15300.00	2026-01-18 15:30:00+00	\N
241	49	2999.99	2999.99	0.00	2026-01-18 15:30:00+00	\N
242	68	3000.01	2700.01	300.00	2026-01-18 15:30:00+00	\N
243	144	120000.00	120000.00	0.00	2026-01-18 15:30:00+00	\N
244	34	9000.00	9000.00	0.00	2026-01-18 16:30:00+00	\N
245	71	51000.00	51000.00	0.00	2026-01-18 16:30:00+00	\N
246	82	2999.99	2999.99	0.00	2026-01-18 16:30:00+00	\N
247	129	3000.00	3000.00	0.00	2026-01-18 16:30:00+00	\N
248	143	12345.67	9876.54	2469.13	2026-01-18 16:30:00+00	\N
249	27	12345.67	12345.67	0.00	2026-01-19 01:15:00+00	\N
250	48	12345.67	7407.41	4938.26	2026-01-19 01:15:00+00	\N
251	55	3000.01	3000.01	0.00	2026-01-19 01:15:00+00	\N
252	62	3000.00	3000.00	0.00	2026-01-19 01:15:00+00	\N
253	112	12345.67	11111.11	1234.56	2026-01-19 01:15:00+00	\N
254	9	51000.00	51000.00	0.00	2026-01-19 15:30:00+00	\N
255	54	1500.00	1050.00	450.00	2026-01-19 15:30:00+00	\N
256	31	12345.67	11111.11	1234.56	2026-01-19 16:30:00+00	\N
257	48	12345.67	12345.67	0.00	2026-01-19 16:30:00+00	\N
258	115	27000.00	27000.00	0.00	2026-01-19 16:30:00+00	\N
259	21	12345.67	12345.67	0.00	2026-01-20 01:15:00+00	\N
260	33	9000.00	9000.00	0.00	2026-01-20 01:15:00+00	\N
261	9	51000.00	51000.00	0.00	2026-01-20 15:30:00+00	\N
262	12	9000.00	9000.00	0.00	2026-01-20 15:30:00+00	\N
263	64	3000.00	3000.00	0.00	2026-01-20 15:30:00+00	\N
264	90	1500.00	1500.00	0.00	2026-01-20 15:30:00+00	\N
265	80	3000.00	3000.00	0.00	2026-01-20 16:30:00+00	\N
266	145	1500.00	1500.00	0.00	2026-01-20 16:30:00+00	\N
267	4	12345.67	12345.67	0.00	2026-01-21 01:15:00+00	\N
268	5	1500.00	1500.00	0.00	2026-01-21 01:15:00+00	\N
269	6	12345.67	12345.67	0.00	2026-01-21 01:15:00+00	\N
270	13	2999.99	2999.99	0.00	2026-01-21 01:15:00+00	\N
271	26	1500.00	750.00	750.00	2026-01-21 01:15:00+00	\N
272	30	1500.00	1500.00	0.00	2026-01-21 01:15:00+00	\N
273	94	27000.00	27000.00	0.00	2026-01-21 01:15:00+00	\N
274	9	3000.01	3000.01	0.00	2026-01-21 15:30:00+00	\N
275	14	3000.01	3000.01	0.00	2026-01-21 15:30:00+00	\N
276	72	2999.99	2999.99	0.00	2026-01-21 15:30:00+00	\N
277	74	12345.67	9876.54	2469.13	2026-01-21 15:30:00+00	\N
278	79	120000.00	120000.00	0.00	2026-01-21 15:30:00+00	\N
279	5	27000.00	21600.00	5400.00	2026-01-21 16:30:00+00	\N
280	8	3000.01	3000.01	0.00	2026-01-21 16:30:00+00	\N
281	18	3000.01	3000.01	0.00	2026-01-21 16:30:00+00	\N
282	28	2999.99	1800.00	1199.99	2026-01-21 16:30:00+00	\N
283	57	27000.00	27000.00	0.00	2026-01-21 16:30:00+00	\N
284	61	51000.00	51000.00	0.00	2026-01-21 16:30:00+00	\N
285	89	2999.99	2999.99	0.00	2026-01-21 16:30:00+00	\N
286	4	3000.00	3000.00	0.00	2026-01-22 01:15:00+00	\N
287	11	120000.00	120000.00	0.00	2026-01-22 01:15:00+00	\N
288	21	3000.00	3000.00	0.00	2026-01-22 01:15:00+00	\N
289	53	1500.00	1500.00	0.00	2026-01-22 01:15:00+00	2026-01-25 06:00:00+00
290	57	3000.00	3000.00	0.00	2026-01-22 01:15:00+00	\N
291	67	9000.00	9000.00	0.00	2026-01-22 01:15:00+00	\N
292	70	1500.00	1500.00	0.00	2026-01-22 01:15:00+00	\N
293	77	12345.67	12345.67	0.00	2026-01-22 01:15:00+00	\N
294	1	1500.00	900.00	600.00	2026-01-22 15:30:00+00	\N
295	16	9000.00	9000.00	0.00	2026-01-22 15:30:00+00	\N
296	31	12345.67	12345.67	0.00	2026-01-22 15:30:00+00	\N
297	33	3000.00	3000.00	0.00	2026-01-22 15:30:00+00	\N
298	72	9000.00	9000.00	0.00	2026-01-22 15:30:00+00	\N
299	25	1500.00	1500.00	0.00	2026-01-22 16:30:00+00	\N
300	28	3000.01	3000.01	0.00	2026-01-22 16:30:00+00	\N
301	50	2999.99	2999.99	0.00	2026-01-22 16:30:00+00	\N
302	91	3000.01	3000.01	0.00	2026-01-22 16:30:00+00	\N
303	143	3000.00	3000.00	0.00	2026-01-22 16:30:00+00	\N
304	33	2999.99	1500.00	1499.99	2026-01-23 01:15:00+00	\N
305	44	3000.00	3000.00	0.00	2026-01-23 01:15:00+00	\N
306	53	1500.00	1500.00	0.00	2026-01-23 01:15:00+00	\N
307	28	1500.00	1500.00	0.00	2026-01-23 15:30:00+00	\N
308	77	9000.00	9000.00	0.00	2026-01-23 15:30:00+00	\N
309	106	2999.99	1800.00	1199.99	2026-01-23 15:30:00+00	\N
310	144	3000.01	3000.01	0.00	2026-01-23 15:30:00+00	\N
311	10	3000.01	3000.01	0.00	2026-01-23 16:30:00+00	\N
312	31	9000.00	7200.00	1800.00	2026-01-23 16:30:00+00	\N
313	117	2999.99	2999.99	0.00	2026-01-23 16:30:00+00	\N
314	125	3000.00	3000.00	0.00	2026-01-23 16:30:00+00	\N
315	27	3000.00	3000.00	0.00	2026-01-24 01:15:00+00	\N
316	39	12345.67	12345.67	0.00	2026-01-24 01:15:00+00	\N
317	64	27000.00	27000.00	0.00	2026-01-24 01:15:00+00	\N
318	83	2999.99	2999.99	0.00	2026-01-24 01:15:00+00	\N
319	107	1500.00	1500.00	0.00	2026-01-24 01:15:00+00	\N
320	116	27000.00	27000.00	0.00	2026-01-24 01:15:00+00	\N
321	143	27000.00	24300.00	2700.00	2026-01-24 01:15:00+00	\N
322	11	27000.00	27000.00	0.00	2026-01-24 15:30:00+00	\N
323	24	27000.00	27000.00	0.00	2026-01-24 15:30:00+00	\N
324	109	3000.01	3000.01	0.00	2026-01-24 15:30:00+00	\N
325	128	1500.00	1500.00	0.00	2026-01-24 15:30:00+00	\N
326	8	2999.99	2999.99	0.00	2026-01-24 16:30:00+00	\N
327	30	3000.00	0.00	3000.00	2026-01-24 16:30:00+00	\N
328	35	1500.00	1500.00	0.00	2026-01-24 16:30:00+00	\N
329	76	3000.01	3000.01	0.00	2026-01-24 16:30:00+00	\N
330	93	27000.00	27000.00	0.00	2026-01-24 16:30:00+00	\N
331	150	1500.00	1350.00	150.00	2026-01-24 16:30:00+00	\N
332	11	12345.67	12345.67	0.00	2026-01-25 01:15:00+00	\N
333	22	9000.00	6300.00	2700.00	2026-01-25 01:15:00+00	\N
334	86	120000.00	0.00	120000.00	2026-01-25 01:15:00+00	\N
335	105	27000.00	27000.00	0.00	2026-01-25 01:15:00+00	\N
336	132	2999.99	2999.99	0.00	2026-01-25 01:15:00+00	\N
337	9	120000.00	120000.00	0.00	2026-01-25 15:30:00+00	\N
338	90	3000.00	3000.00	0.00	2026-01-25 15:30:00+00	\N
339	105	3000.00	3000.00	0.00	2026-01-25 15:30:00+00	\N
340	12	9000.00	9000.00	0.00	2026-01-25 16:30:00+00	\N
341	54	1500.00	1500.00	0.00	2026-01-25 16:30:00+00	\N
342	93	3000.00	3000.00	0.00	2026-01-25 16:30:00+00	\N
343	93	9000.00	9000.00	0.00	2026-01-25 16:30:00+00	\N
344	7	12345.67	12345.67	0.00	2026-01-26 01:15:00+00	2026-01-27 06:00:00+00
345	10	1500.00	1050.00	450.00	2026-01-26 01:15:00+00	2026-01-27 06:00:00+00
346	30	1500.00	1500.00	0.00	2026-01-26 01:15:00+00	\N
347	4	3000.01	2700.01	300.00	2026-01-26 15:30:00+00	\N
348	5	9000.00	5400.00	3600.00	2026-01-26 15:30:00+00	2026-01-29 06:00:00+00
349	12	51000.00	51000.00	0.00	2026-01-26 15:30:00+00	\N
350	20	1500.00	1500.00	0.00	2026-01-26 15:30:00+00	\N
351	74	3000.01	3000.01	0.00	2026-01-26 15:30:00+00	2026-01-29 06:00:00+00
352	149	12345.67	12345.67	0.00	2026-01-26 15:30:00+00	\N
353	5	1500.00	900.00	600.00	2026-01-26 16:30:00+00	\N
354	30	12345.67	12345.67	0.00	2026-01-26 16:30:00+00	\N
355	32	3000.00	3000.00	0.00	2026-01-26 16:30:00+00	\N
356	15	9000.00	9000.00	0.00	2026-01-27 01:15:00+00	\N
357	61	27000.00	27000.00	0.00	2026-01-27 01:15:00+00	\N
358	76	1500.00	1500.00	0.00	2026-01-27 01:15:00+00	\N
359	112	12345.67	12345.67	0.00	2026-01-27 01:15:00+00	\N
360	17	12345.67	7407.41	4938.26	2026-01-27 15:30:00+00	\N
361	18	1500.00	900.00	600.00	2026-01-27 15:30:00+00	\N
362	25	3000.01	3000.01	0.00	2026-01-27 15:30:00+00	\N
363	78	27000.00	27000.00	0.00	2026-01-27 15:30:00+00	\N
364	3	3000.00	1800.00	1200.00	2026-01-27 16:30:00+00	\N
365	20	3000.01	3000.01	0.00	2026-01-27 16:30:00+00	\N
366	89	3000.01	3000.01	0.00	2026-01-27 16:30:00+00	\N
367	96	2999.99	2999.99	0.00	2026-01-27 16:30:00+00	\N
368	5	51000.00	30600.00	20400.00	2026-01-28 15:30:00+00	\N
369	21	2999.99	2999.99	0.00	2026-01-28 15:30:00+00	\N
370	37	3000.00	1500.00	1500.00	2026-01-28 15:30:00+00	\N
371	72	3000.00	3000.00	0.00	2026-01-28 15:30:00+00	\N
372	13	1500.00	1500.00	0.00	2026-01-28 16:30:00+00	\N
373	30	3000.01	2400.01	600.00	2026-01-28 16:30:00+00	\N
374	44	12345.67	12345.67	0.00	2026-01-28 16:30:00+00	\N
375	31	3000.00	3000.00	0.00	2026-01-29 01:15:00+00	\N
376	33	12345.67	12345.67	0.00	2026-01-29 01:15:00+00	\N
377	35	3000.01	3000.01	0.00	2026-01-29 01:15:00+00	\N
378	40	3000.00	3000.00	0.00	2026-01-29 01:15:00+00	\N
379	45	1500.00	1500.00	0.00	2026-01-29 01:15:00+00	\N
380	67	3000.01	3000.01	0.00	2026-01-29 01:15:00+00	\N
381	90	2999.99	2700.00	299.99	2026-01-29 01:15:00+00	\N
382	113	3000.01	3000.01	0.00	2026-01-29 01:15:00+00	\N
383	12	1500.00	1500.00	0.00	2026-01-29 15:30:00+00	\N
384	13	1500.00	1500.00	0.00	2026-01-29 15:30:00+00	\N
385	15	1500.00	750.00	750.00	2026-01-29 15:30:00+00	\N
386	19	2999.99	1800.00	1199.99	2026-01-29 15:30:00+00	\N
387	58	1500.00	1500.00	0.00	2026-01-29 15:30:00+00	\N
388	122	51000.00	51000.00	0.00	2026-01-29 15:30:00+00	\N
389	32	1500.00	1500.00	0.00	2026-01-29 16:30:00+00	\N
390	32	9000.00	9000.00	0.00	2026-01-29 16:30:00+00	\N
391	49	1500.00	900.00	600.00	2026-01-29 16:30:00+00	\N
392	74	3000.00	3000.00	0.00	2026-01-29 16:30:00+00	\N
393	75	3000.00	3000.00	0.00	2026-01-29 16:30:00+00	\N
394	17	9000.00	9000.00	0.00	2026-01-30 01:15:00+00	\N
395	21	3000.01	2400.01	600.00	2026-01-30 01:15:00+00	\N
396	76	9000.00	9000.00	0.00	2026-01-30 01:15:00+00	\N
397	13	3000.00	0.00	3000.00	2026-01-30 15:30:00+00	\N
398	67	2999.99	2999.99	0.00	2026-01-30 15:30:00+00	\N
399	123	2999.99	2999.99	0.00	2026-01-30 15:30:00+00	\N
400	135	9000.00	7200.00	1800.00	2026-01-30 15:30:00+00	\N
109	10	12345.67	6172.84	6172.83	2026-01-09 16:30:00+00	2026-01-20 02:00:00+00
\.


--
-- Data for Name: plan_versions; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.plan_versions (effective_from, document, created_at) FROM stdin;
2026-01-01	{\n  "timezone": "Asia/Shanghai",\n  "release_lag_days": 1,\n  "daily_release_rate": "0.012",\n  "gift_tiers": [\n    {"name": "初级会员", "min_amount": "3000",  "multiplier": "2.5"},\n    {"name": "中级会员", "min_amount": "9000",  "multiplier": "3"},\n    {"name": "高级会员", "min_amount": "27000", "multiplier": "3.5"},\n    {"name": "VIP会员",  "min_amount": "51000", "multiplier": "4"}\n  ],\n  "share_rates": ["0.50", "0.30"],\n  "star_tiers": [\n    {"stars": 1, "min_team_performance": "50000",    "rate": "0.10"},\n    {"stars": 2, "min_team_performance": "200000",   "rate": "0.20"},\n    {"stars": 3, "min_team_performance": "600000",   "rate": "0.26"},\n    {"stars": 4, "min_team_performance": "2000000",  "rate": "0.32"},\n    {"stars": 5, "min_team_performance": "6000000",  "rate": "0.38"},\n    {"stars": 6, "min_team_performance": "15000000", "rate": "0.44"},\n    {"stars": 7, "min_team_performance": "30000000", "rate": "0.50"}\n  ],\n  "peer_rate": "0.03",\n  "peer_generations": 1,\n  "max_points_payment_ratio": "1.0"\n}\n	2026-11-25 06:37:02.062659+00
\.


--
-- Data for Name: runs; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.runs (id, command, settle_date, plan_effective_from, started_at, finished_at, host, line_count, lot_count, members_paid, lots_created, lots_exhausted, entitled_fen, paid_fen, input_digest, voided_by_run, star_members, locked_fen, lots_outstanding, revenue_fen, cash_revenue_fen, points_revenue_fen, trailing_revenue_fen) FROM stdin;
1	run	2026-01-01	2026-01-01	2026-11-25 06:37:02.20436+00	2026-11-25 06:37:02.20532+00	vm	0	0	0	14	0	{0,0,0,0}	{0,0,0,0}	m150-o18-dd19eba1c1e79a2f	\N	{132,18,0,0,0,0,0,0}	86757402	14	25419133	24339133	1080000	25419133
2	run	2026-01-02	2026-01-01	2026-11-25 06:37:02.259415+00	2026-11-25 06:37:02.260793+00	vm	46	14	14	12	0	{296028,223614,43005,5400}	{296028,30600,6120,0}	m150-o34-ad2150105fb789c6	\N	{119,30,1,0,0,0,0,0}	156185765	26	46072835	44075553	1997282	46072835
3	run	2026-01-03	2026-01-01	2026-11-25 06:37:02.314677+00	2026-11-25 06:37:02.31621+00	vm	77	26	26	13	0	{531270,387828,96007,15660}	{531270,51120,7200,1728}	m150-o54-63bc700a92bc573b	\N	{118,25,7,0,0,0,0,0}	241912956	39	72045669	68279561	3766108	72045669
4	run	2026-01-04	2026-01-01	2026-11-25 06:37:02.369311+00	2026-11-25 06:37:02.37091+00	vm	90	38	33	6	0	{814140,598879,184496,20256}	{814140,125859,7200,10620}	m150-o64-8b06a60bc74b8871	\N	{117,21,11,1,0,0,0,0}	332280440	44	96080235	90927214	5153021	96080235
5	run	2026-01-05	2026-01-01	2026-11-25 06:37:02.423931+00	2026-11-25 06:37:02.425591+00	vm	107	43	37	7	0	{1098954,808370,248538,33120}	{1098954,207343,47242,9108}	m150-o73-141ee2b162626d95	\N	{117,10,22,1,0,0,0,0}	396438193	50	114149367	107376346	6773021	114149367
6	run	2026-01-06	2026-01-01	2026-11-25 06:37:02.478282+00	2026-11-25 06:37:02.479954+00	vm	112	48	40	4	0	{1286154,949490,284225,37968}	{1286154,293313,73687,10824}	m150-o83-a0e8a9ce9a1028ae	\N	{117,10,22,1,0,0,0,0}	394311259	52	115280232	108697580	6582652	115280232
7	run	2026-01-07	2026-01-01	2026-11-25 06:37:02.534607+00	2026-11-25 06:37:02.536364+00	vm	114	52	42	6	0	{1314954,969290,291713,42744}	{1314954,312960,117979,5424}	m150-o92-298e77302053e932	\N	{117,6,22,5,0,0,0,0}	429309944	58	126080232	119047581	7032651	126080232
8	run	2026-01-08	2026-01-01	2026-11-25 06:37:02.591054+00	2026-11-25 06:37:02.593683+00	vm	124	58	46	10	0	{1437354,1063970,321161,49008}	{1437354,402571,105916,26952}	m150-o103-2a8aedf6554de0bb	\N	{117,6,21,6,0,0,0,0}	491894555	68	144149366	135732149	8417217	144149366
9	run	2026-01-09	2026-01-01	2026-11-25 06:37:02.649719+00	2026-11-25 06:37:02.652481+00	vm	128	67	49	3	0	{1646982,1227228,371756,59820}	{1646982,515971,148036,39720}	m150-o108-4998986794736a74	\N	{117,6,21,6,0,0,0,0}	492993846	70	145799365	136422148	9377217	145799365
10	run	2026-01-10	2026-01-01	2026-11-25 06:37:02.709246+00	2026-11-25 06:37:02.712052+00	vm	133	70	51	13	0	{1664982,1238388,376437,57324}	{1664982,517051,163051,18516}	m150-o125-eb5d46a586e18783	\N	{117,5,21,7,0,0,0,0}	579741351	83	171703065	161345110	10357955	171703065
11	run	2026-01-11	2026-01-01	2026-11-25 06:37:02.768833+00	2026-11-25 06:37:02.771771+00	vm	149	83	58	3	0	{1965024,1473977,482219,63517}	{1965024,739556,291807,38329}	m150-o134-ddc9530601cd7c9b	\N	{116,6,19,9,0,0,0,0}	609256635	86	181753062	171395107	10357955	181753062
12	run	2026-01-12	2026-01-01	2026-11-25 06:37:02.830186+00	2026-11-25 06:37:02.833112+00	vm	154	86	60	18	0	{2069424,1547777,494387,65677}	{2069424,778796,300735,38653}	m150-o157-7103d8b4d0ab538e	\N	{116,6,19,9,0,0,0,0}	679130132	104	205106760	191168436	13938324	205106760
13	run	2026-01-13	2026-01-01	2026-11-25 06:37:02.889812+00	2026-11-25 06:37:02.893586+00	vm	165	104	69	12	0	{2333466,1755770,585944,85945}	{2333466,1037673,363090,54589}	m150-o179-3cc46a2659f590fb	\N	{115,6,16,13,0,0,0,0}	841391318	116	250256759	229523435	20733324	250256759
14	run	2026-01-14	2026-01-01	2026-11-25 06:37:02.947858+00	2026-11-25 06:37:02.951715+00	vm	170	114	72	8	1	{2844666,2098490,697328,98569}	{2844666,1198233,437795,75229}	m150-o191-aa53443d2c9ec59b	\N	{115,5,13,17,0,0,0,0}	910892696	121	270841324	249958000	20883324	270841324
15	run	2026-01-15	2026-01-01	2026-11-25 06:37:03.005841+00	2026-11-25 06:37:03.009688+00	vm	175	121	75	14	1	{3086280,2290701,758204,109921}	{3086280,1311604,491255,81289}	m150-o206-44f38239495acb1b	\N	{114,6,13,17,0,0,0,0}	954579678	134	285460462	263587138	21873324	285460462
16	run	2026-01-16	2026-01-01	2026-11-25 06:37:03.065165+00	2026-11-25 06:37:03.069227+00	vm	186	134	81	10	0	{3256308,2420603,801474,116642}	{3256308,1676458,635133,88982}	m150-o219-315c482b52fe01e7	\N	{114,6,13,17,0,0,0,0}	967233902	144	292464162	270155839	22308323	292464162
17	run	2026-01-17	2026-01-01	2026-11-25 06:37:03.125358+00	2026-11-25 06:37:03.128925+00	vm	189	143	82	12	0	{3329550,2478116,820514,120688}	{3329550,1731091,654173,91516}	m150-o236-bb4e6772cbe77f22	\N	{111,9,13,17,0,0,0,0}	1069934976	155	322383295	300299972	22083323	322383295
18	run	2026-01-18	2026-01-01	2026-11-25 06:37:03.184075+00	2026-11-25 06:37:03.187858+00	vm	198	154	88	6	0	{3675978,2721890,1021811,106084}	{3675978,1871491,787384,71836}	m150-o243-2db0f45c48642910	\N	{110,10,9,20,1,0,0,0}	1203035487	160	357633294	326009971	31623323	357633294
19	run	2026-01-19	2026-01-01	2026-11-25 06:37:03.245551+00	2026-11-25 06:37:03.250024+00	vm	197	159	87	10	1	{4097178,3058490,1153427,107799}	{4097178,2091811,885400,69123}	m150-o255-d65981af32ad327d	\N	{110,10,6,23,1,0,0,0}	1255710381	168	374721562	342189044	32532518	374721562
31	rerun	2026-01-20	2026-01-01	2026-11-25 06:37:04.036732+00	2026-11-25 06:37:04.039749+00	vm	203	166	91	8	2	{4138020,3076668,1157701,107810}	{4138020,2031277,694591,72902}	m150-o400-0f8cafc66db65dfa	\N	{110,10,5,24,1,0,0,0}	1245674496	172	375090696	343097005	31993691	375090696
20	run	2026-01-20	2026-01-01	2026-11-25 06:37:03.311202+00	2026-11-25 06:37:03.315823+00	vm	203	167	91	8	2	{4152834,3088519,1162441,108255}	{4152834,2043128,698442,73347}	m150-o264-fd3c384dc9818835	31	{110,10,5,24,1,0,0,0}	1248141733	173	376325263	343714289	32610974	376325263
32	rerun	2026-01-21	2026-01-01	2026-11-25 06:37:04.041515+00	2026-11-25 06:37:04.044227+00	vm	205	172	93	8	0	{4294062,3195977,1204154,113573}	{4294062,2223488,746179,83836}	m150-o400-0f8cafc66db65dfa	\N	{110,10,5,24,1,0,0,0}	1309138038	180	395594397	363278793	32315604	395594397
21	run	2026-01-21	2026-01-01	2026-11-25 06:37:03.374855+00	2026-11-25 06:37:03.379292+00	vm	205	173	93	8	0	{4308876,3207828,1208894,114018}	{4308876,2235339,750030,84281}	m150-o278-a81cb06fd0cba730	32	{110,10,5,24,1,0,0,0}	1311574314	181	396828964	363896077	32932887	396828964
33	rerun	2026-01-22	2026-01-01	2026-11-25 06:37:04.045485+00	2026-11-25 06:37:04.048222+00	vm	207	180	95	15	0	{4525704,3333646,1267479,177130}	{4525704,2337550,931829,146745}	m150-o400-0f8cafc66db65dfa	\N	{110,10,5,22,3,0,0,0}	1408503616	195	426113531	393077928	33035603	426113531
22	run	2026-01-22	2026-01-01	2026-11-25 06:37:03.434893+00	2026-11-25 06:37:03.439381+00	vm	207	181	95	15	0	{4540518,3345497,1272219,178019}	{4540518,2349401,936569,147634}	m150-o298-621dd9604db8aa40	33	{110,10,5,22,3,0,0,0}	1410907598	196	427348098	393695212	33652886	427348098
34	rerun	2026-01-23	2026-01-01	2026-11-25 06:37:04.049473+00	2026-11-25 06:37:04.052469+00	vm	213	195	99	6	1	{4879332,3615468,1370029,192406}	{4879332,2603172,1029411,162777}	m150-o400-0f8cafc66db65dfa	\N	{110,10,5,22,3,0,0,0}	1406278930	200	429863531	396557930	33305601	429863531
23	run	2026-01-23	2026-01-01	2026-11-25 06:37:03.495728+00	2026-11-25 06:37:03.500331+00	vm	213	196	99	6	1	{4894146,3627319,1374767,190691}	{4894146,2615023,1034149,161062}	m150-o310-f11695887cffc822	34	{110,10,5,21,4,0,0,0}	1408653224	201	431098098	397175214	33922884	431098098
35	rerun	2026-01-24	2026-01-01	2026-11-25 06:37:04.053759+00	2026-11-25 06:37:04.056881+00	vm	214	200	100	11	1	{4897332,3629868,1375572,180838}	{4897332,2614332,1033586,150993}	m150-o400-0f8cafc66db65dfa	\N	{110,10,5,20,5,0,0,0}	1454236392	210	447598098	413842497	33755601	447598098
24	run	2026-01-24	2026-01-01	2026-11-25 06:37:03.55938+00	2026-11-25 06:37:03.56416+00	vm	214	201	100	11	1	{4912146,3641719,1380312,181727}	{4912146,2626183,1038326,151882}	m150-o325-96e0fd1465bffebb	35	{110,10,5,20,5,0,0,0}	1456578392	211	448832665	414459781	34372884	448832665
36	rerun	2026-01-25	2026-01-01	2026-11-25 06:37:04.058253+00	2026-11-25 06:37:04.061511+00	vm	218	210	102	10	1	{5095746,3779959,1467891,186333}	{5095746,2751823,1082894,155516}	m150-o400-0f8cafc66db65dfa	\N	{110,10,4,20,6,0,0,0}	1569454116	219	481082664	434742063	46340601	481082664
25	run	2026-01-25	2026-01-01	2026-11-25 06:37:03.62366+00	2026-11-25 06:37:03.628352+00	vm	218	211	102	10	1	{5110560,3791810,1472631,186778}	{5110560,2763674,1087634,155961}	m150-o339-062bf907455d469e	36	{110,10,4,20,6,0,0,0}	1571764266	220	482317231	435359347	46957884	482317231
37	rerun	2026-01-26	2026-01-01	2026-11-25 06:37:04.062928+00	2026-11-25 06:37:04.066277+00	vm	222	219	106	9	3	{5477760,4088090,1582936,194998}	{5477760,2922239,1142163,89296}	m150-o400-0f8cafc66db65dfa	\N	{110,10,4,20,6,0,0,0}	1597980064	225	492851800	446076199	46775601	492851800
26	run	2026-01-26	2026-01-01	2026-11-25 06:37:03.686315+00	2026-11-25 06:37:03.690895+00	vm	222	220	106	9	3	{5492574,4099941,1587675,195442}	{5492574,2932756,1146902,89296}	m150-o352-706f4c48b25ad6d6	37	{110,10,4,20,6,0,0,0}	1600260144	226	494086367	446693483	47392884	494086367
38	rerun	2026-01-27	2026-01-01	2026-11-25 06:37:04.067629+00	2026-11-25 06:37:04.070968+00	vm	219	224	105	8	1	{5574960,4169214,1614929,201287}	{5574960,2881977,1173004,92225}	m150-o400-0f8cafc66db65dfa	\N	{110,10,4,20,6,0,0,0}	1618765302	231	502520935	455176508	47344427	502520935
27	run	2026-01-27	2026-01-01	2026-11-25 06:37:03.747366+00	2026-11-25 06:37:03.751965+00	vm	219	225	105	8	1	{5589774,4181065,1619669,201731}	{5589774,2893828,1177744,92225}	m150-o363-efca7c8b41cc3aaf	38	{110,10,4,20,6,0,0,0}	1621013977	232	503755502	455793792	47961710	503755502
39	rerun	2026-01-28	2026-01-01	2026-11-25 06:37:04.072389+00	2026-11-25 06:37:04.075808+00	vm	220	231	106	6	1	{5687388,4247305,1640958,204563}	{5687388,2957755,1198589,94733}	m150-o400-0f8cafc66db65dfa	\N	{110,10,4,20,6,0,0,0}	1632976841	236	509720935	460066508	49654427	509720935
28	run	2026-01-28	2026-01-01	2026-11-25 06:37:03.807357+00	2026-11-25 06:37:03.811928+00	vm	220	232	106	6	1	{5702202,4259156,1645698,205008}	{5702202,2969606,1203329,94733}	m150-o371-ab31a7ca03b100bc	39	{110,10,4,20,6,0,0,0}	1635194111	237	510955502	460683792	50271710	510955502
40	rerun	2026-01-29	2026-01-01	2026-11-25 06:37:04.077254+00	2026-11-25 06:37:04.080594+00	vm	230	234	109	9	2	{5741388,4286545,1656870,207803}	{5741388,3600198,1506832,96461}	m150-o400-0f8cafc66db65dfa	\N	{107,13,4,20,6,0,0,0}	1650918170	241	519390070	469810645	49579425	519390070
29	run	2026-01-29	2026-01-01	2026-11-25 06:37:03.870476+00	2026-11-25 06:37:03.875465+00	vm	230	235	109	9	3	{5756202,4298396,1661610,208248}	{5756202,3612049,1511572,96461}	m150-o388-c17809cd44ee6c83	40	{107,13,4,20,6,0,0,0}	1653104035	241	520624637	470427929	50196708	520624637
41	rerun	2026-01-30	2026-01-01	2026-11-25 06:37:04.082014+00	2026-11-25 06:37:04.085387+00	vm	233	241	112	8	3	{5846616,4369647,1689222,212173}	{5846616,3714847,1264327,100171}	m150-o400-0f8cafc66db65dfa	\N	{107,13,4,20,6,0,0,0}	1653792211	246	525090069	474910644	50179425	525090069
30	run	2026-01-30	2026-01-01	2026-11-25 06:37:03.933112+00	2026-11-25 06:37:03.938009+00	vm	233	241	112	8	3	{5846616,4369647,1689222,212173}	{5846616,3714847,1264327,100171}	m150-o400-e23c2112ef1ab53b	41	{107,13,4,20,6,0,0,0}	1655978076	246	526324636	475527928	50796708	526324636
\.


--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.schema_migrations (version, name, applied_at) FROM stdin;
0001	0001_inputs.sql	2026-11-25 06:37:01.998378+00
0002	0002_settlement.sql	2026-11-25 06:37:02.00163+00
0003	0003_reports.sql	2026-11-25 06:37:02.008702+00
\.


--
-- Data for Name: wallet_adjustments; Type: TABLE DATA; Schema: settle; Owner: -
--

COPY settle.wallet_adjustments (id, member_id, amount_fen, reason, operator, created_at, db_user, client, balance_after_fen) FROM stdin;
1	21	-1000	fixture	fixture	2026-11-25 06:37:04.159001+00	postgres	local socket	11842708
\.


--
-- Name: runs_id_seq; Type: SEQUENCE SET; Schema: settle; Owner: -
--

SELECT pg_catalog.setval('settle.runs_id_seq', 41, true);


--
-- Name: wallet_adjustments_id_seq; Type: SEQUENCE SET; Schema: settle; Owner: -
--

SELECT pg_catalog.setval('settle.wallet_adjustments_id_seq', 1, true);


--
-- Name: day_lines day_lines_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines
    ADD CONSTRAINT day_lines_pkey PRIMARY KEY (settle_date, member_id, kind);


--
-- Name: day_lines_20260101 day_lines_20260101_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines_20260101
    ADD CONSTRAINT day_lines_20260101_pkey PRIMARY KEY (settle_date, member_id, kind);


--
-- Name: day_lines_20260102 day_lines_20260102_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines_20260102
    ADD CONSTRAINT day_lines_20260102_pkey PRIMARY KEY (settle_date, member_id, kind);


--
-- Name: day_lines_20260103 day_lines_20260103_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines_20260103
    ADD CONSTRAINT day_lines_20260103_pkey PRIMARY KEY (settle_date, member_id, kind);


--
-- Name: day_lines_20260104 day_lines_20260104_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines_20260104
    ADD CONSTRAINT day_lines_20260104_pkey PRIMARY KEY (settle_date, member_id, kind);


--
-- Name: day_lines_20260105 day_lines_20260105_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines_20260105
    ADD CONSTRAINT day_lines_20260105_pkey PRIMARY KEY (settle_date, member_id, kind);


--
-- Name: day_lines_20260106 day_lines_20260106_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines_20260106
    ADD CONSTRAINT day_lines_20260106_pkey PRIMARY KEY (settle_date, member_id, kind);


--
-- Name: day_lines_20260107 day_lines_20260107_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines_20260107
    ADD CONSTRAINT day_lines_20260107_pkey PRIMARY KEY (settle_date, member_id, kind);


--
-- Name: day_lines_20260108 day_lines_20260108_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines_20260108
    ADD CONSTRAINT day_lines_20260108_pkey PRIMARY KEY (settle_date, member_id, kind);


--
-- Name: day_lines_20260109 day_lines_20260109_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines_20260109
    ADD CONSTRAINT day_lines_20260109_pkey PRIMARY KEY (settle_date, member_id, kind);


--
-- Name: day_lines_20260110 day_lines_20260110_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines_20260110
    ADD CONSTRAINT day_lines_20260110_pkey PRIMARY KEY (settle_date, member_id, kind);


--
-- Name: day_lines_20260111 day_lines_20260111_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines_20260111
    ADD CONSTRAINT day_lines_20260111_pkey PRIMARY KEY (settle_date, member_id, kind);


--
-- Name: day_lines_20260112 day_lines_20260112_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines_20260112
    ADD CONSTRAINT day_lines_20260112_pkey PRIMARY KEY (settle_date, member_id, kind);


--
-- Name: day_lines_20260113 day_lines_20260113_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines_20260113
    ADD CONSTRAINT day_lines_20260113_pkey PRIMARY KEY (settle_date, member_id, kind);


--
-- Name: day_lines_20260114 day_lines_20260114_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines_20260114
    ADD CONSTRAINT day_lines_20260114_pkey PRIMARY KEY (settle_date, member_id, kind);


--
-- Name: day_lines_20260115 day_lines_20260115_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines_20260115
    ADD CONSTRAINT day_lines_20260115_pkey PRIMARY KEY (settle_date, member_id, kind);


--
-- Name: day_lines_20260116 day_lines_20260116_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines_20260116
    ADD CONSTRAINT day_lines_20260116_pkey PRIMARY KEY (settle_date, member_id, kind);


--
-- Name: day_lines_20260117 day_lines_20260117_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines_20260117
    ADD CONSTRAINT day_lines_20260117_pkey PRIMARY KEY (settle_date, member_id, kind);


--
-- Name: day_lines_20260118 day_lines_20260118_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines_20260118
    ADD CONSTRAINT day_lines_20260118_pkey PRIMARY KEY (settle_date, member_id, kind);


--
-- Name: day_lines_20260119 day_lines_20260119_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines_20260119
    ADD CONSTRAINT day_lines_20260119_pkey PRIMARY KEY (settle_date, member_id, kind);


--
-- Name: day_lines_20260120 day_lines_20260120_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines_20260120
    ADD CONSTRAINT day_lines_20260120_pkey PRIMARY KEY (settle_date, member_id, kind);


--
-- Name: day_lines_20260121 day_lines_20260121_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines_20260121
    ADD CONSTRAINT day_lines_20260121_pkey PRIMARY KEY (settle_date, member_id, kind);


--
-- Name: day_lines_20260122 day_lines_20260122_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines_20260122
    ADD CONSTRAINT day_lines_20260122_pkey PRIMARY KEY (settle_date, member_id, kind);


--
-- Name: day_lines_20260123 day_lines_20260123_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines_20260123
    ADD CONSTRAINT day_lines_20260123_pkey PRIMARY KEY (settle_date, member_id, kind);


--
-- Name: day_lines_20260124 day_lines_20260124_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines_20260124
    ADD CONSTRAINT day_lines_20260124_pkey PRIMARY KEY (settle_date, member_id, kind);


--
-- Name: day_lines_20260125 day_lines_20260125_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines_20260125
    ADD CONSTRAINT day_lines_20260125_pkey PRIMARY KEY (settle_date, member_id, kind);


--
-- Name: day_lines_20260126 day_lines_20260126_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines_20260126
    ADD CONSTRAINT day_lines_20260126_pkey PRIMARY KEY (settle_date, member_id, kind);


--
-- Name: day_lines_20260127 day_lines_20260127_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines_20260127
    ADD CONSTRAINT day_lines_20260127_pkey PRIMARY KEY (settle_date, member_id, kind);


--
-- Name: day_lines_20260128 day_lines_20260128_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines_20260128
    ADD CONSTRAINT day_lines_20260128_pkey PRIMARY KEY (settle_date, member_id, kind);


--
-- Name: day_lines_20260129 day_lines_20260129_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines_20260129
    ADD CONSTRAINT day_lines_20260129_pkey PRIMARY KEY (settle_date, member_id, kind);


--
-- Name: day_lines_20260130 day_lines_20260130_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.day_lines_20260130
    ADD CONSTRAINT day_lines_20260130_pkey PRIMARY KEY (settle_date, member_id, kind);


--
-- Name: days days_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.days
    ADD CONSTRAINT days_pkey PRIMARY KEY (settle_date);


--
-- Name: lot_days lot_days_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days
    ADD CONSTRAINT lot_days_pkey PRIMARY KEY (settle_date, order_id);


--
-- Name: lot_days_20260101 lot_days_20260101_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days_20260101
    ADD CONSTRAINT lot_days_20260101_pkey PRIMARY KEY (settle_date, order_id);


--
-- Name: lot_days_20260102 lot_days_20260102_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days_20260102
    ADD CONSTRAINT lot_days_20260102_pkey PRIMARY KEY (settle_date, order_id);


--
-- Name: lot_days_20260103 lot_days_20260103_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days_20260103
    ADD CONSTRAINT lot_days_20260103_pkey PRIMARY KEY (settle_date, order_id);


--
-- Name: lot_days_20260104 lot_days_20260104_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days_20260104
    ADD CONSTRAINT lot_days_20260104_pkey PRIMARY KEY (settle_date, order_id);


--
-- Name: lot_days_20260105 lot_days_20260105_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days_20260105
    ADD CONSTRAINT lot_days_20260105_pkey PRIMARY KEY (settle_date, order_id);


--
-- Name: lot_days_20260106 lot_days_20260106_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days_20260106
    ADD CONSTRAINT lot_days_20260106_pkey PRIMARY KEY (settle_date, order_id);


--
-- Name: lot_days_20260107 lot_days_20260107_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days_20260107
    ADD CONSTRAINT lot_days_20260107_pkey PRIMARY KEY (settle_date, order_id);


--
-- Name: lot_days_20260108 lot_days_20260108_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days_20260108
    ADD CONSTRAINT lot_days_20260108_pkey PRIMARY KEY (settle_date, order_id);


--
-- Name: lot_days_20260109 lot_days_20260109_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days_20260109
    ADD CONSTRAINT lot_days_20260109_pkey PRIMARY KEY (settle_date, order_id);


--
-- Name: lot_days_20260110 lot_days_20260110_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days_20260110
    ADD CONSTRAINT lot_days_20260110_pkey PRIMARY KEY (settle_date, order_id);


--
-- Name: lot_days_20260111 lot_days_20260111_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days_20260111
    ADD CONSTRAINT lot_days_20260111_pkey PRIMARY KEY (settle_date, order_id);


--
-- Name: lot_days_20260112 lot_days_20260112_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days_20260112
    ADD CONSTRAINT lot_days_20260112_pkey PRIMARY KEY (settle_date, order_id);


--
-- Name: lot_days_20260113 lot_days_20260113_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days_20260113
    ADD CONSTRAINT lot_days_20260113_pkey PRIMARY KEY (settle_date, order_id);


--
-- Name: lot_days_20260114 lot_days_20260114_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days_20260114
    ADD CONSTRAINT lot_days_20260114_pkey PRIMARY KEY (settle_date, order_id);


--
-- Name: lot_days_20260115 lot_days_20260115_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days_20260115
    ADD CONSTRAINT lot_days_20260115_pkey PRIMARY KEY (settle_date, order_id);


--
-- Name: lot_days_20260116 lot_days_20260116_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days_20260116
    ADD CONSTRAINT lot_days_20260116_pkey PRIMARY KEY (settle_date, order_id);


--
-- Name: lot_days_20260117 lot_days_20260117_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days_20260117
    ADD CONSTRAINT lot_days_20260117_pkey PRIMARY KEY (settle_date, order_id);


--
-- Name: lot_days_20260118 lot_days_20260118_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days_20260118
    ADD CONSTRAINT lot_days_20260118_pkey PRIMARY KEY (settle_date, order_id);


--
-- Name: lot_days_20260119 lot_days_20260119_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days_20260119
    ADD CONSTRAINT lot_days_20260119_pkey PRIMARY KEY (settle_date, order_id);


--
-- Name: lot_days_20260120 lot_days_20260120_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days_20260120
    ADD CONSTRAINT lot_days_20260120_pkey PRIMARY KEY (settle_date, order_id);


--
-- Name: lot_days_20260121 lot_days_20260121_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days_20260121
    ADD CONSTRAINT lot_days_20260121_pkey PRIMARY KEY (settle_date, order_id);


--
-- Name: lot_days_20260122 lot_days_20260122_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days_20260122
    ADD CONSTRAINT lot_days_20260122_pkey PRIMARY KEY (settle_date, order_id);


--
-- Name: lot_days_20260123 lot_days_20260123_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days_20260123
    ADD CONSTRAINT lot_days_20260123_pkey PRIMARY KEY (settle_date, order_id);


--
-- Name: lot_days_20260124 lot_days_20260124_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days_20260124
    ADD CONSTRAINT lot_days_20260124_pkey PRIMARY KEY (settle_date, order_id);


--
-- Name: lot_days_20260125 lot_days_20260125_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days_20260125
    ADD CONSTRAINT lot_days_20260125_pkey PRIMARY KEY (settle_date, order_id);


--
-- Name: lot_days_20260126 lot_days_20260126_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days_20260126
    ADD CONSTRAINT lot_days_20260126_pkey PRIMARY KEY (settle_date, order_id);


--
-- Name: lot_days_20260127 lot_days_20260127_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days_20260127
    ADD CONSTRAINT lot_days_20260127_pkey PRIMARY KEY (settle_date, order_id);


--
-- Name: lot_days_20260128 lot_days_20260128_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days_20260128
    ADD CONSTRAINT lot_days_20260128_pkey PRIMARY KEY (settle_date, order_id);


--
-- Name: lot_days_20260129 lot_days_20260129_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days_20260129
    ADD CONSTRAINT lot_days_20260129_pkey PRIMARY KEY (settle_date, order_id);


--
-- Name: lot_days_20260130 lot_days_20260130_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.lot_days_20260130
    ADD CONSTRAINT lot_days_20260130_pkey PRIMARY KEY (settle_date, order_id);


--
-- Name: members members_phone_key; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.members
    ADD CONSTRAINT members_phone_key UNIQUE (phone);


--
-- Name: members members_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.members
    ADD CONSTRAINT members_pkey PRIMARY KEY (id);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: plan_versions plan_versions_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.plan_versions
    ADD CONSTRAINT plan_versions_pkey PRIMARY KEY (effective_from);


--
-- Name: runs runs_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.runs
    ADD CONSTRAINT runs_pkey PRIMARY KEY (id);


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);


--
-- Name: wallet_adjustments wallet_adjustments_pkey; Type: CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.wallet_adjustments
    ADD CONSTRAINT wallet_adjustments_pkey PRIMARY KEY (id);


--
-- Name: day_lines_member_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX day_lines_member_idx ON ONLY settle.day_lines USING btree (member_id, settle_date);


--
-- Name: day_lines_20260101_member_id_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX day_lines_20260101_member_id_settle_date_idx ON settle.day_lines_20260101 USING btree (member_id, settle_date);


--
-- Name: day_lines_20260102_member_id_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX day_lines_20260102_member_id_settle_date_idx ON settle.day_lines_20260102 USING btree (member_id, settle_date);


--
-- Name: day_lines_20260103_member_id_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX day_lines_20260103_member_id_settle_date_idx ON settle.day_lines_20260103 USING btree (member_id, settle_date);


--
-- Name: day_lines_20260104_member_id_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX day_lines_20260104_member_id_settle_date_idx ON settle.day_lines_20260104 USING btree (member_id, settle_date);


--
-- Name: day_lines_20260105_member_id_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX day_lines_20260105_member_id_settle_date_idx ON settle.day_lines_20260105 USING btree (member_id, settle_date);


--
-- Name: day_lines_20260106_member_id_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX day_lines_20260106_member_id_settle_date_idx ON settle.day_lines_20260106 USING btree (member_id, settle_date);


--
-- Name: day_lines_20260107_member_id_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX day_lines_20260107_member_id_settle_date_idx ON settle.day_lines_20260107 USING btree (member_id, settle_date);


--
-- Name: day_lines_20260108_member_id_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX day_lines_20260108_member_id_settle_date_idx ON settle.day_lines_20260108 USING btree (member_id, settle_date);


--
-- Name: day_lines_20260109_member_id_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX day_lines_20260109_member_id_settle_date_idx ON settle.day_lines_20260109 USING btree (member_id, settle_date);


--
-- Name: day_lines_20260110_member_id_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX day_lines_20260110_member_id_settle_date_idx ON settle.day_lines_20260110 USING btree (member_id, settle_date);


--
-- Name: day_lines_20260111_member_id_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX day_lines_20260111_member_id_settle_date_idx ON settle.day_lines_20260111 USING btree (member_id, settle_date);


--
-- Name: day_lines_20260112_member_id_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX day_lines_20260112_member_id_settle_date_idx ON settle.day_lines_20260112 USING btree (member_id, settle_date);


--
-- Name: day_lines_20260113_member_id_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX day_lines_20260113_member_id_settle_date_idx ON settle.day_lines_20260113 USING btree (member_id, settle_date);


--
-- Name: day_lines_20260114_member_id_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX day_lines_20260114_member_id_settle_date_idx ON settle.day_lines_20260114 USING btree (member_id, settle_date);


--
-- Name: day_lines_20260115_member_id_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX day_lines_20260115_member_id_settle_date_idx ON settle.day_lines_20260115 USING btree (member_id, settle_date);


--
-- Name: day_lines_20260116_member_id_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX day_lines_20260116_member_id_settle_date_idx ON settle.day_lines_20260116 USING btree (member_id, settle_date);


--
-- Name: day_lines_20260117_member_id_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX day_lines_20260117_member_id_settle_date_idx ON settle.day_lines_20260117 USING btree (member_id, settle_date);


--
-- Name: day_lines_20260118_member_id_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX day_lines_20260118_member_id_settle_date_idx ON settle.day_lines_20260118 USING btree (member_id, settle_date);


--
-- Name: day_lines_20260119_member_id_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX day_lines_20260119_member_id_settle_date_idx ON settle.day_lines_20260119 USING btree (member_id, settle_date);


--
-- Name: day_lines_20260120_member_id_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX day_lines_20260120_member_id_settle_date_idx ON settle.day_lines_20260120 USING btree (member_id, settle_date);


--
-- Name: day_lines_20260121_member_id_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX day_lines_20260121_member_id_settle_date_idx ON settle.day_lines_20260121 USING btree (member_id, settle_date);


--
-- Name: day_lines_20260122_member_id_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX day_lines_20260122_member_id_settle_date_idx ON settle.day_lines_20260122 USING btree (member_id, settle_date);


--
-- Name: day_lines_20260123_member_id_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX day_lines_20260123_member_id_settle_date_idx ON settle.day_lines_20260123 USING btree (member_id, settle_date);


--
-- Name: day_lines_20260124_member_id_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX day_lines_20260124_member_id_settle_date_idx ON settle.day_lines_20260124 USING btree (member_id, settle_date);


--
-- Name: day_lines_20260125_member_id_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX day_lines_20260125_member_id_settle_date_idx ON settle.day_lines_20260125 USING btree (member_id, settle_date);


--
-- Name: day_lines_20260126_member_id_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX day_lines_20260126_member_id_settle_date_idx ON settle.day_lines_20260126 USING btree (member_id, settle_date);


--
-- Name: day_lines_20260127_member_id_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX day_lines_20260127_member_id_settle_date_idx ON settle.day_lines_20260127 USING btree (member_id, settle_date);


--
-- Name: day_lines_20260128_member_id_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX day_lines_20260128_member_id_settle_date_idx ON settle.day_lines_20260128 USING btree (member_id, settle_date);


--
-- Name: day_lines_20260129_member_id_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX day_lines_20260129_member_id_settle_date_idx ON settle.day_lines_20260129 USING btree (member_id, settle_date);


--
-- Name: day_lines_20260130_member_id_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX day_lines_20260130_member_id_settle_date_idx ON settle.day_lines_20260130 USING btree (member_id, settle_date);


--
-- Name: lot_days_exhausted_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX lot_days_exhausted_idx ON ONLY settle.lot_days USING btree (settle_date) WHERE exhausted;


--
-- Name: lot_days_20260101_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX lot_days_20260101_settle_date_idx ON settle.lot_days_20260101 USING btree (settle_date) WHERE exhausted;


--
-- Name: lot_days_20260102_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX lot_days_20260102_settle_date_idx ON settle.lot_days_20260102 USING btree (settle_date) WHERE exhausted;


--
-- Name: lot_days_20260103_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX lot_days_20260103_settle_date_idx ON settle.lot_days_20260103 USING btree (settle_date) WHERE exhausted;


--
-- Name: lot_days_20260104_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX lot_days_20260104_settle_date_idx ON settle.lot_days_20260104 USING btree (settle_date) WHERE exhausted;


--
-- Name: lot_days_20260105_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX lot_days_20260105_settle_date_idx ON settle.lot_days_20260105 USING btree (settle_date) WHERE exhausted;


--
-- Name: lot_days_20260106_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX lot_days_20260106_settle_date_idx ON settle.lot_days_20260106 USING btree (settle_date) WHERE exhausted;


--
-- Name: lot_days_20260107_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX lot_days_20260107_settle_date_idx ON settle.lot_days_20260107 USING btree (settle_date) WHERE exhausted;


--
-- Name: lot_days_20260108_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX lot_days_20260108_settle_date_idx ON settle.lot_days_20260108 USING btree (settle_date) WHERE exhausted;


--
-- Name: lot_days_20260109_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX lot_days_20260109_settle_date_idx ON settle.lot_days_20260109 USING btree (settle_date) WHERE exhausted;


--
-- Name: lot_days_20260110_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX lot_days_20260110_settle_date_idx ON settle.lot_days_20260110 USING btree (settle_date) WHERE exhausted;


--
-- Name: lot_days_20260111_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX lot_days_20260111_settle_date_idx ON settle.lot_days_20260111 USING btree (settle_date) WHERE exhausted;


--
-- Name: lot_days_20260112_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX lot_days_20260112_settle_date_idx ON settle.lot_days_20260112 USING btree (settle_date) WHERE exhausted;


--
-- Name: lot_days_20260113_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX lot_days_20260113_settle_date_idx ON settle.lot_days_20260113 USING btree (settle_date) WHERE exhausted;


--
-- Name: lot_days_20260114_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX lot_days_20260114_settle_date_idx ON settle.lot_days_20260114 USING btree (settle_date) WHERE exhausted;


--
-- Name: lot_days_20260115_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX lot_days_20260115_settle_date_idx ON settle.lot_days_20260115 USING btree (settle_date) WHERE exhausted;


--
-- Name: lot_days_20260116_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX lot_days_20260116_settle_date_idx ON settle.lot_days_20260116 USING btree (settle_date) WHERE exhausted;


--
-- Name: lot_days_20260117_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX lot_days_20260117_settle_date_idx ON settle.lot_days_20260117 USING btree (settle_date) WHERE exhausted;


--
-- Name: lot_days_20260118_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX lot_days_20260118_settle_date_idx ON settle.lot_days_20260118 USING btree (settle_date) WHERE exhausted;


--
-- Name: lot_days_20260119_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX lot_days_20260119_settle_date_idx ON settle.lot_days_20260119 USING btree (settle_date) WHERE exhausted;


--
-- Name: lot_days_20260120_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX lot_days_20260120_settle_date_idx ON settle.lot_days_20260120 USING btree (settle_date) WHERE exhausted;


--
-- Name: lot_days_20260121_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX lot_days_20260121_settle_date_idx ON settle.lot_days_20260121 USING btree (settle_date) WHERE exhausted;


--
-- Name: lot_days_20260122_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX lot_days_20260122_settle_date_idx ON settle.lot_days_20260122 USING btree (settle_date) WHERE exhausted;


--
-- Name: lot_days_20260123_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX lot_days_20260123_settle_date_idx ON settle.lot_days_20260123 USING btree (settle_date) WHERE exhausted;


--
-- Name: lot_days_20260124_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX lot_days_20260124_settle_date_idx ON settle.lot_days_20260124 USING btree (settle_date) WHERE exhausted;


--
-- Name: lot_days_20260125_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX lot_days_20260125_settle_date_idx ON settle.lot_days_20260125 USING btree (settle_date) WHERE exhausted;


--
-- Name: lot_days_20260126_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX lot_days_20260126_settle_date_idx ON settle.lot_days_20260126 USING btree (settle_date) WHERE exhausted;


--
-- Name: lot_days_20260127_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX lot_days_20260127_settle_date_idx ON settle.lot_days_20260127 USING btree (settle_date) WHERE exhausted;


--
-- Name: lot_days_20260128_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX lot_days_20260128_settle_date_idx ON settle.lot_days_20260128 USING btree (settle_date) WHERE exhausted;


--
-- Name: lot_days_20260129_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX lot_days_20260129_settle_date_idx ON settle.lot_days_20260129 USING btree (settle_date) WHERE exhausted;


--
-- Name: lot_days_20260130_settle_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX lot_days_20260130_settle_date_idx ON settle.lot_days_20260130 USING btree (settle_date) WHERE exhausted;


--
-- Name: members_referrer_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX members_referrer_idx ON settle.members USING btree (referrer_id);


--
-- Name: orders_member_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX orders_member_idx ON settle.orders USING btree (member_id);


--
-- Name: orders_paid_at_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX orders_paid_at_idx ON settle.orders USING btree (paid_at);


--
-- Name: runs_date_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX runs_date_idx ON settle.runs USING btree (settle_date);


--
-- Name: wallet_adjustments_created_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX wallet_adjustments_created_idx ON settle.wallet_adjustments USING btree (created_at);


--
-- Name: wallet_adjustments_member_idx; Type: INDEX; Schema: settle; Owner: -
--

CREATE INDEX wallet_adjustments_member_idx ON settle.wallet_adjustments USING btree (member_id);


--
-- Name: day_lines_20260101_member_id_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_member_idx ATTACH PARTITION settle.day_lines_20260101_member_id_settle_date_idx;


--
-- Name: day_lines_20260101_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_pkey ATTACH PARTITION settle.day_lines_20260101_pkey;


--
-- Name: day_lines_20260102_member_id_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_member_idx ATTACH PARTITION settle.day_lines_20260102_member_id_settle_date_idx;


--
-- Name: day_lines_20260102_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_pkey ATTACH PARTITION settle.day_lines_20260102_pkey;


--
-- Name: day_lines_20260103_member_id_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_member_idx ATTACH PARTITION settle.day_lines_20260103_member_id_settle_date_idx;


--
-- Name: day_lines_20260103_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_pkey ATTACH PARTITION settle.day_lines_20260103_pkey;


--
-- Name: day_lines_20260104_member_id_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_member_idx ATTACH PARTITION settle.day_lines_20260104_member_id_settle_date_idx;


--
-- Name: day_lines_20260104_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_pkey ATTACH PARTITION settle.day_lines_20260104_pkey;


--
-- Name: day_lines_20260105_member_id_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_member_idx ATTACH PARTITION settle.day_lines_20260105_member_id_settle_date_idx;


--
-- Name: day_lines_20260105_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_pkey ATTACH PARTITION settle.day_lines_20260105_pkey;


--
-- Name: day_lines_20260106_member_id_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_member_idx ATTACH PARTITION settle.day_lines_20260106_member_id_settle_date_idx;


--
-- Name: day_lines_20260106_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_pkey ATTACH PARTITION settle.day_lines_20260106_pkey;


--
-- Name: day_lines_20260107_member_id_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_member_idx ATTACH PARTITION settle.day_lines_20260107_member_id_settle_date_idx;


--
-- Name: day_lines_20260107_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_pkey ATTACH PARTITION settle.day_lines_20260107_pkey;


--
-- Name: day_lines_20260108_member_id_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_member_idx ATTACH PARTITION settle.day_lines_20260108_member_id_settle_date_idx;


--
-- Name: day_lines_20260108_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_pkey ATTACH PARTITION settle.day_lines_20260108_pkey;


--
-- Name: day_lines_20260109_member_id_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_member_idx ATTACH PARTITION settle.day_lines_20260109_member_id_settle_date_idx;


--
-- Name: day_lines_20260109_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_pkey ATTACH PARTITION settle.day_lines_20260109_pkey;


--
-- Name: day_lines_20260110_member_id_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_member_idx ATTACH PARTITION settle.day_lines_20260110_member_id_settle_date_idx;


--
-- Name: day_lines_20260110_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_pkey ATTACH PARTITION settle.day_lines_20260110_pkey;


--
-- Name: day_lines_20260111_member_id_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_member_idx ATTACH PARTITION settle.day_lines_20260111_member_id_settle_date_idx;


--
-- Name: day_lines_20260111_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_pkey ATTACH PARTITION settle.day_lines_20260111_pkey;


--
-- Name: day_lines_20260112_member_id_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_member_idx ATTACH PARTITION settle.day_lines_20260112_member_id_settle_date_idx;


--
-- Name: day_lines_20260112_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_pkey ATTACH PARTITION settle.day_lines_20260112_pkey;


--
-- Name: day_lines_20260113_member_id_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_member_idx ATTACH PARTITION settle.day_lines_20260113_member_id_settle_date_idx;


--
-- Name: day_lines_20260113_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_pkey ATTACH PARTITION settle.day_lines_20260113_pkey;


--
-- Name: day_lines_20260114_member_id_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_member_idx ATTACH PARTITION settle.day_lines_20260114_member_id_settle_date_idx;


--
-- Name: day_lines_20260114_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_pkey ATTACH PARTITION settle.day_lines_20260114_pkey;


--
-- Name: day_lines_20260115_member_id_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_member_idx ATTACH PARTITION settle.day_lines_20260115_member_id_settle_date_idx;


--
-- Name: day_lines_20260115_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_pkey ATTACH PARTITION settle.day_lines_20260115_pkey;


--
-- Name: day_lines_20260116_member_id_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_member_idx ATTACH PARTITION settle.day_lines_20260116_member_id_settle_date_idx;


--
-- Name: day_lines_20260116_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_pkey ATTACH PARTITION settle.day_lines_20260116_pkey;


--
-- Name: day_lines_20260117_member_id_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_member_idx ATTACH PARTITION settle.day_lines_20260117_member_id_settle_date_idx;


--
-- Name: day_lines_20260117_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_pkey ATTACH PARTITION settle.day_lines_20260117_pkey;


--
-- Name: day_lines_20260118_member_id_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_member_idx ATTACH PARTITION settle.day_lines_20260118_member_id_settle_date_idx;


--
-- Name: day_lines_20260118_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_pkey ATTACH PARTITION settle.day_lines_20260118_pkey;


--
-- Name: day_lines_20260119_member_id_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_member_idx ATTACH PARTITION settle.day_lines_20260119_member_id_settle_date_idx;


--
-- Name: day_lines_20260119_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_pkey ATTACH PARTITION settle.day_lines_20260119_pkey;


--
-- Name: day_lines_20260120_member_id_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_member_idx ATTACH PARTITION settle.day_lines_20260120_member_id_settle_date_idx;


--
-- Name: day_lines_20260120_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_pkey ATTACH PARTITION settle.day_lines_20260120_pkey;


--
-- Name: day_lines_20260121_member_id_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_member_idx ATTACH PARTITION settle.day_lines_20260121_member_id_settle_date_idx;


--
-- Name: day_lines_20260121_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_pkey ATTACH PARTITION settle.day_lines_20260121_pkey;


--
-- Name: day_lines_20260122_member_id_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_member_idx ATTACH PARTITION settle.day_lines_20260122_member_id_settle_date_idx;


--
-- Name: day_lines_20260122_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_pkey ATTACH PARTITION settle.day_lines_20260122_pkey;


--
-- Name: day_lines_20260123_member_id_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_member_idx ATTACH PARTITION settle.day_lines_20260123_member_id_settle_date_idx;


--
-- Name: day_lines_20260123_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_pkey ATTACH PARTITION settle.day_lines_20260123_pkey;


--
-- Name: day_lines_20260124_member_id_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_member_idx ATTACH PARTITION settle.day_lines_20260124_member_id_settle_date_idx;


--
-- Name: day_lines_20260124_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_pkey ATTACH PARTITION settle.day_lines_20260124_pkey;


--
-- Name: day_lines_20260125_member_id_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_member_idx ATTACH PARTITION settle.day_lines_20260125_member_id_settle_date_idx;


--
-- Name: day_lines_20260125_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_pkey ATTACH PARTITION settle.day_lines_20260125_pkey;


--
-- Name: day_lines_20260126_member_id_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_member_idx ATTACH PARTITION settle.day_lines_20260126_member_id_settle_date_idx;


--
-- Name: day_lines_20260126_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_pkey ATTACH PARTITION settle.day_lines_20260126_pkey;


--
-- Name: day_lines_20260127_member_id_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_member_idx ATTACH PARTITION settle.day_lines_20260127_member_id_settle_date_idx;


--
-- Name: day_lines_20260127_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_pkey ATTACH PARTITION settle.day_lines_20260127_pkey;


--
-- Name: day_lines_20260128_member_id_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_member_idx ATTACH PARTITION settle.day_lines_20260128_member_id_settle_date_idx;


--
-- Name: day_lines_20260128_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_pkey ATTACH PARTITION settle.day_lines_20260128_pkey;


--
-- Name: day_lines_20260129_member_id_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_member_idx ATTACH PARTITION settle.day_lines_20260129_member_id_settle_date_idx;


--
-- Name: day_lines_20260129_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_pkey ATTACH PARTITION settle.day_lines_20260129_pkey;


--
-- Name: day_lines_20260130_member_id_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_member_idx ATTACH PARTITION settle.day_lines_20260130_member_id_settle_date_idx;


--
-- Name: day_lines_20260130_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.day_lines_pkey ATTACH PARTITION settle.day_lines_20260130_pkey;


--
-- Name: lot_days_20260101_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_pkey ATTACH PARTITION settle.lot_days_20260101_pkey;


--
-- Name: lot_days_20260101_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_exhausted_idx ATTACH PARTITION settle.lot_days_20260101_settle_date_idx;


--
-- Name: lot_days_20260102_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_pkey ATTACH PARTITION settle.lot_days_20260102_pkey;


--
-- Name: lot_days_20260102_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_exhausted_idx ATTACH PARTITION settle.lot_days_20260102_settle_date_idx;


--
-- Name: lot_days_20260103_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_pkey ATTACH PARTITION settle.lot_days_20260103_pkey;


--
-- Name: lot_days_20260103_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_exhausted_idx ATTACH PARTITION settle.lot_days_20260103_settle_date_idx;


--
-- Name: lot_days_20260104_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_pkey ATTACH PARTITION settle.lot_days_20260104_pkey;


--
-- Name: lot_days_20260104_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_exhausted_idx ATTACH PARTITION settle.lot_days_20260104_settle_date_idx;


--
-- Name: lot_days_20260105_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_pkey ATTACH PARTITION settle.lot_days_20260105_pkey;


--
-- Name: lot_days_20260105_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_exhausted_idx ATTACH PARTITION settle.lot_days_20260105_settle_date_idx;


--
-- Name: lot_days_20260106_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_pkey ATTACH PARTITION settle.lot_days_20260106_pkey;


--
-- Name: lot_days_20260106_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_exhausted_idx ATTACH PARTITION settle.lot_days_20260106_settle_date_idx;


--
-- Name: lot_days_20260107_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_pkey ATTACH PARTITION settle.lot_days_20260107_pkey;


--
-- Name: lot_days_20260107_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_exhausted_idx ATTACH PARTITION settle.lot_days_20260107_settle_date_idx;


--
-- Name: lot_days_20260108_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_pkey ATTACH PARTITION settle.lot_days_20260108_pkey;


--
-- Name: lot_days_20260108_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_exhausted_idx ATTACH PARTITION settle.lot_days_20260108_settle_date_idx;


--
-- Name: lot_days_20260109_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_pkey ATTACH PARTITION settle.lot_days_20260109_pkey;


--
-- Name: lot_days_20260109_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_exhausted_idx ATTACH PARTITION settle.lot_days_20260109_settle_date_idx;


--
-- Name: lot_days_20260110_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_pkey ATTACH PARTITION settle.lot_days_20260110_pkey;


--
-- Name: lot_days_20260110_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_exhausted_idx ATTACH PARTITION settle.lot_days_20260110_settle_date_idx;


--
-- Name: lot_days_20260111_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_pkey ATTACH PARTITION settle.lot_days_20260111_pkey;


--
-- Name: lot_days_20260111_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_exhausted_idx ATTACH PARTITION settle.lot_days_20260111_settle_date_idx;


--
-- Name: lot_days_20260112_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_pkey ATTACH PARTITION settle.lot_days_20260112_pkey;


--
-- Name: lot_days_20260112_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_exhausted_idx ATTACH PARTITION settle.lot_days_20260112_settle_date_idx;


--
-- Name: lot_days_20260113_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_pkey ATTACH PARTITION settle.lot_days_20260113_pkey;


--
-- Name: lot_days_20260113_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_exhausted_idx ATTACH PARTITION settle.lot_days_20260113_settle_date_idx;


--
-- Name: lot_days_20260114_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_pkey ATTACH PARTITION settle.lot_days_20260114_pkey;


--
-- Name: lot_days_20260114_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_exhausted_idx ATTACH PARTITION settle.lot_days_20260114_settle_date_idx;


--
-- Name: lot_days_20260115_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_pkey ATTACH PARTITION settle.lot_days_20260115_pkey;


--
-- Name: lot_days_20260115_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_exhausted_idx ATTACH PARTITION settle.lot_days_20260115_settle_date_idx;


--
-- Name: lot_days_20260116_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_pkey ATTACH PARTITION settle.lot_days_20260116_pkey;


--
-- Name: lot_days_20260116_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_exhausted_idx ATTACH PARTITION settle.lot_days_20260116_settle_date_idx;


--
-- Name: lot_days_20260117_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_pkey ATTACH PARTITION settle.lot_days_20260117_pkey;


--
-- Name: lot_days_20260117_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_exhausted_idx ATTACH PARTITION settle.lot_days_20260117_settle_date_idx;


--
-- Name: lot_days_20260118_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_pkey ATTACH PARTITION settle.lot_days_20260118_pkey;


--
-- Name: lot_days_20260118_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_exhausted_idx ATTACH PARTITION settle.lot_days_20260118_settle_date_idx;


--
-- Name: lot_days_20260119_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_pkey ATTACH PARTITION settle.lot_days_20260119_pkey;


--
-- Name: lot_days_20260119_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_exhausted_idx ATTACH PARTITION settle.lot_days_20260119_settle_date_idx;


--
-- Name: lot_days_20260120_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_pkey ATTACH PARTITION settle.lot_days_20260120_pkey;


--
-- Name: lot_days_20260120_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_exhausted_idx ATTACH PARTITION settle.lot_days_20260120_settle_date_idx;


--
-- Name: lot_days_20260121_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_pkey ATTACH PARTITION settle.lot_days_20260121_pkey;


--
-- Name: lot_days_20260121_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_exhausted_idx ATTACH PARTITION settle.lot_days_20260121_settle_date_idx;


--
-- Name: lot_days_20260122_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_pkey ATTACH PARTITION settle.lot_days_20260122_pkey;


--
-- Name: lot_days_20260122_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_exhausted_idx ATTACH PARTITION settle.lot_days_20260122_settle_date_idx;


--
-- Name: lot_days_20260123_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_pkey ATTACH PARTITION settle.lot_days_20260123_pkey;


--
-- Name: lot_days_20260123_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_exhausted_idx ATTACH PARTITION settle.lot_days_20260123_settle_date_idx;


--
-- Name: lot_days_20260124_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_pkey ATTACH PARTITION settle.lot_days_20260124_pkey;


--
-- Name: lot_days_20260124_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_exhausted_idx ATTACH PARTITION settle.lot_days_20260124_settle_date_idx;


--
-- Name: lot_days_20260125_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_pkey ATTACH PARTITION settle.lot_days_20260125_pkey;


--
-- Name: lot_days_20260125_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_exhausted_idx ATTACH PARTITION settle.lot_days_20260125_settle_date_idx;


--
-- Name: lot_days_20260126_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_pkey ATTACH PARTITION settle.lot_days_20260126_pkey;


--
-- Name: lot_days_20260126_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_exhausted_idx ATTACH PARTITION settle.lot_days_20260126_settle_date_idx;


--
-- Name: lot_days_20260127_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_pkey ATTACH PARTITION settle.lot_days_20260127_pkey;


--
-- Name: lot_days_20260127_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_exhausted_idx ATTACH PARTITION settle.lot_days_20260127_settle_date_idx;


--
-- Name: lot_days_20260128_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_pkey ATTACH PARTITION settle.lot_days_20260128_pkey;


--
-- Name: lot_days_20260128_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_exhausted_idx ATTACH PARTITION settle.lot_days_20260128_settle_date_idx;


--
-- Name: lot_days_20260129_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_pkey ATTACH PARTITION settle.lot_days_20260129_pkey;


--
-- Name: lot_days_20260129_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_exhausted_idx ATTACH PARTITION settle.lot_days_20260129_settle_date_idx;


--
-- Name: lot_days_20260130_pkey; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_pkey ATTACH PARTITION settle.lot_days_20260130_pkey;


--
-- Name: lot_days_20260130_settle_date_idx; Type: INDEX ATTACH; Schema: settle; Owner: -
--

ALTER INDEX settle.lot_days_exhausted_idx ATTACH PARTITION settle.lot_days_20260130_settle_date_idx;


--
-- Name: members members_referrer_fixed; Type: TRIGGER; Schema: settle; Owner: -
--

CREATE TRIGGER members_referrer_fixed BEFORE UPDATE OF referrer_id ON settle.members FOR EACH ROW EXECUTE FUNCTION settle.refuse_referrer_change();


--
-- Name: wallet_adjustments wallet_adjustments_append_only; Type: TRIGGER; Schema: settle; Owner: -
--

CREATE TRIGGER wallet_adjustments_append_only BEFORE DELETE OR UPDATE ON settle.wallet_adjustments FOR EACH ROW EXECUTE FUNCTION settle.refuse_adjustment_change();


--
-- Name: days days_run_id_fkey; Type: FK CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.days
    ADD CONSTRAINT days_run_id_fkey FOREIGN KEY (run_id) REFERENCES settle.runs(id);


--
-- Name: members members_referrer_id_fkey; Type: FK CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.members
    ADD CONSTRAINT members_referrer_id_fkey FOREIGN KEY (referrer_id) REFERENCES settle.members(id);


--
-- Name: orders orders_member_id_fkey; Type: FK CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.orders
    ADD CONSTRAINT orders_member_id_fkey FOREIGN KEY (member_id) REFERENCES settle.members(id);


--
-- Name: runs runs_voided_by_run_fkey; Type: FK CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.runs
    ADD CONSTRAINT runs_voided_by_run_fkey FOREIGN KEY (voided_by_run) REFERENCES settle.runs(id);


--
-- Name: wallet_adjustments wallet_adjustments_member_id_fkey; Type: FK CONSTRAINT; Schema: settle; Owner: -
--

ALTER TABLE ONLY settle.wallet_adjustments
    ADD CONSTRAINT wallet_adjustments_member_id_fkey FOREIGN KEY (member_id) REFERENCES settle.members(id);


--
-- PostgreSQL database dump complete
--


