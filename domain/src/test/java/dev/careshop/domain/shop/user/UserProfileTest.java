package dev.careshop.domain.shop.user;

import static dev.careshop.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.careshop.domain.shared.EmailAddress;
import org.junit.jupiter.api.Test;

class UserProfileTest {

    private static final Username JANE = new Username("jane");
    private static final EmailAddress EMAIL = new EmailAddress("Jane@Example.ORG");

    @Test
    void storesTheEmailLowerCase() {
        assertThat(new UserProfile(JANE, EMAIL, null).email().value()).isEqualTo("jane@example.org");
    }

    @Test
    void fullNameIsOptionalTrimmedAndAtMostOneHundredCharacters() {
        assertThat(new UserProfile(JANE, EMAIL, null).fullName()).isNull();
        assertThat(new UserProfile(JANE, EMAIL, "  ").fullName()).isNull();
        assertThat(new UserProfile(JANE, EMAIL, " Jane Doe ").fullName()).isEqualTo("Jane Doe");
        assertThat(new UserProfile(JANE, EMAIL, "n".repeat(100)).fullName()).hasSize(100);
        assertInvalid("fullName", () -> new UserProfile(JANE, EMAIL, "n".repeat(101)));
    }

    @Test
    void usernameAndEmailAreRequired() {
        assertThatNullPointerException().isThrownBy(() -> new UserProfile(null, EMAIL, null));
        assertThatNullPointerException().isThrownBy(() -> new UserProfile(JANE, null, null));
    }
}
