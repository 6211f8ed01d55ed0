package dev.careshop.bootstrap.security;

import dev.careshop.application.identity.actor.port.in.ConfirmActorUseCase;
import dev.careshop.application.identity.actor.port.out.LoadActorPort;
import dev.careshop.application.identity.actor.service.ConfirmActorService;
import dev.careshop.application.identity.login.port.in.LogInUseCase;
import dev.careshop.application.identity.login.port.out.AccessTokenIssuerPort;
import dev.careshop.application.identity.login.port.out.LoginAttemptsPort;
import dev.careshop.application.identity.login.port.out.LoginCredentialsPort;
import dev.careshop.application.identity.login.service.LogInService;
import dev.careshop.application.shop.user.port.in.CreateFirstAdminUseCase;
import dev.careshop.application.shop.user.port.out.PasswordHasherPort;
import dev.careshop.application.shop.user.service.CreateFirstAdminService;
import dev.careshop.domain.shop.user.UserRepository;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Logging in, confirming a token's user on every request, and the first administrator: the use cases, and the
 * start-up step that creates that administrator.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({LoginThrottleProperties.class, FirstAdminProperties.class})
class IdentityConfiguration {

    @Bean
    ConfirmActorUseCase confirmActorUseCase(LoadActorPort actors) {
        return new ConfirmActorService(actors);
    }

    @Bean
    LogInUseCase logInUseCase(LoginCredentialsPort credentials, LoginAttemptsPort attempts, PasswordHasherPort passwordHasher,
                              AccessTokenIssuerPort accessTokenIssuer, LoginThrottleProperties throttle, Clock clock) {
        return new LogInService(credentials, attempts, passwordHasher, accessTokenIssuer, throttle.toThrottle(), clock);
    }

    @Bean
    CreateFirstAdminUseCase createFirstAdminUseCase(UserRepository users, PasswordHasherPort passwordHasher, Clock clock) {
        return new CreateFirstAdminService(users, passwordHasher, clock);
    }

    @Bean
    FirstAdminCreator firstAdminCreator(CreateFirstAdminUseCase createFirstAdminUseCase, FirstAdminProperties properties) {
        return new FirstAdminCreator(createFirstAdminUseCase, properties);
    }
}
