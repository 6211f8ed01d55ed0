package dev.careshop.bootstrap.security;

import dev.careshop.application.identity.login.service.LoginThrottle;
import dev.careshop.application.shop.user.port.in.CreateFirstAdminUseCase;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Logging in and the first administrator: the login throttle's settings, and the start-up step that creates that
 * administrator (their use cases are registered with every other, by {@code UseCaseConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LoginThrottleProperties.class, FirstAdminProperties.class})
class IdentityConfiguration {

    @Bean
    LoginThrottle loginThrottle(LoginThrottleProperties properties) {
        return properties.toThrottle();
    }

    @Bean
    FirstAdminCreator firstAdminCreator(CreateFirstAdminUseCase createFirstAdminUseCase, FirstAdminProperties properties) {
        return new FirstAdminCreator(createFirstAdminUseCase, properties);
    }
}
