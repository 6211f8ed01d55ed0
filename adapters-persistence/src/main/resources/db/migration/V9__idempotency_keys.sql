-- Clients' Idempotency-Key headers and the answers to the requests that first used them (IdempotentRequestsService),
-- kept for 24 hours. A key belongs to its user; owner_id is null for requests without one (signing up), which share
-- one scope where only an identical request can replay an answer.
CREATE TABLE idempotency_keys (
    owner_id        uuid,
    idempotency_key varchar(255) NOT NULL CHECK (idempotency_key ~ '^[ -~]{1,255}$'),
    fingerprint     char(64)     NOT NULL,
    response_status smallint     NOT NULL CHECK (response_status BETWEEN 100 AND 599),
    response_headers jsonb       NOT NULL,
    response_body   bytea        NOT NULL,
    created_at      timestamptz  NOT NULL,
    -- One row per key and owner, the anonymous owner included (NULLS NOT DISTINCT, PostgreSQL 15).
    CONSTRAINT uq_idempotency_keys_owner_key UNIQUE NULLS NOT DISTINCT (owner_id, idempotency_key)
);

-- The hourly purge of keys older than 24 hours.
CREATE INDEX ix_idempotency_keys_created_at ON idempotency_keys (created_at);
