-- The outbox in the shape every service shares (service-outbox's OutboxMessage): each row names its
-- topic. Rows written before keep their ids and stay unpublished until the relay has sent them;
-- they get this service's topic (placeholder outbox_topic, from rollcall.topic.participants).
-- A constant default makes ADD COLUMN a catalog change, without rewriting the table.
ALTER TABLE outbox ADD COLUMN topic TEXT NOT NULL DEFAULT '${outbox_topic}';
ALTER TABLE outbox ALTER COLUMN topic DROP DEFAULT;
