package dev.careshop.domain.shop.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void neverShowsTheHashInToString() {
        assertThat(new PasswordHash("$argon2id$v=19$m=16384,t=2,p=1$c2FsdA$aGFzaA").toString()).doesNotContain("argon2", "aGFzaA");
    }

    @Test
    void isNeverBlank() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PasswordHash(" "));
    }
}
