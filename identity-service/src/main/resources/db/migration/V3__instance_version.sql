-- One row per meeting instance that has participant events: its version, bumped by every
-- transaction that changes the instance's resolution state (under the meeting's advisory lock).
-- A replica keeps an instance's working state in memory together with the version it reflects; a
-- different version in the database (another replica worked on the instance, or the transaction
-- that last changed the cached state rolled back) makes it rebuild the state from the tables.
CREATE TABLE instance_version (
    instance_uuid TEXT PRIMARY KEY,
    meeting_id    TEXT NOT NULL,
    version       BIGINT NOT NULL
);
CREATE INDEX instance_version_meeting ON instance_version (meeting_id);

INSERT INTO instance_version (instance_uuid, meeting_id, version)
SELECT instance_uuid, min(meeting_id), 1 FROM observation GROUP BY instance_uuid;

-- The hourly purge of published outbox rows.
CREATE INDEX outbox_published_at ON outbox (published_at) WHERE published_at IS NOT NULL;
