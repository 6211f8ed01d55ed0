package dev.careshop.bootstrap.adapter.password;

import dev.careshop.application.shop.user.port.out.PasswordHasherPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The password hasher. It lives in bootstrap because the module shape is fixed and it is neither persistence nor
 * web; it brings only spring-security-crypto, none of Spring Security's filters.
 */
@Configuration(proxyBeanMethods = false)
class PasswordHashingConfiguration {

    @Bean
    PasswordHasherPort passwordHasher() {
        return new Argon2PasswordHasher();
    }
}
