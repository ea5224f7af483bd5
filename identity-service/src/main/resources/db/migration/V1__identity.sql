-- identity-service's own tables: the link registry, what it has seen, what it has told, and the outbox.

-- Ids of consumed messages whose effect is committed (raw envelopes by dedup key, links by event id).
CREATE TABLE processed_message (
    id           TEXT PRIMARY KEY,
    processed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Latest state of every link of rollcall.links.v1 (revoked ones included).
CREATE TABLE link (
    link_id       TEXT PRIMARY KEY,
    meeting_id    TEXT NOT NULL,
    role          TEXT NOT NULL,
    status        TEXT NOT NULL,
    invitee_ref   TEXT,
    registrant_id TEXT,
    customer_key  TEXT,
    email         TEXT,
    first_name    TEXT,
    last_name     TEXT,
    zoom_user_id  TEXT,
    meeting_json  TEXT,
    occurred_at   TIMESTAMPTZ,
    event_id      TEXT NOT NULL
);
CREATE INDEX link_meeting_registrant ON link (meeting_id, registrant_id);
CREATE INDEX link_meeting_customer_key ON link (meeting_id, customer_key);

-- Every participant event of every instance, reduced to what resolution needs.
CREATE TABLE observation (
    source_key       TEXT PRIMARY KEY,
    instance_uuid    TEXT NOT NULL,
    meeting_id       TEXT NOT NULL,
    connection_id    TEXT NOT NULL,
    action           TEXT NOT NULL,
    occurred_at      TIMESTAMPTZ,
    participant_json TEXT NOT NULL
);
CREATE INDEX observation_instance ON observation (instance_uuid);
CREATE INDEX observation_meeting ON observation (meeting_id);

-- What consumers were last told about each connection.
CREATE TABLE connection_state (
    instance_uuid   TEXT NOT NULL,
    connection_id   TEXT NOT NULL,
    meeting_id      TEXT NOT NULL,
    revision        INTEGER NOT NULL,
    resolution_json TEXT NOT NULL,
    PRIMARY KEY (instance_uuid, connection_id)
);

-- Messages for rollcall.participants.v1, written in the transaction of the change they describe.
CREATE TABLE outbox (
    id           BIGSERIAL PRIMARY KEY,
    event_id     TEXT NOT NULL UNIQUE,
    message_key  TEXT NOT NULL,
    payload      TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at TIMESTAMPTZ
);
CREATE INDEX outbox_unpublished ON outbox (id) WHERE published_at IS NULL;
