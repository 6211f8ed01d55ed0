package dev.careshop.application.shop.user.port.in;

import dev.careshop.domain.shop.user.User;

public interface RegisterUserUseCase {

    /** A new, active customer whose password is stored only as a hash. */
    User register(RegisterUserCommand command);
}
