package dev.careshop.bootstrap.config;

import dev.careshop.application.idempotency.port.in.IdempotentRequestsUseCase;
import dev.careshop.application.idempotency.port.in.PurgeIdempotencyKeysUseCase;
import dev.careshop.application.idempotency.port.out.IdempotencyRecordsPort;
import dev.careshop.application.idempotency.service.IdempotentRequestsService;
import dev.careshop.application.idempotency.service.PurgeIdempotencyKeysService;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class IdempotencyUseCaseConfiguration {

    /** How long a key and its answer are kept (SPEC.md: 24 hours). */
    public static final Duration KEY_LIFETIME = Duration.ofHours(24);

    @Bean
    IdempotentRequestsUseCase idempotentRequestsUseCase(IdempotencyRecordsPort records, Clock clock) {
        return new IdempotentRequestsService(records, clock, KEY_LIFETIME);
    }

    @Bean
    PurgeIdempotencyKeysUseCase purgeIdempotencyKeysUseCase(IdempotencyRecordsPort records, Clock clock) {
        return new PurgeIdempotencyKeysService(records, clock);
    }
}
