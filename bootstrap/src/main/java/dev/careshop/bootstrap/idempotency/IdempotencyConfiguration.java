package dev.careshop.bootstrap.idempotency;

import dev.careshop.application.idempotency.port.in.IdempotencyKey;
import dev.careshop.application.idempotency.port.in.IdempotentRequestsUseCase;
import dev.careshop.application.idempotency.port.in.PurgeIdempotencyKeysUseCase;
import dev.careshop.bootstrap.web.ProblemWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/** The idempotency filter, right after the security filters, and the hourly purge of keys older than a day. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class IdempotencyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyConfiguration.class);

    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(ObjectProvider<IdempotentRequestsUseCase> requests,
                                                                PlatformTransactionManager transactions,
                                                                JsonMapper jsonMapper) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(
                new IdempotencyFilter(requests::getObject, transactions, new ProblemWriter(jsonMapper)));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    @Bean
    IdempotencyKeyPurge idempotencyKeyPurge(PurgeIdempotencyKeysUseCase purge) {
        return new IdempotencyKeyPurge(purge);
    }

    /** Every instance purges; the DELETE is idempotent, so they do not need to agree on who does. */
    static class IdempotencyKeyPurge {

        private final PurgeIdempotencyKeysUseCase purge;

        IdempotencyKeyPurge(PurgeIdempotencyKeysUseCase purge) {
            this.purge = purge;
        }

        @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
        void purgeExpiredKeys() {
            try {
                int purged = purge.purgeOlderThan(IdempotencyKey.LIFETIME);
                log.debug("Purged {} idempotency keys", purged);
            } catch (RuntimeException failure) {
                log.warn("Cannot purge expired idempotency keys ({}); trying again in an hour", failure.getMessage());
            }
        }
    }
}
