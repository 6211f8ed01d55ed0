package dev.careshop.bootstrap.operations;

import dev.careshop.application.event.port.in.ReadOutboxBacklogUseCase;
import dev.careshop.application.shared.UseCase;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;

/**
 * The service's own meters, next to Spring Boot's HTTP, JVM, Hikari and RabbitMQ ones. Use cases are measured where
 * their transactions are made: an advice on every {@link UseCase} class like the transaction advice, ordered around
 * it so that what it counts as done has committed.
 */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    @Bean
    BusinessMeters businessMeters() {
        return new BusinessMeters();
    }

    @Bean
    OutboxMeters outboxMeters(ReadOutboxBacklogUseCase backlog, Clock clock) {
        return new OutboxMeters(backlog, clock);
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static DefaultPointcutAdvisor useCaseMetricsAdvisor(ObjectProvider<MeterRegistry> registry,
                                                        ObjectProvider<BusinessMeters> businessMeters) {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new AnnotationMatchingPointcut(UseCase.class, true),
                new UseCaseMetricsInterceptor(registry, businessMeters));
        // The transaction advisor keeps the default, lowest precedence: this one runs around it.
        advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return advisor;
    }
}
