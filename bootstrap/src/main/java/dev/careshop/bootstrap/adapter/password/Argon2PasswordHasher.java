package dev.careshop.bootstrap.adapter.password;

import dev.careshop.application.shop.user.port.out.PasswordHasherPort;
import dev.careshop.domain.shop.user.Password;
import dev.careshop.domain.shop.user.PasswordHash;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Hashes passwords with Argon2id (Spring Security's crypto module over Bouncy Castle). Argon2 takes the whole
 * password, so all 128 characters the API accepts count; bcrypt would use only the first 72 bytes of UTF-8 (and
 * Spring's encoder refuses longer input). The string form carries algorithm, parameters and salt
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), so the parameters can be raised later without breaking
 * stored hashes.
 */
public class Argon2PasswordHasher implements PasswordHasherPort {

    /** OWASP's minimum for Argon2id (2025 cheat sheet): 19 MiB of memory, 2 iterations, 1 lane. */
    static final int SALT_LENGTH = 16;
    static final int HASH_LENGTH = 32;
    static final int PARALLELISM = 1;
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;

    private final Argon2PasswordEncoder encoder =
            new Argon2PasswordEncoder(SALT_LENGTH, HASH_LENGTH, PARALLELISM, MEMORY_KIB, ITERATIONS);

    @Override
    public PasswordHash hash(Password password) {
        return new PasswordHash(encoder.encode(password.value()));
    }

    @Override
    public boolean matches(Password password, PasswordHash hash) {
        return encoder.matches(password.value(), hash.value());
    }
}
