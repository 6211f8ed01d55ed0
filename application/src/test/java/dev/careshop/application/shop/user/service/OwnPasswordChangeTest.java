package dev.careshop.application.shop.user.service;

import static dev.careshop.application.shop.user.UserFixture.LATER_CLOCK;
import static dev.careshop.application.shop.user.UserFixture.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.application.identity.fakes.FakeCurrentActor;
import dev.careshop.application.shop.user.UserFixture;
import dev.careshop.application.shop.user.port.in.ChangePasswordCommand;
import dev.careshop.domain.shared.InvalidValueException;
import dev.careshop.domain.shared.NotPermittedException;
import dev.careshop.domain.shop.user.Password;
import dev.careshop.domain.shop.user.Role;
import dev.careshop.domain.shop.user.User;
import org.junit.jupiter.api.Test;

/** Changing one's own password needs the current one; an administrator setting another user's does not. */
class OwnPasswordChangeTest {

    private static final Password NEW_PASSWORD = new Password("a brand new secret");

    private final UserFixture fixture = new UserFixture();
    private final FakeCurrentActor actor = new FakeCurrentActor();
    private final ChangePasswordService changePassword = new ChangePasswordService(fixture.users, fixture.hasher, actor, LATER_CLOCK);
    private final User jane = fixture.user("jane");

    @Test
    void theRightCurrentPasswordLetsUsersChangeTheirOwn() {
        actor.actAs(jane.getId(), Role.CUSTOMER);

        changePassword.changePassword(new ChangePasswordCommand(jane.getId(), NEW_PASSWORD, PASSWORD.value()));

        assertThat(storedPasswordIs(NEW_PASSWORD)).isTrue();
    }

    @Test
    void withoutTheCurrentPasswordTheRequestIsInvalid() {
        actor.actAs(jane.getId(), Role.CUSTOMER);

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> changePassword.changePassword(new ChangePasswordCommand(jane.getId(), NEW_PASSWORD, null)))
                .satisfies(e -> assertThat(e.field()).isEqualTo("currentPassword"));
        assertThat(storedPasswordIs(PASSWORD)).isTrue();
    }

    @Test
    void aWrongCurrentPasswordIsRefusedWithoutQuotingAnyPassword() {
        actor.actAs(jane.getId(), Role.CUSTOMER);

        for (String wrong : new String[] {"not my password at all", "short", " ", "x".repeat(500)}) {
            assertThatExceptionOfType(NotPermittedException.class)
                    .isThrownBy(() -> changePassword.changePassword(new ChangePasswordCommand(jane.getId(), NEW_PASSWORD, wrong)))
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(wrong.trim().isEmpty() ? "\u0000" : wrong)
                            .doesNotContain(NEW_PASSWORD.value()).doesNotContain(PASSWORD.value()));
        }
        assertThat(storedPasswordIs(PASSWORD)).isTrue();
        assertThat(fixture.users.findById(jane.getId()).orElseThrow().getVersion()).isZero();
    }

    @Test
    void administratorsProveTheirOwnPasswordToo() {
        User admin = fixture.user("the_admin");
        actor.actAs(admin.getId(), Role.ADMIN);

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> changePassword.changePassword(new ChangePasswordCommand(admin.getId(), NEW_PASSWORD)));
        changePassword.changePassword(new ChangePasswordCommand(admin.getId(), NEW_PASSWORD, PASSWORD.value()));
    }

    @Test
    void anAdministratorSetsAnotherUsersPasswordWithoutTheirCurrentOne() {
        actor.actAsSomeone(Role.ADMIN);

        changePassword.changePassword(new ChangePasswordCommand(jane.getId(), NEW_PASSWORD));

        assertThat(storedPasswordIs(NEW_PASSWORD)).isTrue();
    }

    @Test
    void theCommandNeverPrintsEitherPassword() {
        String printed = new ChangePasswordCommand(jane.getId(), NEW_PASSWORD, PASSWORD.value()).toString();

        assertThat(printed).doesNotContain(NEW_PASSWORD.value()).doesNotContain(PASSWORD.value());
    }

    private boolean storedPasswordIs(Password password) {
        return fixture.hasher.matches(password, fixture.users.findById(jane.getId()).orElseThrow().getPasswordHash());
    }
}
