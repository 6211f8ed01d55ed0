-- Security: failed logins for throttling, and finding the administrators.

-- Failed logins, counted per throttling key (the user's id when the login names a user, else the login as typed,
-- lower-cased), in the database so that the limit holds across every instance of the service. Rows older than the
-- throttling window are deleted as failures are recorded.

CREATE TABLE login_failures (
    id            bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    throttle_key  text         NOT NULL,
    failed_at     timestamptz  NOT NULL
);

-- "The newest failures of this key" is the question every login asks.
CREATE INDEX ix_login_failures_key_failed_at ON login_failures (throttle_key, failed_at DESC);
-- Forgetting expired failures is a range delete on time alone.
CREATE INDEX ix_login_failures_failed_at ON login_failures (failed_at);

-- "Is there an active administrator?" is asked at every start (and before the last one is demoted or deactivated);
-- staff and administrators are few, so a partial index holds only them.
CREATE INDEX ix_users_staff_roles ON users (role, active) WHERE role <> 'CUSTOMER';
