-- The outbox in the shape every service shares (service-outbox's OutboxMessage): each row names its
-- topic. Rows written before keep their ids and stay unpublished until the relay has sent them;
-- they get this service's topic (placeholder outbox_topic, from rollcall.topic.participants).
-- A constant default makes ADD COLUMN a catalog change, without rewriting the table; it stays, so
-- that a replica of the previous version, which inserts without a topic, keeps working during a
-- rolling update (the current code always names the topic).
ALTER TABLE outbox ADD COLUMN topic TEXT NOT NULL DEFAULT '${outbox_topic}';
