package dev.careshop.adapter.web.identity.login;

import io.swagger.v3.oas.annotations.media.Schema;

/** An OAuth 2.0-style bearer token answer (RFC 6749 §5.1). */
public record TokenResponse(
        @Schema(description = "A signed JWT; send it as Authorization: Bearer <token>") String accessToken,
        @Schema(example = "Bearer") String tokenType,
        @Schema(description = "Seconds until the token expires", example = "900") long expiresIn) {

    static TokenResponse bearer(String accessToken, long expiresIn) {
        return new TokenResponse(accessToken, "Bearer", expiresIn);
    }

    @Override
    public String toString() {
        return "TokenResponse[accessToken=****, tokenType=" + tokenType + ", expiresIn=" + expiresIn + "]";
    }
}
