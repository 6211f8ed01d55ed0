package dev.careshop.application.identity.actor.service;

import static dev.careshop.application.shop.user.UserFixture.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careshop.application.identity.actor.port.in.ConfirmActorUseCase;
import dev.careshop.application.identity.actor.port.out.LoadActorPort;
import dev.careshop.application.shop.user.UserFixture;
import dev.careshop.domain.identity.Actor;
import dev.careshop.domain.shop.user.Role;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserId;
import dev.careshop.domain.shop.user.Username;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ConfirmActorServiceTest {

    private final UserFixture fixture = new UserFixture();
    /** The port as the persistence adapter answers it, over the fixture's in-memory users. */
    private final LoadActorPort actors = userId -> fixture.users.findById(userId)
            .filter(User::isActive)
            .map(user -> new Actor(user.getId(), user.getProfile().username(), user.getRole()));
    private final ConfirmActorUseCase confirmActor = new ConfirmActorService(actors);

    @Test
    void anActiveUserActsWithTheRoleAndUsernameTheyHaveNow() {
        User jane = fixture.user("jane");
        jane.changeRole(Role.STAFF, CLOCK);
        fixture.users.save(jane);

        assertThat(confirmActor.confirm(jane.getId()))
                .contains(new Actor(jane.getId(), new Username("jane"), Role.STAFF));
    }

    @Test
    void anInactiveUserMayNotAct() {
        User jane = fixture.user("jane");
        jane.changeActive(false, CLOCK);
        fixture.users.save(jane);

        assertThat(confirmActor.confirm(jane.getId())).isEmpty();
    }

    @Test
    void aUserWhoNoLongerExistsMayNotAct() {
        assertThat(confirmActor.confirm(new UserId(UUID.randomUUID()))).isEmpty();
    }
}
