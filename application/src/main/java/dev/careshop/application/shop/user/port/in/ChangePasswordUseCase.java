package dev.careshop.application.shop.user.port.in;

import dev.careshop.domain.shop.user.User;

public interface ChangePasswordUseCase {

    /** Stores the hash of the new password; answers the user at its new version. */
    User changePassword(ChangePasswordCommand command);
}
