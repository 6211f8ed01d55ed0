package dev.careshop.adapter.persistence.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careshop.adapter.persistence.testsupport.PersistenceAdapterTest;
import dev.careshop.application.idempotency.port.in.IdempotencyKey;
import dev.careshop.application.idempotency.port.in.StoredResponse;
import dev.careshop.application.idempotency.port.out.IdempotencyRecordsPort.Record;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Keys per owner (the anonymous one included), answers stored byte for byte, and the lock between transactions. */
@Import(IdempotencyKeyPersistenceAdapter.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class IdempotencyKeyPersistenceAdapterTest extends PersistenceAdapterTest {

    private static final Instant NOON = Instant.parse("2026-03-29T12:00:00.123456Z");
    private static final StoredResponse CREATED = new StoredResponse(201,
            Map.of("Content-Type", "application/json", "Location", "/api/orders/1"),
            "{\"name\":\"Zoë\"}".getBytes(StandardCharsets.UTF_8));

    private final IdempotencyKeyPersistenceAdapter keys;

    @Autowired
    IdempotencyKeyPersistenceAdapterTest(IdempotencyKeyPersistenceAdapter keys) {
        this.keys = keys;
    }

    @AfterEach
    void forgetEveryKey() {
        jdbc.execute("TRUNCATE idempotency_keys");
    }

    @Test
    void storesTheAnswerExactlyAndFindsItOnlyForItsOwner() {
        IdempotencyKey alices = new IdempotencyKey(UUID.randomUUID(), "order-1");
        save(alices, new Record("f".repeat(64), CREATED, NOON));

        assertThat(find(alices, NOON)).hasValueSatisfying(found -> {
            assertThat(found.fingerprint()).isEqualTo("f".repeat(64));
            assertThat(found.response()).isEqualTo(CREATED);
            assertThat(found.createdAt()).isEqualTo(NOON);
        });
        assertThat(find(new IdempotencyKey(UUID.randomUUID(), "order-1"), NOON)).isEmpty();
        assertThat(find(new IdempotencyKey(null, "order-1"), NOON)).isEmpty();
        assertThat(find(alices, NOON.plusNanos(1000))).as("stored before notBefore").isEmpty();
    }

    @Test
    void theAnonymousOwnerHasOneKeyOfEachNameAndASaveReplacesAnExpiredAnswer() {
        IdempotencyKey anonymous = new IdempotencyKey(null, "sign-up");
        save(anonymous, new Record("a".repeat(64), CREATED, NOON));
        StoredResponse conflict = new StoredResponse(409, Map.of(), new byte[0]);
        save(anonymous, new Record("b".repeat(64), conflict, NOON.plusSeconds(90_000)));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM idempotency_keys", Long.class)).isEqualTo(1);
        assertThat(find(anonymous, NOON)).map(Record::response).contains(conflict);
    }

    @Test
    void aKeyIsLockedUntilItsTransactionEndsAndOnlyThatKey() throws Exception {
        IdempotencyKey key = new IdempotencyKey(UUID.randomUUID(), "order-1");
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch checked = new CountDownLatch(1);
        CompletableFuture<Boolean> holder = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
            boolean got = keys.tryLock(key);
            locked.countDown();
            await(checked);
            return got;
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

        Boolean whileHeld = transaction.execute(status -> keys.tryLock(key));
        Boolean anonymousSameName = transaction.execute(status -> keys.tryLock(new IdempotencyKey(null, "order-1")));
        checked.countDown();

        assertThat(holder.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(whileHeld).isFalse();
        assertThat(anonymousSameName).isTrue();
        Boolean afterwards = transaction.execute(status -> keys.tryLock(key));
        assertThat(afterwards).as("released with the transaction").isTrue();
    }

    @Test
    void thePurgeDeletesKeysCreatedBeforeTheInstant() {
        save(new IdempotencyKey(UUID.randomUUID(), "old"), new Record("a".repeat(64), CREATED, NOON));
        save(new IdempotencyKey(UUID.randomUUID(), "new"), new Record("a".repeat(64), CREATED, NOON.plusSeconds(1)));

        Integer purged = transaction.execute(status -> keys.deleteCreatedBefore(NOON.plusSeconds(1)));

        assertThat(purged).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT idempotency_key FROM idempotency_keys", String.class)).containsExactly("new");
    }

    private void save(IdempotencyKey key, Record record) {
        transaction.executeWithoutResult(status -> keys.save(key, record));
    }

    private Optional<Record> find(IdempotencyKey key, Instant notBefore) {
        return transaction.execute(status -> keys.find(key, notBefore));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
