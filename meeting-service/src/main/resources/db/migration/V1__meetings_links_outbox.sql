-- Meetings scheduled through Rollcall, with the identity-relevant settings Zoom actually applied.
CREATE TABLE meeting (
    meeting_id             TEXT PRIMARY KEY,
    host_ref               TEXT        NOT NULL,
    host_id                TEXT        NOT NULL,
    host_email             TEXT,
    topic                  TEXT        NOT NULL,
    type                   INTEGER     NOT NULL,
    start_time             TIMESTAMPTZ,
    timezone               TEXT,
    duration               INTEGER,
    registration_required  BOOLEAN     NOT NULL,
    meeting_authentication BOOLEAN     NOT NULL,
    waiting_room           BOOLEAN     NOT NULL,
    join_before_host       BOOLEAN     NOT NULL,
    allow_multiple_devices BOOLEAN     NOT NULL,
    created_at             TIMESTAMPTZ NOT NULL
);

-- One link per (meeting, invitee ref): the unique constraint is what makes registration
-- idempotent under concurrent requests.
CREATE TABLE link (
    link_id       TEXT PRIMARY KEY,
    meeting_id    TEXT        NOT NULL REFERENCES meeting (meeting_id),
    invitee_ref   TEXT        NOT NULL,
    email         TEXT        NOT NULL,
    first_name    TEXT,
    last_name     TEXT,
    registrant_id TEXT        NOT NULL,
    join_url      TEXT        NOT NULL,
    customer_key  TEXT        NOT NULL UNIQUE,
    tracked_token TEXT UNIQUE,
    status        TEXT        NOT NULL,
    issued_at     TIMESTAMPTZ NOT NULL,
    revoked_at    TIMESTAMPTZ,
    CONSTRAINT link_meeting_ref UNIQUE (meeting_id, invitee_ref)
);
-- Zoom keys registrants by email: two refs sharing one email would share one Zoom link.
CREATE UNIQUE INDEX link_meeting_email ON link (meeting_id, lower(email));

CREATE TABLE link_click (
    id         BIGSERIAL PRIMARY KEY,
    link_id    TEXT        NOT NULL REFERENCES link (link_id),
    clicked_at TIMESTAMPTZ NOT NULL,
    user_agent TEXT
);

-- Host start links are never stored; only the fact that one was issued is.
CREATE TABLE host_link_issue (
    id         BIGSERIAL PRIMARY KEY,
    meeting_id TEXT        NOT NULL REFERENCES meeting (meeting_id),
    issued_at  TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);

-- Transactional outbox: rows are written in the same transaction as the state change they
-- describe; the relay publishes them and sets sent_at.
CREATE TABLE outbox (
    id          BIGSERIAL PRIMARY KEY,
    event_id    TEXT        NOT NULL UNIQUE,
    topic       TEXT        NOT NULL,
    message_key TEXT        NOT NULL,
    payload     BYTEA       NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    sent_at     TIMESTAMPTZ
);
CREATE INDEX outbox_unsent ON outbox (id) WHERE sent_at IS NULL;
