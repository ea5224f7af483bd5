-- API keys created through POST /admin/api-keys (issue 17). The key itself is never stored: only
-- its SHA-256 (KeyDigests). Each change is also published, hashed, on rollcall.credentials.v1,
-- which every service with an API follows.
CREATE TABLE api_key (
    key_id     TEXT PRIMARY KEY,
    tenant     TEXT        NOT NULL,
    sha256     TEXT        NOT NULL UNIQUE,
    scopes     TEXT        NOT NULL,
    label      TEXT,
    created_by TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    revoked_at TIMESTAMPTZ
);
CREATE INDEX api_key_tenant ON api_key (tenant);
