package dev.careshop.application.idempotency.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.careshop.application.idempotency.port.in.Claim;
import dev.careshop.application.idempotency.port.in.IdempotencyKey;
import dev.careshop.application.idempotency.port.in.StoredResponse;
import dev.careshop.application.idempotency.port.out.IdempotencyRecordsPort;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdempotentRequestsServiceTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Duration DAY = Duration.ofHours(24);
    private static final UUID ALICE = UUID.randomUUID();
    private static final StoredResponse CREATED = new StoredResponse(201, Map.of("Location", "/api/orders/1"),
            "{\"id\":1}".getBytes(StandardCharsets.UTF_8));

    private final InMemoryRecords records = new InMemoryRecords();

    private IdempotentRequestsService at(Instant instant) {
        return new IdempotentRequestsService(records, Clock.fixed(instant, ZoneOffset.UTC));
    }

    @Test
    void aNewKeyRunsAndTheSameRequestThenReplaysItsAnswer() {
        IdempotencyKey key = new IdempotencyKey(ALICE, "order-1");

        assertThat(at(NOW).claim(key, "fingerprint")).isInstanceOf(Claim.Run.class);
        at(NOW).remember(key, "fingerprint", CREATED);
        records.releaseLocks();

        assertThat(at(NOW.plusSeconds(60)).claim(key, "fingerprint")).isEqualTo(new Claim.Replay(CREATED));
    }

    @Test
    void anotherRequestWithTheKeyIsRefusedAndAnotherUsersKeyIsTheirOwn() {
        IdempotencyKey key = answeredAtNow(new IdempotencyKey(ALICE, "order-1"));

        assertThat(at(NOW).claim(key, "another body")).isInstanceOf(Claim.KeyReused.class);
        assertThat(at(NOW).claim(new IdempotencyKey(UUID.randomUUID(), "order-1"), "fingerprint"))
                .isInstanceOf(Claim.Run.class);
    }

    @Test
    void aKeyHeldByARunningRequestIsInFlight() {
        IdempotencyKey key = new IdempotencyKey(ALICE, "order-1");
        at(NOW).claim(key, "fingerprint");

        assertThat(at(NOW).claim(key, "fingerprint")).isInstanceOf(Claim.InFlight.class);
    }

    @Test
    void anAnswerOlderThanTheLifetimeIsForgotten() {
        IdempotencyKey key = answeredAtNow(new IdempotencyKey(null, "sign-up"));

        assertThat(at(NOW.plus(DAY)).claim(key, "fingerprint")).as("exactly a day old: still kept")
                .isInstanceOf(Claim.Replay.class);
        records.releaseLocks();
        assertThat(at(NOW.plus(DAY).plusMillis(1)).claim(key, "other")).isInstanceOf(Claim.Run.class);
        records.releaseLocks();

        assertThat(new PurgeIdempotencyKeysService(records, Clock.fixed(NOW.plus(DAY).plusMillis(1), ZoneOffset.UTC))
                .purgeOlderThan(DAY)).isEqualTo(1);
    }

    @Test
    void aKeyIs1To255PrintableAsciiCharacters() {
        assertThat(IdempotencyKey.isWellFormed("a")).isTrue();
        assertThat(IdempotencyKey.isWellFormed(" ~!" + "x".repeat(252))).isTrue();
        assertThat(IdempotencyKey.isWellFormed("")).isFalse();
        assertThat(IdempotencyKey.isWellFormed("x".repeat(256))).isFalse();
        assertThat(IdempotencyKey.isWellFormed("tab\there")).isFalse();
        assertThat(IdempotencyKey.isWellFormed("caf\u00e9")).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new IdempotencyKey(ALICE, "\u007f"));
    }

    /** A request with the key ("fingerprint") ran at {@link #NOW}, its answer is {@link #CREATED}, its transaction ended. */
    private IdempotencyKey answeredAtNow(IdempotencyKey key) {
        assertThat(at(NOW).claim(key, "fingerprint")).isInstanceOf(Claim.Run.class);
        at(NOW).remember(key, "fingerprint", CREATED);
        records.releaseLocks();
        return key;
    }

    /** Locks last until {@link #releaseLocks()}, the end of the "transaction". */
    private static final class InMemoryRecords implements IdempotencyRecordsPort {

        private final Map<IdempotencyKey, Record> stored = new HashMap<>();
        private final Set<IdempotencyKey> locked = new HashSet<>();

        void releaseLocks() {
            locked.clear();
        }

        @Override
        public boolean tryLock(IdempotencyKey key) {
            return locked.add(key);
        }

        @Override
        public Optional<Record> find(IdempotencyKey key, Instant notBefore) {
            return Optional.ofNullable(stored.get(key)).filter(record -> !record.createdAt().isBefore(notBefore));
        }

        @Override
        public void save(IdempotencyKey key, Record record) {
            stored.put(key, record);
        }

        @Override
        public int deleteCreatedBefore(Instant before) {
            int before0 = stored.size();
            stored.values().removeIf(record -> record.createdAt().isBefore(before));
            return before0 - stored.size();
        }
    }
}
