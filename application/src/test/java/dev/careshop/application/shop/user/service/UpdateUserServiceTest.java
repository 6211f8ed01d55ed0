package dev.careshop.application.shop.user.service;

import static dev.careshop.application.shop.user.UserFixture.LATER;
import static dev.careshop.application.shop.user.UserFixture.LATER_CLOCK;
import static dev.careshop.application.shop.user.UserFixture.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.application.identity.fakes.FakeCurrentActor;
import dev.careshop.application.shop.user.UserFixture;
import dev.careshop.application.shop.user.port.in.UpdateUserCommand;
import dev.careshop.application.shop.user.port.in.UpdateUserUseCase;
import dev.careshop.domain.shared.DuplicateValueException;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shared.StaleVersionException;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserId;
import org.junit.jupiter.api.Test;

class UpdateUserServiceTest {

    private final UserFixture fixture = new UserFixture();
    private final UpdateUserUseCase updateUser = new UpdateUserService(fixture.users, new FakeCurrentActor(), LATER_CLOCK);

    @Test
    void replacesTheProfileBumpsTheVersionAndKeepsPasswordRoleAndActive() {
        User jane = fixture.user("jane");

        User updated = updateUser.update(new UpdateUserCommand(jane.getId(), profile("jane.doe"), 0L));

        assertThat(updated.getProfile()).isEqualTo(profile("jane.doe"));
        assertThat(updated.getVersion()).isEqualTo(1);
        assertThat(updated.getUpdatedAt()).isEqualTo(LATER);
        assertThat(updated.getPasswordHash()).isEqualTo(jane.getPasswordHash());
        assertThat(updated.isActive()).isTrue();
    }

    @Test
    void refusesAStaleVersionAndChangesNothing() {
        User jane = fixture.user("jane");

        assertThatExceptionOfType(StaleVersionException.class)
                .isThrownBy(() -> updateUser.update(new UpdateUserCommand(jane.getId(), profile("other"), 3L)));
        assertThat(fixture.users.findById(jane.getId()).orElseThrow().getProfile()).isEqualTo(profile("jane"));
    }

    @Test
    void refusesTheUsernameOfAnotherUser() {
        fixture.user("john");
        User jane = fixture.user("jane");

        assertThatExceptionOfType(DuplicateValueException.class)
                .isThrownBy(() -> updateUser.update(new UpdateUserCommand(jane.getId(), profile("john"), null)));
    }

    @Test
    void answersNotFoundForAnUnknownUser() {
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> updateUser.update(new UpdateUserCommand(UserId.newId(), profile("x.y.z"), null)));
    }
}
