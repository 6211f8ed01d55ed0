package dev.careshop.bootstrap.config;

import dev.careshop.application.clinic.access.PatientAccessRecorder;
import dev.careshop.application.clinic.access.port.out.PatientAccessLogPort;
import dev.careshop.application.identity.actor.port.out.CurrentActorPort;
import dev.careshop.application.shared.UseCase;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;

/**
 * Every {@link UseCase} class of the application module becomes a bean, found by a scan that looks for that one
 * annotation (the application itself knows no Spring, and nothing else in it is picked up). A service's single
 * constructor names its ports, so Spring wires them as a hand-written {@code @Bean} method would, and a new use case
 * needs no line here. {@link UseCaseTransactionConfiguration} then makes each of them one transaction.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackages = "dev.careshop.application", useDefaultFilters = false,
        includeFilters = @Filter(type = FilterType.ANNOTATION, classes = UseCase.class))
class UseCaseConfiguration {

    /** Not a use case but the clinic's shared helper: it writes the patient access trail inside theirs. */
    @Bean
    PatientAccessRecorder patientAccessRecorder(PatientAccessLogPort accessLog, CurrentActorPort currentActor, Clock clock) {
        return new PatientAccessRecorder(accessLog, currentActor, clock);
    }
}
