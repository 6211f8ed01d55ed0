package dev.careshop.adapter.persistence.idempotency;

import static dev.careshop.adapter.persistence.shared.SqlTimestamps.utc;

import dev.careshop.adapter.persistence.shared.SqlTimestamps;
import dev.careshop.application.idempotency.port.in.IdempotencyKey;
import dev.careshop.application.idempotency.port.in.StoredResponse;
import dev.careshop.application.idempotency.port.out.IdempotencyRecordsPort;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code idempotency_keys} (V9) in plain SQL. The lock is a transaction-scoped advisory lock on a 64-bit hash of the
 * owner and key: it needs no row (the first request's row only exists once it commits), and it goes with the
 * transaction, however that ends. Two keys whose hashes collide merely exclude each other for a moment.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class IdempotencyKeyPersistenceAdapter implements IdempotencyRecordsPort {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() { };

    private static final String LOCK = """
            SELECT pg_try_advisory_xact_lock(
                hashtextextended(coalesce(CAST(CAST(:owner AS uuid) AS text), 'anonymous') || ':' || :key, 0))""";

    private static final String FIND = """
            SELECT fingerprint, response_status, CAST(response_headers AS text), response_body, created_at
            FROM idempotency_keys
            WHERE owner_id IS NOT DISTINCT FROM CAST(:owner AS uuid) AND idempotency_key = :key
              AND created_at >= :notBefore""";

    /** Replaces an expired answer that the purge has not deleted yet. */
    private static final String SAVE = """
            INSERT INTO idempotency_keys (owner_id, idempotency_key, fingerprint, response_status, response_headers,
                                          response_body, created_at)
            VALUES (CAST(:owner AS uuid), :key, :fingerprint, :status, CAST(:headers AS jsonb), :body, :createdAt)
            ON CONFLICT ON CONSTRAINT uq_idempotency_keys_owner_key DO UPDATE
            SET fingerprint = excluded.fingerprint, response_status = excluded.response_status,
                response_headers = excluded.response_headers, response_body = excluded.response_body,
                created_at = excluded.created_at""";

    private final EntityManager entityManager;

    IdempotencyKeyPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public boolean tryLock(IdempotencyKey key) {
        Object locked = query(LOCK, key).getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    @Override
    public Optional<Record> find(IdempotencyKey key, Instant notBefore) {
        List<Object> rows = query(FIND, key).setParameter("notBefore", utc(notBefore)).getResultList();
        return rows.stream().findFirst().map(row -> toRecord((Object[]) row));
    }

    private static Record toRecord(Object[] row) {
        StoredResponse response = new StoredResponse(((Number) row[1]).intValue(),
                JSON.readValue((String) row[2], HEADERS), (byte[]) row[3]);
        return new Record((String) row[0], response, SqlTimestamps.instant(row[4]));
    }

    @Override
    public void save(IdempotencyKey key, Record record) {
        query(SAVE, key)
                .setParameter("fingerprint", record.fingerprint())
                .setParameter("status", record.response().status())
                .setParameter("headers", JSON.writeValueAsString(record.response().headers()))
                .setParameter("body", record.response().body())
                .setParameter("createdAt", utc(record.createdAt()))
                .executeUpdate();
    }

    @Override
    public int deleteCreatedBefore(Instant before) {
        return entityManager.createNativeQuery("DELETE FROM idempotency_keys WHERE created_at < :before")
                .setParameter("before", utc(before))
                .executeUpdate();
    }

    /** The statement with the key bound; the owner typed, since it is null for anonymous requests. */
    @SuppressWarnings("unchecked")
    private NativeQuery<Object> query(String sql, IdempotencyKey key) {
        return entityManager.createNativeQuery(sql)
                .unwrap(NativeQuery.class)
                .setParameter("owner", key.ownerId(), UUID.class)
                .setParameter("key", key.value());
    }
}
