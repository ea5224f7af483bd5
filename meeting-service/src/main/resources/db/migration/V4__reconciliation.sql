-- Reconciliation with Zoom's participants report (issue 15): one row per meeting instance whose
-- report meeting-service reads and publishes on rollcall.reports.v1.
--   state: pending (waits for due_at), fetching (claimed by a replica until due_at, the lease; a
--   crashed fetch is claimed again when it expires), done, failed (gave up after max attempts, or
--   Zoom refused for good; last_error says why).
--   trigger: meeting_ended | on_demand | sweep (ReportCompleted.trigger).
--   fetch_id: the fetch that holds the lease, then the one that completed (ReportCompleted.fetch_id).
CREATE TABLE reconciliation (
    instance_uuid TEXT PRIMARY KEY,
    meeting_id    TEXT        NOT NULL REFERENCES meeting (meeting_id),
    trigger       TEXT        NOT NULL,
    state         TEXT        NOT NULL,
    due_at        TIMESTAMPTZ NOT NULL,
    attempts      INTEGER     NOT NULL DEFAULT 0,
    last_error    TEXT,
    fetch_id      TEXT,
    fetched_at    TIMESTAMPTZ,
    rows_read     INTEGER,
    requested_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- The scheduled job's "due rows" query (FOR UPDATE SKIP LOCKED).
CREATE INDEX reconciliation_due ON reconciliation (due_at) WHERE state IN ('pending', 'fetching');
CREATE INDEX reconciliation_meeting ON reconciliation (meeting_id);
