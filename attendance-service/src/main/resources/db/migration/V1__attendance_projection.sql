-- The attendance projection of rollcall.participants.v1. Facts per connection are stored, the
-- per-person answer is derived at query time, so the state does not depend on arrival order.

CREATE TABLE meeting_instance (
    instance_uuid  TEXT        PRIMARY KEY,
    meeting_id     TEXT        NOT NULL,
    topic          TEXT,
    host_id        TEXT,
    started_at     TIMESTAMPTZ,
    ended_at       TIMESTAMPTZ,
    -- earliest event time seen for the instance: orders instances whose meeting.started is missing
    first_seen_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX meeting_instance_by_meeting
    ON meeting_instance (meeting_id, (COALESCE(started_at, first_seen_at)) DESC);

CREATE TABLE connection (
    instance_uuid   TEXT        NOT NULL REFERENCES meeting_instance (instance_uuid),
    connection_id   TEXT        NOT NULL,
    chain_key       TEXT        NOT NULL,
    joined_at       TIMESTAMPTZ,
    left_at         TIMESTAMPTZ,
    leave_reason    TEXT,
    reported_name   TEXT,
    name_from_join  BOOLEAN     NOT NULL DEFAULT FALSE,
    ref             TEXT,
    role            TEXT,
    name            TEXT,
    email           TEXT,
    method          TEXT        NOT NULL,
    confidence      TEXT        NOT NULL,
    flags           TEXT[]      NOT NULL DEFAULT '{}',
    revision        INTEGER     NOT NULL,
    PRIMARY KEY (instance_uuid, connection_id)
);
CREATE INDEX connection_by_person ON connection (ref, instance_uuid) WHERE ref IS NOT NULL;
CREATE INDEX connection_by_instance_person ON connection (instance_uuid, ref);
CREATE INDEX connection_by_chain ON connection (instance_uuid, chain_key) WHERE ref IS NULL;

CREATE TABLE waiting_mark (
    instance_uuid  TEXT        NOT NULL,
    connection_id  TEXT        NOT NULL,
    at             TIMESTAMPTZ NOT NULL,
    entered        BOOLEAN     NOT NULL,
    PRIMARY KEY (instance_uuid, connection_id, at, entered)
);

-- Idempotent consumption: a message's effect and its id commit in one transaction.
CREATE TABLE processed_message (
    event_id      TEXT        PRIMARY KEY,
    processed_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Transactional outbox of rollcall.attendance.v1; the relay publishes rows in id order.
-- Kept across rebuilds so that a replay does not publish the same event ids again.
CREATE TABLE outbox (
    id            BIGSERIAL   PRIMARY KEY,
    event_id      TEXT        NOT NULL UNIQUE,
    message_key   TEXT        NOT NULL,
    payload       TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at  TIMESTAMPTZ
);
CREATE INDEX outbox_unpublished ON outbox (id) WHERE published_at IS NULL;
