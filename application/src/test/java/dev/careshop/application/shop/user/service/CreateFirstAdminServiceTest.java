package dev.careshop.application.shop.user.service;

import static dev.careshop.application.shop.user.UserFixture.CLOCK;
import static dev.careshop.application.shop.user.UserFixture.PASSWORD;
import static dev.careshop.application.shop.user.UserFixture.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.application.shop.user.UserFixture;
import dev.careshop.application.shop.user.port.in.CreateFirstAdminCommand;
import dev.careshop.application.shop.user.port.in.CreateFirstAdminUseCase;
import dev.careshop.application.shop.user.port.in.CreateFirstAdminUseCase.FirstAdminOutcome;
import dev.careshop.domain.shared.DuplicateValueException;
import dev.careshop.domain.shop.user.Password;
import dev.careshop.domain.shop.user.Role;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserProfile;
import dev.careshop.domain.shop.user.Username;
import org.junit.jupiter.api.Test;

class CreateFirstAdminServiceTest {

    private static final Password ADMIN_PASSWORD = new Password("the first admin's password");

    private final UserFixture fixture = new UserFixture();
    private final CreateFirstAdminUseCase createFirstAdmin = new CreateFirstAdminService(fixture.users, fixture.hasher, CLOCK);

    private FirstAdminOutcome createAdmin() {
        return createFirstAdmin.createIfNoAdmin(new CreateFirstAdminCommand(profile("admin"), ADMIN_PASSWORD));
    }

    @Test
    void withoutAnAdministratorItCreatesAnActiveAdminWithTheHashOfThePassword() {
        fixture.user("jane");
        assertThat(createFirstAdmin.adminExists()).isFalse();

        assertThat(createAdmin()).isEqualTo(FirstAdminOutcome.CREATED);

        User admin = fixture.users.all().stream().filter(u -> u.getProfile().username().value().equals("admin"))
                .findFirst().orElseThrow();
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
        assertThat(admin.isActive()).isTrue();
        assertThat(fixture.hasher.matches(ADMIN_PASSWORD, admin.getPasswordHash())).isTrue();
        assertThat(admin.getPasswordHash().value()).doesNotContain(ADMIN_PASSWORD.value());
        assertThat(createFirstAdmin.adminExists()).isTrue();
    }

    @Test
    void withAnActiveAdministratorItChangesNothing() {
        User boss = fixture.user("boss");
        boss.changeRole(Role.ADMIN, CLOCK);
        fixture.users.save(boss);
        int savesBefore = fixture.users.saves();

        assertThat(createAdmin()).isEqualTo(FirstAdminOutcome.ADMIN_EXISTS);

        assertThat(fixture.users.count()).isEqualTo(1);
        assertThat(fixture.users.saves()).isEqualTo(savesBefore);
    }

    @Test
    void anInactiveAdministratorDoesNotCountSoTheFirstAdminIsCreated() {
        User retired = fixture.user("retired");
        retired.changeRole(Role.ADMIN, CLOCK);
        retired.changeActive(false, CLOCK);
        fixture.users.save(retired);

        assertThat(createAdmin()).isEqualTo(FirstAdminOutcome.CREATED);
        assertThat(fixture.users.count()).isEqualTo(2);
    }

    @Test
    void anExistingUserWithTheAdministratorsNameIsNeverPromoted() {
        User squatter = fixture.user("admin");
        long versionBefore = squatter.getVersion();

        assertThatExceptionOfType(DuplicateValueException.class).isThrownBy(this::createAdmin);

        User after = fixture.users.findById(squatter.getId()).orElseThrow();
        assertThat(after.getRole()).isEqualTo(Role.CUSTOMER);
        assertThat(after.getVersion()).isEqualTo(versionBefore);
        assertThat(fixture.hasher.matches(PASSWORD, after.getPasswordHash())).as("the password is not replaced").isTrue();
        assertThat(fixture.users.count()).isEqualTo(1);
        assertThat(createFirstAdmin.adminExists()).isFalse();
    }

    @Test
    void anExistingUserWithTheAdministratorsEmailIsNeverPromotedEither() {
        User squatter = fixture.user("someone");
        UserProfile sameEmail = new UserProfile(new Username("admin"), squatter.getProfile().email(), "Administrator");

        assertThatExceptionOfType(DuplicateValueException.class)
                .isThrownBy(() -> createFirstAdmin.createIfNoAdmin(new CreateFirstAdminCommand(sameEmail, ADMIN_PASSWORD)));

        assertThat(fixture.users.findById(squatter.getId()).orElseThrow().getRole()).isEqualTo(Role.CUSTOMER);
        assertThat(fixture.users.count()).isEqualTo(1);
    }
}
