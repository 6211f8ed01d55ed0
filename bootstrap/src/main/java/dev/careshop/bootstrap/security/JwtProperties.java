package dev.careshop.bootstrap.security;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How access tokens are signed and how long they live ({@code careshop.jwt.*}; application.yml maps
 * {@code CARESHOP_JWT_SECRET} and {@code CARESHOP_JWT_SECRET_FILE} onto them).
 *
 * @param secret     the HMAC key as text, at least 32 bytes of UTF-8 (HS256 needs 256 bits)
 * @param secretFile a file holding that key instead (a mounted secret); its surrounding white space is ignored
 * @param timeToLive how long a token is valid
 * @param issuer     the {@code iss} claim written into tokens and required of them
 */
@ConfigurationProperties("careshop.jwt")
public record JwtProperties(String secret, Path secretFile, @DefaultValue("15m") Duration timeToLive,
                            @DefaultValue("careshop") String issuer) {
}
