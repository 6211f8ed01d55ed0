package dev.careshop.application.shop.user.port.in;

import dev.careshop.domain.shop.user.UserId;

public interface DeleteUserUseCase {

    /** Deletes the user and their posts; refused while orders refer to the user. */
    void delete(UserId id);
}
