package dev.careshop.application.shop.user.port.in;

import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserId;

public interface GetUserUseCase {

    User get(UserId id);
}
