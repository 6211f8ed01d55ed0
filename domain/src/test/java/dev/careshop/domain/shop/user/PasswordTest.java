package dev.careshop.domain.shop.user;

import static dev.careshop.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordTest {

    @Test
    void refusesNullAndWhiteSpaceOnly() {
        assertInvalid("password", () -> new Password(null));
        assertInvalid("password", () -> new Password(" ".repeat(10)));
    }

    @Test
    void isNeverTrimmed() {
        assertThat(new Password("  secret pass  ").value()).isEqualTo("  secret pass  ");
    }

    @Test
    void acceptsAnyCharacterIncludingNonAscii() {
        assertThat(new Password("pässwörd-🔑").value()).isEqualTo("pässwörd-🔑");
    }

    @Test
    void refusesHalfASurrogatePairWhichNoUtf8CanEncode() {
        assertInvalid("password", () -> new Password("secret-pw\uD800"));
        assertInvalid("password", () -> new Password("\uDC00secret-pw"));
        assertInvalid("password", () -> new Password("secret\uDC00\uD800pw"));
    }

    @Test
    void neverShowsItselfInToString() {
        assertThat(new Password("correct horse battery").toString()).doesNotContain("correct", "horse");
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "wayyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy-long"})
    void refusalsNeverQuoteThePassword(String value) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> new Password(value))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(value));
    }
}
