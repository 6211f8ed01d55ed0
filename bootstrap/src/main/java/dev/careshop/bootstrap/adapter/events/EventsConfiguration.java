package dev.careshop.bootstrap.adapter.events;

import dev.careshop.application.event.port.in.PurgePublishedEventsUseCase;
import dev.careshop.application.event.port.in.RelayEventsUseCase;
import dev.careshop.application.event.port.out.EventBrokerPort;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Publishing the outbox to RabbitMQ, and purging what was published. The exchange is declared (durable, topic) by
 * Spring AMQP's admin whenever a connection opens, so a fresh broker needs no set-up; consumers bind their own queues
 * to it. With {@code careshop.events.enabled=false} ({@code CARESHOP_EVENTS_ENABLED}) this instance neither relays nor
 * purges, and the broker is no part of its health: use cases still write the outbox, and any instance with the relay
 * on publishes it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventsProperties.class)
@EnableScheduling
public class EventsConfiguration {

    @Bean
    TopicExchange eventsExchange(EventsProperties properties) {
        return new TopicExchange(properties.exchange(), true, false);
    }

    @Bean
    EventBrokerPort eventBroker(RabbitTemplate rabbit, EventsProperties properties) {
        return new RabbitEventBroker(rabbit, properties.exchange(), properties.confirmTimeout());
    }

    @Bean
    EventRelay eventRelay(RelayEventsUseCase relay, EventsProperties properties) {
        return new EventRelay(relay, properties);
    }

    @Bean
    PublishedEventsPurge publishedEventsPurge(PurgePublishedEventsUseCase purge, EventsProperties properties) {
        return new PublishedEventsPurge(purge, properties);
    }

    /**
     * Spring Boot adds the broker to health wherever Spring AMQP is; an instance that does not publish drops it, so a
     * broker it never talks to cannot make it DOWN. (Readiness never includes the broker: orders are taken while it is
     * down, their events wait in the outbox.)
     */
    @Bean
    SmartInitializingSingleton brokerHealthOnlyWherePublishing(EventsProperties properties,
                                                               ObjectProvider<HealthContributorRegistry> health) {
        return () -> {
            if (!properties.enabled()) {
                health.ifAvailable(registry -> registry.unregisterContributor("rabbit"));
            }
        };
    }
}
