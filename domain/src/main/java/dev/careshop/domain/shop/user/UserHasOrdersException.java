package dev.careshop.domain.shop.user;

import dev.careshop.domain.shared.ConflictException;

/** Orders are financial records: a user who has any cannot be deleted, only deactivated. */
public class UserHasOrdersException extends ConflictException {

    public UserHasOrdersException(UserId id) {
        super("user " + id + " has orders and cannot be deleted; deactivate the user instead");
    }
}
