package dev.careshop.application.idempotency.service;

import dev.careshop.application.idempotency.port.in.PurgeIdempotencyKeysUseCase;
import dev.careshop.application.idempotency.port.out.IdempotencyRecordsPort;
import dev.careshop.application.shared.UseCase;
import java.time.Clock;
import java.time.Duration;

@UseCase
public class PurgeIdempotencyKeysService implements PurgeIdempotencyKeysUseCase {

    private final IdempotencyRecordsPort records;
    private final Clock clock;

    public PurgeIdempotencyKeysService(IdempotencyRecordsPort records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public int purgeOlderThan(Duration lifetime) {
        return records.deleteCreatedBefore(clock.instant().minus(lifetime));
    }
}
