-- People erased on their tenant's request (rollcall.erasures.v1, PersonErased): only the fact,
-- as sha256 of tenant + "/" + ref (hex), never the ref itself. A link or manual assignment of an
-- erased person that arrives later (a registry rebuild from the topic, a replay) is not stored, so
-- nobody resolves to that person again.
CREATE TABLE erased_person (
    ref_hash    TEXT PRIMARY KEY,
    tenant      TEXT NOT NULL,
    erasure_id  TEXT NOT NULL,
    erased_at   TIMESTAMPTZ NOT NULL
);

-- The connections of erased people: a late event of one (a participant_left, a report row) is
-- stored and published without the person's name, email, phone number, registrant id or customer
-- key. Zoom's connection ids, not personal data.
CREATE TABLE erased_connection (
    instance_uuid TEXT NOT NULL,
    connection_id TEXT NOT NULL,
    erasure_id    TEXT NOT NULL,
    PRIMARY KEY (instance_uuid, connection_id)
);
