package dev.careshop.adapter.persistence.identity.login;

import static dev.careshop.adapter.persistence.shared.SqlTimestamps.utc;

import dev.careshop.application.identity.login.port.out.LoginAttemptsPort;
import dev.careshop.application.identity.login.port.out.LoginCredentialsPort;
import dev.careshop.domain.identity.Actor;
import dev.careshop.domain.shop.user.PasswordHash;
import dev.careshop.domain.shop.user.Role;
import dev.careshop.domain.shop.user.UserId;
import dev.careshop.domain.shop.user.Username;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logging in, in plain SQL: the credentials are a narrow read of the {@code users} table (no aggregate is loaded to
 * check a password), and the failed attempts live in {@code login_failures} (V4).
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class LoginPersistenceAdapter implements LoginCredentialsPort, LoginAttemptsPort {

    private final EntityManager entityManager;

    LoginPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<LoginCredentials> findByLogin(String login) {
        // Both sides through PostgreSQL's lower(), the expression the unique indexes are built on.
        List<?> rows = entityManager.createNativeQuery("""
                        SELECT id, username, role, active, password_hash FROM users
                        WHERE lower(username) = lower(:login) OR lower(email) = lower(:login)""", Object[].class)
                .setParameter("login", login)
                .getResultList();
        // A username cannot contain '@' and an e-mail address must, so at most one row matches.
        return rows.stream().findFirst().map(row -> credentials((Object[]) row));
    }

    private static LoginCredentials credentials(Object[] row) {
        Actor actor = new Actor(new UserId((UUID) row[0]), new Username((String) row[1]), Role.valueOf((String) row[2]));
        return new LoginCredentials(actor, (Boolean) row[3], new PasswordHash((String) row[4]));
    }

    @Override
    public void lock(String key) {
        // A transaction-scoped advisory lock on the key's 64-bit hash: released by commit or rollback, never leaked.
        entityManager.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .setParameter("key", key)
                .getSingleResult();
    }

    @Override
    public List<Instant> failuresSince(String key, Instant since, int limit) {
        List<?> rows = entityManager.createNativeQuery("""
                        SELECT failed_at FROM login_failures
                        WHERE throttle_key = :key AND failed_at > :since
                        ORDER BY failed_at DESC LIMIT :limit""", OffsetDateTime.class)
                .setParameter("key", key)
                .setParameter("since", utc(since))
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(row -> ((OffsetDateTime) row).toInstant()).toList();
    }

    @Override
    public void recordFailure(String key, Instant at) {
        entityManager.createNativeQuery("INSERT INTO login_failures (throttle_key, failed_at) VALUES (:key, :at)")
                .setParameter("key", key)
                .setParameter("at", utc(at))
                .executeUpdate();
    }

    @Override
    public void clearFailures(String key) {
        entityManager.createNativeQuery("DELETE FROM login_failures WHERE throttle_key = :key")
                .setParameter("key", key)
                .executeUpdate();
    }

    @Override
    public void forgetFailuresBefore(Instant cutoff) {
        entityManager.createNativeQuery("DELETE FROM login_failures WHERE failed_at <= :cutoff")
                .setParameter("cutoff", utc(cutoff))
                .executeUpdate();
    }
}
