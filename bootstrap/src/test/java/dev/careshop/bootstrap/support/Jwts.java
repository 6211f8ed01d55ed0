package dev.careshop.bootstrap.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON Web Tokens taken apart and put together by hand (RFC 7515's compact form), so a test can read what the
 * service signed and forge exactly the token it means to: any header, any claims, any key, any algorithm, or none.
 */
public final class Jwts {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Jwts() {
    }

    /** The token's header, decoded. */
    public static Map<String, Object> header(String token) {
        return part(token, 0);
    }

    /** The token's claims, decoded. */
    public static Map<String, Object> claims(String token) {
        return part(token, 1);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> part(String token, int index) {
        return JSON.readValue(DECODER.decode(token.split("\\.")[index]), Map.class);
    }

    /** The claims the service writes for a user: subject, role, username, issuer, issued now, valid 15 minutes. */
    public static Map<String, Object> claimsFor(UUID userId, String username, String role) {
        Instant now = Instant.now();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", userId.toString());
        claims.put("preferred_username", username);
        claims.put("role", role);
        claims.put("iss", "careshop");
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plusSeconds(900).getEpochSecond());
        claims.put("jti", UUID.randomUUID().toString());
        return claims;
    }

    /** The header of an HMAC-signed token with {@code alg}, e.g. {@code HS256}. */
    public static Map<String, Object> headerFor(String alg) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", alg);
        header.put("typ", "JWT");
        return header;
    }

    /** A token signed with HMAC over {@code secret} (as UTF-8 bytes, as the service reads its key). */
    public static String hmac(String alg, String secret, Map<String, Object> claims) {
        String signingInput = encode(headerFor(alg)) + "." + encode(claims);
        return signingInput + "." + ENCODER.encodeToString(mac(alg, secret, signingInput));
    }

    /** An unsecured token ({@code alg: none}, RFC 7519 §6): header, claims and an empty signature. */
    public static String unsigned(Map<String, Object> claims) {
        return encode(Map.of("alg", "none", "typ", "JWT")) + "." + encode(claims) + ".";
    }

    /** {@code token} with its claims replaced by {@code claims}, header and signature kept as they were. */
    public static String withClaims(String token, Map<String, Object> claims) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + encode(claims) + "." + parts[2];
    }

    private static String encode(Map<String, Object> json) {
        return ENCODER.encodeToString(JSON.writeValueAsBytes(json));
    }

    private static byte[] mac(String alg, String secret, String signingInput) {
        String javaName = "Hmac" + alg.replace("HS", "SHA");
        try {
            Mac mac = Mac.getInstance(javaName);
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), javaName));
            return mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
