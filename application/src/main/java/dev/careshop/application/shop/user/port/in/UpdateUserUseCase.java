package dev.careshop.application.shop.user.port.in;

import dev.careshop.domain.shop.user.User;

public interface UpdateUserUseCase {

    User update(UpdateUserCommand command);
}
