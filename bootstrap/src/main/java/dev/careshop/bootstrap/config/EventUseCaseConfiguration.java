package dev.careshop.bootstrap.config;

import dev.careshop.application.event.port.in.PurgePublishedEventsUseCase;
import dev.careshop.application.event.port.in.ReadOutboxBacklogUseCase;
import dev.careshop.application.event.port.in.RelayEventsUseCase;
import dev.careshop.application.event.port.out.EventBrokerPort;
import dev.careshop.application.event.port.out.OutboxPort;
import dev.careshop.application.event.service.PurgePublishedEventsService;
import dev.careshop.application.event.service.ReadOutboxBacklogService;
import dev.careshop.application.event.service.RelayEventsService;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EventUseCaseConfiguration {

    @Bean
    RelayEventsUseCase relayEventsUseCase(OutboxPort outbox, EventBrokerPort broker, Clock clock) {
        return new RelayEventsService(outbox, broker, clock);
    }

    @Bean
    ReadOutboxBacklogUseCase readOutboxBacklogUseCase(OutboxPort outbox) {
        return new ReadOutboxBacklogService(outbox);
    }

    @Bean
    PurgePublishedEventsUseCase purgePublishedEventsUseCase(OutboxPort outbox, Clock clock) {
        return new PurgePublishedEventsService(outbox, clock);
    }
}
