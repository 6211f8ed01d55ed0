package dev.careshop.application.shop.user.service;

import dev.careshop.domain.shop.user.LastAdministratorException;
import dev.careshop.domain.shop.user.Role;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserId;
import dev.careshop.domain.shop.user.UserRepository;
import java.util.Collection;
import java.util.Set;

/**
 * Keeps at least one active administrator: the services that demote, deactivate or delete users ask here first. The
 * active administrators are locked ({@link UserRepository#lockActiveAdministrators()}), so two administrators
 * demoting each other at the same moment run one after the other, and the second finds itself the last one.
 */
final class Administrators {

    private Administrators() {
    }

    /** Whether {@code user}, as stored, is one of the administrators the service must not run out of. */
    static boolean isActiveAdministrator(User user) {
        return user.isActive() && user.getRole() == Role.ADMIN;
    }

    /**
     * Locks the active administrators and refuses when every one of them is among {@code leaving}.
     *
     * @param change what is refused, for the message ("demoting user …")
     */
    static void keepOneBesides(UserRepository users, Collection<UserId> leaving, String change) {
        refuseIfNoneLeft(users.lockActiveAdministrators(), leaving, change);
    }

    /** For a caller that locked the administrators earlier (to keep its locking order) and decides now. */
    static void refuseIfNoneLeft(Set<UserId> activeAdministrators, Collection<UserId> leaving, String change) {
        // A service without any administrator (possible only before the first start created one) has none to keep.
        if (!activeAdministrators.isEmpty() && leaving.containsAll(activeAdministrators)) {
            throw new LastAdministratorException(change);
        }
    }
}
