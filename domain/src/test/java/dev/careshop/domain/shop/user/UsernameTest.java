package dev.careshop.domain.shop.user;

import static dev.careshop.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UsernameTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc", "Jane.Doe", "jane_doe-42", "A-B", "...", "0123456789"})
    void acceptsLettersDigitsUnderscoreDotAndHyphen(String value) {
        assertThat(new Username(value).value()).isEqualTo(value);
    }

    @Test
    void keepsTheCaseAndTrimsSurroundingSpace() {
        assertThat(new Username("  JaneDoe ").value()).isEqualTo("JaneDoe");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "jane doe", "jane@doe", "jäne", "jane/doe", "jane+doe", "ja\u0000ne", "ＪＡＮＥ"})
    void refusesAnythingElse(String value) {
        assertInvalid("username", () -> new Username(value));
    }

    @Test
    void printsAsItsValue() {
        assertThat(new Username("jane")).hasToString("jane");
    }
}
