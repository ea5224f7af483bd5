-- Manual corrections (issue 15). An operator's assignment in force on a connection, as
-- identity-service published it (identity.assignment of a connection_corrected with method manual):
-- who, why, when, and what the evidence alone decides (ref, method, confidence). NULL otherwise.
ALTER TABLE connection
    ADD COLUMN assigned_by          TEXT,
    ADD COLUMN assignment_reason    TEXT,
    ADD COLUMN assigned_at          TIMESTAMPTZ,
    ADD COLUMN evidence_ref         TEXT,
    ADD COLUMN evidence_method      TEXT,
    ADD COLUMN evidence_confidence  TEXT;

-- Every link Rollcall issued, from rollcall.links.v1 (compacted; read from the beginning in its own
-- consumer group): who may be assigned in a meeting. The latest state per link wins (occurred_at),
-- so redelivery and replay change nothing. Not part of the projection: a rebuild keeps it.
CREATE TABLE invitee_link (
    link_id      TEXT        PRIMARY KEY,
    meeting_id   TEXT        NOT NULL,
    ref          TEXT        NOT NULL,
    role         TEXT        NOT NULL,   -- LinkRole's name
    status       TEXT        NOT NULL,   -- LinkStatus's name
    name         TEXT,
    email        TEXT,
    occurred_at  TIMESTAMPTZ,
    event_id     TEXT        NOT NULL
);
CREATE INDEX invitee_link_by_meeting_ref ON invitee_link (meeting_id, ref);
