-- Erasure (issue 17, DELETE /people/{ref} on meeting-service, PersonErased on
-- rollcall.erasures.v1). Neither table is part of the projection: POST /admin/rebuild keeps them,
-- so that replaying rollcall.participants.v1 erases the person again.

-- The people erased: sha256 hex of "<tenant>/<ref>" (never the ref itself), whether the tenant
-- keeps their attended time as an anonymous entry, and the latest erasure that named them (its id
-- is the anonymous entry's chain: "erased:<erasure id>").
CREATE TABLE erased_person (
    ref_hash               TEXT        PRIMARY KEY,
    tenant                 TEXT        NOT NULL,
    erasure_id             TEXT        NOT NULL,
    keep_anonymous_totals  BOOLEAN     NOT NULL,
    erased_at              TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The connections that were an erased person's (Zoom ids only): a later message of such a
-- connection that no longer names the person (identity-service erased its side too) is still
-- theirs, and must not bring back the name Zoom reported.
CREATE TABLE erased_connection (
    instance_uuid          TEXT        NOT NULL,
    connection_id          TEXT        NOT NULL,
    tenant                 TEXT        NOT NULL,
    erasure_id             TEXT        NOT NULL,
    keep_anonymous_totals  BOOLEAN     NOT NULL,
    PRIMARY KEY (instance_uuid, connection_id)
);
