-- Position in rollcall.links.v1 up to which the registry is applied, stored with the registry
-- itself: an empty database re-reads the compacted topic from the beginning, whatever the consumer
-- group committed.
CREATE TABLE consumer_offset (
    topic       TEXT    NOT NULL,
    partition   INTEGER NOT NULL,
    next_offset BIGINT  NOT NULL,
    PRIMARY KEY (topic, partition)
);
