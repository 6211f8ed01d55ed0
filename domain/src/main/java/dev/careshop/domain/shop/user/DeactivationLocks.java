package dev.careshop.domain.shop.user;

import java.util.Set;

/**
 * What a bulk deactivation needs to know, read under lock: which of the named ids name no user, and who the active
 * administrators are (so that the last of them is not deactivated).
 */
public record DeactivationLocks(Set<UserId> missing, Set<UserId> activeAdministrators) {

    public DeactivationLocks {
        missing = Set.copyOf(missing);
        activeAdministrators = Set.copyOf(activeAdministrators);
    }
}
