-- Erasure (issue 17, DELETE /people/{ref}).
-- A tombstone on a compacted topic is a record with a null value: the outbox may hold one.
ALTER TABLE outbox ALTER COLUMN payload DROP NOT NULL;

-- One row per erasure meeting-service carried out. The ref is kept as sha256(tenant + "/" + ref)
-- only, so the table names nobody; it answers GET /people/{ref}/erasure and a repeated DELETE.
CREATE TABLE erasure (
    erasure_id   TEXT PRIMARY KEY,
    tenant       TEXT        NOT NULL,
    ref_digest   TEXT        NOT NULL,
    requested_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX erasure_ref ON erasure (tenant, ref_digest, requested_at);

-- What each service reported for an erasure: meeting-service's own (written with the erasure) and
-- every ErasureApplied read from rollcall.erasures.v1. counts: JSON object of kind -> count. A
-- service's later report replaces its earlier one.
CREATE TABLE erasure_report (
    erasure_id TEXT        NOT NULL,
    service    TEXT        NOT NULL,
    tenant     TEXT        NOT NULL,
    counts     TEXT        NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (erasure_id, service)
);
