package dev.careshop.application.shop.user.port.in;

import dev.careshop.domain.shop.user.User;

public interface ChangeUserActiveUseCase {

    /** Activates or deactivates one user; the current state again changes nothing (not even the version). */
    User changeActive(ChangeUserActiveCommand command);
}
