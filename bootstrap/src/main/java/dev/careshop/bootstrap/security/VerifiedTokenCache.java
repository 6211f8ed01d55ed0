package dev.careshop.bootstrap.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Verifies a token's signature and claims once: the same token sent again, the same string and so the same signed
 * content, is answered from a bounded cache, and only its lifetime ({@code exp}, {@code nbf}) is checked again, as it
 * depends on the time. Parsing and verifying the JWT was 7 % of a patient read's CPU. Nothing that can change while
 * a token lives is decided here: the user the token names is confirmed on every request ({@link ConfirmedActorConverter}).
 * A token that fails verification is never kept.
 */
final class VerifiedTokenCache implements JwtDecoder {

    /** Enough for the tokens of the users active on one instance within a token's lifetime; a miss only costs a check. */
    static final int MAXIMUM_SIZE = 4_096;

    private final JwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> lifetime;
    private final Cache<String, Jwt> verified;

    /**
     * @param verifier   checks signature and every claim
     * @param lifetime   checks what depends on the time, again at each use
     * @param keptFor    how long a verified token is kept: its lifetime and the clock skew allowed, after which it is
     *                   refused anyway
     */
    VerifiedTokenCache(JwtDecoder verifier, OAuth2TokenValidator<Jwt> lifetime, Duration keptFor) {
        this.verifier = verifier;
        this.lifetime = lifetime;
        this.verified = Caffeine.newBuilder().maximumSize(MAXIMUM_SIZE).expireAfterWrite(keptFor).build();
    }

    @Override
    public Jwt decode(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known == null) {
            Jwt checked = verifier.decode(token);
            verified.put(token, checked);
            return checked;
        }
        OAuth2TokenValidatorResult result = lifetime.validate(known);
        if (result.hasErrors()) {
            verified.invalidate(token);
            // As the verifier says it: the first error's description, all errors attached.
            throw new JwtValidationException(result.getErrors().iterator().next().getDescription(), result.getErrors());
        }
        return known;
    }
}
