package dev.careshop.application.shop.user.service;

import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.user.port.in.ChangeUsersStatusCommand;
import dev.careshop.application.shop.user.port.in.ChangeUsersStatusUseCase;
import dev.careshop.domain.shop.user.UnknownUsersException;
import dev.careshop.domain.shop.user.UserId;
import dev.careshop.domain.shop.user.UserRepository;
import java.time.Clock;
import java.util.List;
import java.util.Set;

@UseCase
public class ChangeUsersStatusService implements ChangeUsersStatusUseCase {

    private final UserRepository users;
    private final Clock clock;

    public ChangeUsersStatusService(UserRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    /**
     * Two statements whatever the number of ids: which ids are unknown, then one UPDATE of those that differ; a
     * deactivation first locks the active administrators (a third), so that it cannot deactivate the last of them.
     * That lock comes first, as in every other use case that takes it, so that two bulk changes wait rather than deadlock.
     */
    @Override
    public int changeStatus(ChangeUsersStatusCommand command) {
        Set<UserId> activeAdministrators = command.active() ? Set.of() : users.lockActiveAdministrators();
        Set<UserId> missing = users.findMissing(command.ids());
        if (!missing.isEmpty()) {
            List<UserId> inRequestOrder = command.ids().stream().filter(missing::contains).toList();
            throw new UnknownUsersException("ids", inRequestOrder);
        }
        Administrators.refuseIfNoneLeft(activeAdministrators, command.ids(), "deactivating these users");
        return users.changeActive(command.ids(), command.active(), clock.instant());
    }
}
