package dev.careshop.domain.shop.user;

import dev.careshop.domain.shared.ConflictException;

/**
 * The change would leave the service without an active administrator: nobody could then change roles, activate
 * users or delete them, and only a database operator could repair it.
 */
public class LastAdministratorException extends ConflictException {

    public LastAdministratorException(String change) {
        super(change + " would leave no active administrator; make another user ADMIN first");
    }
}
