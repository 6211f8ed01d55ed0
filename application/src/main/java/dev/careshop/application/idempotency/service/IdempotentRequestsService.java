package dev.careshop.application.idempotency.service;

import dev.careshop.application.idempotency.port.in.Claim;
import dev.careshop.application.idempotency.port.in.IdempotencyKey;
import dev.careshop.application.idempotency.port.in.IdempotentRequestsUseCase;
import dev.careshop.application.idempotency.port.in.StoredResponse;
import dev.careshop.application.idempotency.port.out.IdempotencyRecordsPort;
import dev.careshop.application.idempotency.port.out.IdempotencyRecordsPort.Record;
import dev.careshop.application.shared.UseCase;
import java.time.Clock;
import java.util.Optional;

/** Keys live for {@link IdempotencyKey#LIFETIME}: an older answer is neither replayed nor in the way of a new request. */
@UseCase
public class IdempotentRequestsService implements IdempotentRequestsUseCase {

    private final IdempotencyRecordsPort records;
    private final Clock clock;

    public IdempotentRequestsService(IdempotencyRecordsPort records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public Claim claim(IdempotencyKey key, String fingerprint) {
        if (!records.tryLock(key)) {
            return new Claim.InFlight();
        }
        Optional<Record> stored = records.find(key, clock.instant().minus(IdempotencyKey.LIFETIME));
        if (stored.isEmpty()) {
            return new Claim.Run();
        }
        return stored.get().fingerprint().equals(fingerprint)
                ? new Claim.Replay(stored.get().response())
                : new Claim.KeyReused();
    }

    @Override
    public void remember(IdempotencyKey key, String fingerprint, StoredResponse response) {
        records.save(key, new Record(fingerprint, response, clock.instant()));
    }
}
