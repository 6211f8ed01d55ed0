package dev.careshop.bootstrap.security;

import dev.careshop.application.identity.login.port.in.AccessToken;
import dev.careshop.application.identity.login.port.out.AccessTokenIssuerPort;
import dev.careshop.domain.identity.Actor;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

/** Signs HS256 JWTs for logged-in users. */
class JwtAccessTokenIssuer implements AccessTokenIssuerPort {

    private final JwtEncoder encoder;
    private final JwtProperties properties;
    private final Clock clock;

    JwtAccessTokenIssuer(JwtEncoder encoder, JwtProperties properties, Clock clock) {
        this.encoder = encoder;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public AccessToken issue(Actor actor) {
        Instant now = clock.instant();
        JwtClaimsSet claims = AccessTokenClaims.write(JwtClaimsSet.builder(), actor)
                .issuer(properties.issuer())
                .issuedAt(now)
                .expiresAt(now.plus(properties.timeToLive()))
                .id(UUID.randomUUID().toString())
                .build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).type("JWT").build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new AccessToken(token, properties.timeToLive());
    }
}
