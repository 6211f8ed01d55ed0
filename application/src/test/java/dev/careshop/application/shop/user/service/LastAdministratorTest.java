package dev.careshop.application.shop.user.service;

import static dev.careshop.application.shop.user.UserFixture.CLOCK;
import static dev.careshop.application.shop.user.UserFixture.LATER_CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.application.shop.user.UserFixture;
import dev.careshop.application.shop.user.port.in.ChangeUserActiveCommand;
import dev.careshop.application.shop.user.port.in.ChangeUserRoleCommand;
import dev.careshop.application.shop.user.port.in.ChangeUsersStatusCommand;
import dev.careshop.domain.shop.user.LastAdministratorException;
import dev.careshop.domain.shop.user.Role;
import dev.careshop.domain.shop.user.User;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The service always keeps one active administrator: the last one cannot be demoted, deactivated or deleted. */
class LastAdministratorTest {

    private final UserFixture fixture = new UserFixture();
    private final ChangeUserRoleService changeRole = new ChangeUserRoleService(fixture.users, LATER_CLOCK);
    private final ChangeUserActiveService changeActive = new ChangeUserActiveService(fixture.users, LATER_CLOCK);
    private final ChangeUsersStatusService changeStatus = new ChangeUsersStatusService(fixture.users, LATER_CLOCK);
    private final DeleteUserService deleteUser = new DeleteUserService(fixture.users);

    private final User ada = admin("ada");
    private final User jane = fixture.user("jane");

    private User admin(String username) {
        User user = fixture.user(username);
        user.changeRole(Role.ADMIN, CLOCK);
        return fixture.users.save(user);
    }

    @Test
    void theLastActiveAdministratorCannotBeDemotedDeactivatedOrDeleted() {
        assertLastAdministrator(() -> changeRole.changeRole(new ChangeUserRoleCommand(ada.getId(), Role.STAFF)));
        assertLastAdministrator(() -> changeActive.changeActive(new ChangeUserActiveCommand(ada.getId(), false)));
        assertLastAdministrator(() -> changeStatus.changeStatus(new ChangeUsersStatusCommand(List.of(jane.getId(), ada.getId()), false)));
        assertLastAdministrator(() -> deleteUser.delete(ada.getId()));

        User stored = fixture.users.findById(ada.getId()).orElseThrow();
        assertThat(stored.getRole()).isEqualTo(Role.ADMIN);
        assertThat(stored.isActive()).isTrue();
        assertThat(fixture.users.findById(jane.getId()).orElseThrow().isActive()).isTrue();
    }

    @Test
    void withASecondActiveAdministratorEitherMayGo() {
        User grace = admin("grace");

        changeRole.changeRole(new ChangeUserRoleCommand(ada.getId(), Role.CUSTOMER));

        assertLastAdministrator(() -> changeActive.changeActive(new ChangeUserActiveCommand(grace.getId(), false)));
    }

    @Test
    void anInactiveAdministratorDoesNotCount() {
        User grace = admin("grace");
        changeActive.changeActive(new ChangeUserActiveCommand(grace.getId(), false));

        assertLastAdministrator(() -> changeRole.changeRole(new ChangeUserRoleCommand(ada.getId(), Role.CUSTOMER)));
        // ...and demoting or deleting the inactive one takes nothing away.
        changeRole.changeRole(new ChangeUserRoleCommand(grace.getId(), Role.CUSTOMER));
    }

    @Test
    void aBulkDeactivationOfEveryAdministratorIsRefusedAsAWhole() {
        User grace = admin("grace");

        assertLastAdministrator(() -> changeStatus.changeStatus(
                new ChangeUsersStatusCommand(List.of(ada.getId(), jane.getId(), grace.getId()), false)));

        assertThat(List.of(ada, jane, grace)).allSatisfy(user ->
                assertThat(fixture.users.findById(user.getId()).orElseThrow().isActive()).isTrue());
    }

    @Test
    void changesThatRemoveNoAdministratorNeitherLockNorRefuse() {
        changeRole.changeRole(new ChangeUserRoleCommand(jane.getId(), Role.STAFF));
        changeRole.changeRole(new ChangeUserRoleCommand(ada.getId(), Role.ADMIN));
        changeActive.changeActive(new ChangeUserActiveCommand(jane.getId(), false));
        changeActive.changeActive(new ChangeUserActiveCommand(ada.getId(), true));
        changeStatus.changeStatus(new ChangeUsersStatusCommand(List.of(ada.getId(), jane.getId()), true));

        assertThat(fixture.users.administratorLocks()).isZero();
    }

    @Test
    void deletingSomeoneElseIsAllowed() {
        deleteUser.delete(jane.getId());

        assertThat(fixture.users.existsById(jane.getId())).isFalse();
    }

    private void assertLastAdministrator(ThrowingCallable call) {
        assertThatExceptionOfType(LastAdministratorException.class).isThrownBy(call)
                .withMessageContaining("would leave no active administrator");
    }
}
