package dev.careshop.application.shop.user.fakes;

import dev.careshop.application.shop.user.port.out.PasswordHasherPort;
import dev.careshop.domain.shop.user.Password;
import dev.careshop.domain.shop.user.PasswordHash;
import java.util.Base64;
import java.nio.charset.StandardCharsets;

/**
 * A stand-in hasher: salted by a counter, so hashing the same password twice gives different hashes as the real one
 * does; reversible, which only a test may be. Never in production code.
 */
public final class FakePasswordHasher implements PasswordHasherPort {

    private int salt;

    @Override
    public PasswordHash hash(Password password) {
        salt++;
        return new PasswordHash("$fake$" + salt + "$" + encode(salt + ":" + password.value()));
    }

    @Override
    public boolean matches(Password password, PasswordHash hash) {
        String[] parts = hash.value().split("\\$");
        return parts.length == 4 && parts[3].equals(encode(parts[2] + ":" + password.value()));
    }

    private static String encode(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
