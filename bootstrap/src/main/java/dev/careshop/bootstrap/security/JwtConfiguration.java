package dev.careshop.bootstrap.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import dev.careshop.application.identity.login.port.out.AccessTokenIssuerPort;
import java.time.Clock;
import java.time.Duration;
import javax.crypto.SecretKey;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The service issues and checks its own tokens with one HMAC key (HS256). The decoder accepts HS256 only, so a token
 * with {@code alg: none} or any other algorithm is refused, and it requires our issuer, an {@code exp} that has not
 * passed and claims that name a user and role.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JwtProperties.class)
class JwtConfiguration {

    /** Clocks of several instances differ a little; a token is not refused for seconds of difference. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    @Bean
    SecretKey accessTokenSigningKey(JwtProperties properties) {
        return SigningKeys.from(properties);
    }

    @Bean
    JwtEncoder accessTokenEncoder(SecretKey accessTokenSigningKey) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(accessTokenSigningKey));
    }

    @Bean
    JwtDecoder accessTokenDecoder(SecretKey accessTokenSigningKey, JwtProperties properties, Clock clock) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(accessTokenSigningKey)
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator(CLOCK_SKEW);
        timestamps.setClock(clock);
        // Spring accepts a token without exp by default: it would then never expire. Ours always carry one.
        timestamps.setAllowEmptyExpiryClaim(false);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                timestamps, new JwtIssuerValidator(properties.issuer()), AccessTokenClaims.validator()));
        return new VerifiedTokenCache(decoder, timestamps, properties.timeToLive().plus(CLOCK_SKEW));
    }

    @Bean
    AccessTokenIssuerPort accessTokenIssuer(JwtEncoder accessTokenEncoder, JwtProperties properties, Clock clock) {
        return new JwtAccessTokenIssuer(accessTokenEncoder, properties, clock);
    }
}
