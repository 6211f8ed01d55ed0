-- The transactional outbox: the events of business changes, written by the use case in its own transaction and
-- published to the broker afterwards by the relay (RelayEventsService). A row exists exactly when its change was
-- committed; published_at is set once the broker confirmed the row, and published rows are purged after 7 days.

-- The last sequence number handed out per aggregate. Each new event takes the next one with an upsert, which locks
-- the aggregate's row until commit: two transactions that raise events for one aggregate number them in commit order,
-- and purging old outbox rows never makes a number come back.
CREATE TABLE event_stream (
    aggregate_type varchar(40) NOT NULL,
    aggregate_id   uuid        NOT NULL,
    last_sequence  bigint      NOT NULL CHECK (last_sequence > 0),
    PRIMARY KEY (aggregate_type, aggregate_id)
);

CREATE TABLE outbox (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id       uuid        NOT NULL UNIQUE,
    event_type     varchar(60) NOT NULL,
    aggregate_type varchar(40) NOT NULL,
    aggregate_id   uuid        NOT NULL,
    sequence       bigint      NOT NULL CHECK (sequence > 0),
    occurred_at    timestamptz NOT NULL,
    payload        jsonb       NOT NULL,
    published_at   timestamptz,
    UNIQUE (aggregate_type, aggregate_id, sequence)
);

-- The relay asks which unpublished rows come first (this index holds only those: a handful, however large the table)
-- and whether an aggregate has an earlier unpublished event (the unique index above: an aggregate has few events).
CREATE INDEX outbox_unpublished ON outbox (id) WHERE published_at IS NULL;
-- The purge's.
CREATE INDEX outbox_published_at ON outbox (published_at) WHERE published_at IS NOT NULL;
