package dev.careshop.application.shop.user.service;

import static dev.careshop.application.shop.user.UserFixture.LATER;
import static dev.careshop.application.shop.user.UserFixture.LATER_CLOCK;
import static dev.careshop.application.shop.user.UserFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.application.identity.fakes.FakeCurrentActor;
import dev.careshop.application.shop.user.UserFixture;
import dev.careshop.application.shop.user.port.in.ChangePasswordCommand;
import dev.careshop.application.shop.user.port.in.ChangePasswordUseCase;
import dev.careshop.application.shop.user.port.in.ChangeUserActiveCommand;
import dev.careshop.application.shop.user.port.in.ChangeUserActiveUseCase;
import dev.careshop.application.shop.user.port.in.ChangeUserRoleCommand;
import dev.careshop.application.shop.user.port.in.ChangeUserRoleUseCase;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shop.user.Password;
import dev.careshop.domain.shop.user.Role;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserId;
import org.junit.jupiter.api.Test;

/** Password, role and active: the only operations that change those fields. */
class ChangeAccountServicesTest {

    private static final Password NEW_PASSWORD = new Password("a brand new secret");

    private final UserFixture fixture = new UserFixture();
    private final FakeCurrentActor actor = new FakeCurrentActor();
    private final ChangePasswordUseCase changePassword = new ChangePasswordService(fixture.users, fixture.hasher, actor, LATER_CLOCK);
    private final ChangeUserRoleUseCase changeRole = new ChangeUserRoleService(fixture.users, LATER_CLOCK);
    private final ChangeUserActiveUseCase changeActive = new ChangeUserActiveService(fixture.users, LATER_CLOCK);

    @Test
    void aNewPasswordIsStoredAsItsHashAndBumpsTheVersion() {
        User jane = fixture.user("jane");

        User changed = changePassword.changePassword(new ChangePasswordCommand(jane.getId(), NEW_PASSWORD));

        User stored = fixture.users.findById(jane.getId()).orElseThrow();
        assertThat(fixture.hasher.matches(NEW_PASSWORD, stored.getPasswordHash())).isTrue();
        assertThat(fixture.hasher.matches(PASSWORD, stored.getPasswordHash())).isFalse();
        assertThat(changed.getVersion()).isEqualTo(1);
        assertThat(stored.getUpdatedAt()).isEqualTo(LATER);
    }

    @Test
    void thePasswordCommandNeverPrintsThePassword() {
        assertThat(new ChangePasswordCommand(UserId.newId(), NEW_PASSWORD).toString()).doesNotContain(NEW_PASSWORD.value());
    }

    @Test
    void aNewRoleBumpsTheVersionAndTheSameRoleChangesNothing() {
        User jane = fixture.user("jane");

        assertThat(changeRole.changeRole(new ChangeUserRoleCommand(jane.getId(), Role.STAFF)).getVersion()).isEqualTo(1);
        assertThat(changeRole.changeRole(new ChangeUserRoleCommand(jane.getId(), Role.STAFF)).getVersion()).isEqualTo(1);
        assertThat(fixture.users.findById(jane.getId()).orElseThrow().getRole()).isEqualTo(Role.STAFF);
    }

    @Test
    void deactivatingBumpsTheVersionAndDeactivatingAgainChangesNothing() {
        User jane = fixture.user("jane");
        int savesBefore = fixture.users.saves();

        assertThat(changeActive.changeActive(new ChangeUserActiveCommand(jane.getId(), false)).getVersion()).isEqualTo(1);
        assertThat(changeActive.changeActive(new ChangeUserActiveCommand(jane.getId(), false)).getVersion()).isEqualTo(1);
        assertThat(fixture.users.saves()).isEqualTo(savesBefore + 1);
        assertThat(fixture.users.findById(jane.getId()).orElseThrow().isActive()).isFalse();
    }

    @Test
    void eachAnswersNotFoundForAnUnknownUser() {
        UserId unknown = UserId.newId();
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> changePassword.changePassword(new ChangePasswordCommand(unknown, NEW_PASSWORD)));
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> changeRole.changeRole(new ChangeUserRoleCommand(unknown, Role.ADMIN)));
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> changeActive.changeActive(new ChangeUserActiveCommand(unknown, true)));
    }
}
