package dev.careshop.domain.shop.user;

import dev.careshop.domain.shared.ConflictException;

/** An inactive (deactivated) user cannot write posts until reactivated. */
public class InactiveUserException extends ConflictException {

    public InactiveUserException(UserId id) {
        super("user " + id + " is inactive and cannot write posts");
    }
}
