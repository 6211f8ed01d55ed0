package dev.careshop.application.shop.user.port.out;

import dev.careshop.domain.shop.user.Password;
import dev.careshop.domain.shop.user.PasswordHash;

/** Turns passwords into salted adaptive hashes (argon2id or bcrypt) and checks a password against a stored hash. */
public interface PasswordHasherPort {

    /** A fresh hash with its own random salt: hashing one password twice gives two different hashes. */
    PasswordHash hash(Password password);

    boolean matches(Password password, PasswordHash hash);
}
