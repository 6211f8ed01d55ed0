package dev.careshop.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

class VerifiedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    private final AtomicInteger verifications = new AtomicInteger();

    /** Stands in for the signature and claims check: "valid-..." tokens (expiring 15 minutes after NOW) pass, others fail. */
    private final JwtDecoder verifier = token -> {
        verifications.incrementAndGet();
        if (!token.startsWith("valid-")) {
            throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token).header("alg", "HS256").subject(token)
                .issuedAt(NOW).expiresAt(NOW.plus(Duration.ofMinutes(15))).build();
    };

    private final JwtTimestampValidator lifetime = new JwtTimestampValidator(Duration.ZERO);
    private final VerifiedTokenCache cache = new VerifiedTokenCache(verifier, lifetime, Duration.ofMinutes(16));

    VerifiedTokenCacheTest() {
        lifetime.setClock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void verifiesATokenOnceAndAnswersItAgainFromTheCache() {
        Jwt first = cache.decode("valid-a");
        Jwt again = cache.decode("valid-a");

        assertThat(again).isSameAs(first);
        assertThat(verifications).hasValue(1);
        assertThat(cache.decode("valid-b").getSubject()).isEqualTo("valid-b");
        assertThat(verifications).hasValue(2);
    }

    @Test
    void refusesACachedTokenOnceItHasExpiredAndForgetsIt() {
        cache.decode("valid-a");
        lifetime.setClock(Clock.fixed(NOW.plus(Duration.ofMinutes(16)), ZoneOffset.UTC));

        assertThatThrownBy(() -> cache.decode("valid-a"))
                .isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThat(verifications).hasValue(1);
        // Forgotten: the next attempt goes to the verifier again (whose stand-in here checks no time).
        cache.decode("valid-a");
        assertThat(verifications).hasValue(2);
    }

    @Test
    void neverKeepsATokenThatFailedVerification() {
        assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(verifications).hasValue(2);
    }
}
