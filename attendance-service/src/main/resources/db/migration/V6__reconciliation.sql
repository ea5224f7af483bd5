-- Reconciliation with Zoom's participants report (issue 15). A report row's join and leave are kept
-- apart from the webhooks' so that merging stays commutative: the effective join is the webhook's,
-- else the report's; the effective leave the webhook's, else the report's, else the meeting's end.
-- NULL on every connection stored before this (no report had reached them).
ALTER TABLE connection
    ADD COLUMN report_joined_at TIMESTAMPTZ,
    ADD COLUMN report_left_at   TIMESTAMPTZ,
    ADD COLUMN report_name      TEXT;

-- The latest instance_reconciled of each instance (NULL before any), and how many of its sessions
-- the report had to fix as its connections stand now: kept by the projection's batches (a delta per
-- batch), so reading them costs nothing per connection. 0 before this, when no report existed.
ALTER TABLE meeting_instance
    ADD COLUMN reconciled_at      TIMESTAMPTZ,
    ADD COLUMN reconcile_fetch_id TEXT,
    ADD COLUMN reconcile_trigger  TEXT,
    ADD COLUMN rows_read          INTEGER,
    ADD COLUMN sessions_added     INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN sessions_changed   INTEGER NOT NULL DEFAULT 0;

-- What the metrics rollcall_reconciliation_sessions_{added,changed}_total have counted per instance:
-- the highest sessions_added / sessions_changed seen when an instance_reconciled was applied. The
-- metrics move by the excess only, so redelivery and replay count nothing twice. Not part of the
-- projection: POST /admin/rebuild (which replays the report's events) keeps it.
CREATE TABLE reconciliation_count (
    instance_uuid     TEXT        PRIMARY KEY,
    sessions_added    INTEGER     NOT NULL,
    sessions_changed  INTEGER     NOT NULL,
    counted_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
