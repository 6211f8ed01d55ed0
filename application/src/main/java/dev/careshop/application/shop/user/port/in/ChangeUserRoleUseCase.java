package dev.careshop.application.shop.user.port.in;

import dev.careshop.domain.shop.user.User;

public interface ChangeUserRoleUseCase {

    /** The only way to change a user's role; the same role again changes nothing (not even the version). */
    User changeRole(ChangeUserRoleCommand command);
}
