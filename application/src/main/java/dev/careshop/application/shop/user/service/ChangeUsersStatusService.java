package dev.careshop.application.shop.user.service;

import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.user.port.in.ChangeUsersStatusCommand;
import dev.careshop.application.shop.user.port.in.ChangeUsersStatusUseCase;
import dev.careshop.domain.shop.user.DeactivationLocks;
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
     * Two statements whatever the number of ids: which ids are unknown, then one UPDATE of those that differ. A
     * deactivation learns the active administrators in the first statement too (and locks them), so that it cannot
     * deactivate the last of them.
     */
    @Override
    public int changeStatus(ChangeUsersStatusCommand command) {
        Set<UserId> missing;
        Set<UserId> activeAdministrators;
        if (command.active()) {
            missing = users.findMissing(command.ids());
            activeAdministrators = Set.of(); // an activation takes no administrator away: none to keep
        } else {
            DeactivationLocks locks = users.lockForDeactivation(command.ids());
            missing = locks.missing();
            activeAdministrators = locks.activeAdministrators();
        }
        if (!missing.isEmpty()) {
            List<UserId> inRequestOrder = command.ids().stream().filter(missing::contains).toList();
            throw new UnknownUsersException("ids", inRequestOrder);
        }
        Administrators.refuseIfNoneLeft(activeAdministrators, command.ids(), "deactivating these users");
        return users.changeActive(command.ids(), command.active(), clock.instant());
    }
}
