package dev.careshop.application.identity.login.fakes;

import dev.careshop.application.shop.user.fakes.FakePasswordHasher;
import dev.careshop.application.shop.user.port.out.PasswordHasherPort;
import dev.careshop.domain.shop.user.Password;
import dev.careshop.domain.shop.user.PasswordHash;

/**
 * The fake hasher, counting verifications: with a real (deliberately slow) hasher each one is the time an attempt
 * takes, so equal counts mean an answer whose timing tells nothing.
 */
public final class CountingPasswordHasher implements PasswordHasherPort {

    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private int verifications;

    @Override
    public PasswordHash hash(Password password) {
        return hasher.hash(password);
    }

    @Override
    public boolean matches(Password password, PasswordHash hash) {
        verifications++;
        return hasher.matches(password, hash);
    }

    public int verifications() {
        return verifications;
    }

    public void resetCount() {
        verifications = 0;
    }
}
