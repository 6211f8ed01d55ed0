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

    @Test
    void refusesAUsernameTakenInAnotherCase() {
        fixture.user("jane");
        UserProfile sameNameOtherCase = new UserProfile(new Username("JANE"), new EmailAddress("other@example.org"), null);

        assertThatExceptionOfType(DuplicateValueException.class)
                .isThrownBy(() -> registerUser.register(new RegisterUserCommand(sameNameOtherCase, PASSWORD)))
                .satisfies(e -> assertThat(e.field()).isEqualTo("username"));
        assertThat(fixture.users.count()).isEqualTo(1);
    }

    @Test
    void refusesATakenEmail() {
        fixture.user("jane");
        UserProfile sameEmail = new UserProfile(new Username("john"), new EmailAddress("JANE@example.org"), null);

        assertThatExceptionOfType(DuplicateValueException.class)
                .isThrownBy(() -> registerUser.register(new RegisterUserCommand(sameEmail, PASSWORD)))
                .satisfies(e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void theCommandNeverPrintsThePassword() {
        assertThat(new RegisterUserCommand(profile("jane"), PASSWORD).toString()).doesNotContain(PASSWORD.value());
    }
}
