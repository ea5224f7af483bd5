-- Operators' manual assignments and withdrawals (rollcall.assignments.v1), per instance: an
-- instance's resolution is rebuilt from its observations and these.
CREATE TABLE manual_assignment (
    event_id      TEXT PRIMARY KEY,
    instance_uuid TEXT NOT NULL,
    meeting_id    TEXT NOT NULL,
    connection_id TEXT NOT NULL,
    ref           TEXT,
    reason        TEXT,
    assigned_by   TEXT NOT NULL,
    assigned_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX manual_assignment_instance ON manual_assignment (instance_uuid);
