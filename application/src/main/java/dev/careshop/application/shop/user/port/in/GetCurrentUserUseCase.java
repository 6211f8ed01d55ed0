package dev.careshop.application.shop.user.port.in;

import dev.careshop.domain.shop.user.User;

/** The signed-in user's own record. */
public interface GetCurrentUserUseCase {

    /** @throws dev.careshop.domain.shared.NotFoundException when the user was deleted since they logged in */
    User current();
}
