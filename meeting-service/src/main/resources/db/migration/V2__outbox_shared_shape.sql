-- The outbox in the shape every service shares (service-outbox's OutboxMessage): sent_at becomes
-- published_at, the payload (JSON) is stored as text, created_at defaults to the database's clock.
-- Unsent rows keep their ids, topics and payloads (byte for byte: they are UTF-8 JSON), so the relay
-- publishes them as before.
ALTER TABLE outbox RENAME COLUMN sent_at TO published_at;
ALTER TABLE outbox ALTER COLUMN payload TYPE TEXT USING convert_from(payload, 'UTF8');
ALTER TABLE outbox ALTER COLUMN created_at SET DEFAULT now();
ALTER INDEX outbox_unsent RENAME TO outbox_unpublished;

-- The hourly purge of published rows (meeting-service kept them forever before).
CREATE INDEX outbox_published_at ON outbox (published_at) WHERE published_at IS NOT NULL;
