package dev.careshop.bootstrap.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Where the token signing key comes from: the configured secret, the configured file, or, failing both, chance. */
final class SigningKeys {

    /** HS256 is only as strong as its key: RFC 7518 §3.2 asks for at least as many bits as the hash, 256. */
    static final int MIN_KEY_BYTES = 32;

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private SigningKeys() {
    }

    static SecretKey from(JwtProperties properties) {
        boolean hasSecret = properties.secret() != null && !properties.secret().isEmpty();
        boolean hasFile = properties.secretFile() != null && !properties.secretFile().toString().isBlank();
        if (hasSecret && hasFile) {
            throw new IllegalStateException("Set either CARESHOP_JWT_SECRET or CARESHOP_JWT_SECRET_FILE, not both.");
        }
        if (hasSecret) {
            return hmacKey(properties.secret(), "CARESHOP_JWT_SECRET");
        }
        if (hasFile) {
            return hmacKey(read(properties), "the file named by CARESHOP_JWT_SECRET_FILE");
        }
        log.warn("No token signing key is configured (CARESHOP_JWT_SECRET or CARESHOP_JWT_SECRET_FILE): using a random "
                + "key made at start. Tokens will not survive a restart, and several instances will not accept each "
                + "other's tokens. Set a secret of at least {} bytes in production.", MIN_KEY_BYTES);
        byte[] random = new byte[MIN_KEY_BYTES];
        new SecureRandom().nextBytes(random);
        return new SecretKeySpec(random, "HmacSHA256");
    }

    private static SecretKey hmacKey(String secret, String source) {
        byte[] bytes = secret.strip().getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_KEY_BYTES) {
            // The message names the source and the rule, never the secret.
            throw new IllegalStateException("The token signing key from " + source + " is " + bytes.length
                    + " bytes long; it must be at least " + MIN_KEY_BYTES + " bytes (256 bits).");
        }
        return new SecretKeySpec(bytes, "HmacSHA256");
    }

    private static String read(JwtProperties properties) {
        try {
            return Files.readString(properties.secretFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the token signing key file " + properties.secretFile(), e);
        }
    }
}
