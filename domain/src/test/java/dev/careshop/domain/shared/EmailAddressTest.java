package dev.careshop.domain.shared;

import static dev.careshop.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    private static final String DOMAIN = "@example.com";

    private static String addressOfLength(int length) {
        return "a".repeat(length - DOMAIN.length()) + DOMAIN;
    }

    @Test
    void trimsAndLowerCases() {
        assertThat(new EmailAddress("  Ada.Lovelace@Example.COM \t").value()).isEqualTo("ada.lovelace@example.com");
    }

    @Test
    void addressesDifferingOnlyInCaseAreEqual() {
        assertThat(new EmailAddress("ADA@EXAMPLE.COM")).isEqualTo(new EmailAddress("ada@example.com"));
    }

    @Test
    void printsAsItsValue() {
        assertThat(new EmailAddress("Ada@Example.com")).hasToString("ada@example.com");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n"})
    void refusesMissingAddress(String value) {
        assertInvalid("email", () -> new EmailAddress(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "plainaddress",
            "@example.com",
            "ada@",
            "ada@example",
            "ada@example.",
            "ada@.com",
            "ada@@example.com",
            "ada@home@example.com",
            "ada lovelace@example.com",
            "ada@exa mple.com"
    })
    void refusesMalformedAddress(String value) {
        assertInvalid("email", () -> new EmailAddress(value));
    }

    @Test
    void refusesTheNulCharacter() {
        assertInvalid("email", () -> new EmailAddress("ada\u0000@example.com"));
    }

    @Test
    void accepts254Characters() {
        assertThat(new EmailAddress(addressOfLength(254)).value()).hasSize(254);
    }

    @Test
    void refuses255Characters() {
        assertInvalid("email", () -> new EmailAddress(addressOfLength(255)));
    }

    @Test
    void measuresLengthAfterTrimming() {
        assertThat(new EmailAddress("  " + addressOfLength(254) + "  ").value()).hasSize(254);
    }

    @Nested
    class OfNullable {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "\t"})
        void answersNullForAbsentAddress(String value) {
            assertThat(EmailAddress.ofNullable(value)).isNull();
        }

        @Test
        void normalisesPresentAddress() {
            assertThat(EmailAddress.ofNullable(" Ada@Example.com ")).isEqualTo(new EmailAddress("ada@example.com"));
        }

        @Test
        void refusesMalformedAddress() {
            assertInvalid("email", () -> EmailAddress.ofNullable("not-an-address"));
        }
    }
}
