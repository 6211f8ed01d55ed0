package dev.careshop.application.shop.user.service;

import static dev.careshop.application.shop.user.UserFixture.CLOCK;
import static dev.careshop.application.shop.user.UserFixture.NOW;
import static dev.careshop.application.shop.user.UserFixture.PASSWORD;
import static dev.careshop.application.shop.user.UserFixture.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.application.shop.user.UserFixture;
import dev.careshop.application.shop.user.port.in.RegisterUserCommand;
import dev.careshop.application.shop.user.port.in.RegisterUserUseCase;
import dev.careshop.domain.shared.DuplicateValueException;
import dev.careshop.domain.shared.EmailAddress;
import dev.careshop.domain.shop.user.Role;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserProfile;
import dev.careshop.domain.shop.user.Username;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegisterUserServiceTest {

    private final UserFixture fixture = new UserFixture();
    private final RegisterUserUseCase registerUser = new RegisterUserService(fixture.users, fixture.hasher, CLOCK);

    @Test
    void storesAnActiveCustomerWithTheHashOfThePassword() {
        User user = registerUser.register(new RegisterUserCommand(profile("jane"), PASSWORD));

        User stored = fixture.users.findById(user.getId()).orElseThrow();
        assertThat(stored.getRole()).isEqualTo(Role.CUSTOMER);
        assertThat(stored.isActive()).isTrue();
        assertThat(stored.getVersion()).isZero();
        assertThat(stored.getCreatedAt()).isEqualTo(NOW);
        assertThat(stored.getPasswordHash().value()).doesNotContain(PASSWORD.value());
        assertThat(fixture.hasher.matches(PASSWORD, stored.getPasswordHash())).isTrue();
    }

    /** Jane is registered as "jane", jane@example.org; each row is another registration that clashes with her. */
    @ParameterizedTest(name = "{0}, {1}: {2} taken")
    @CsvSource({
            "JANE, other@example.org, username",
            "john, JANE@example.org,  email"
    })
    void refusesAUsernameOrAnEmailTakenInAnyCaseNamingTheFieldAndStoresNothing(String username, String email, String field) {
        fixture.user("jane");
        UserProfile clashing = new UserProfile(new Username(username), new EmailAddress(email), null);

        assertThatExceptionOfType(DuplicateValueException.class)
                .isThrownBy(() -> registerUser.register(new RegisterUserCommand(clashing, PASSWORD)))
                .satisfies(e -> assertThat(e.field()).isEqualTo(field));
        assertThat(fixture.users.count()).isEqualTo(1);
    }

    @Test
    void theCommandNeverPrintsThePassword() {
        assertThat(new RegisterUserCommand(profile("jane"), PASSWORD).toString()).doesNotContain(PASSWORD.value());
    }
}
