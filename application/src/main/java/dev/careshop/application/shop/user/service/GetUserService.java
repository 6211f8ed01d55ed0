package dev.careshop.application.shop.user.service;

import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.user.port.in.GetUserUseCase;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserId;
import dev.careshop.domain.shop.user.UserRepository;

@UseCase(readOnly = true)
public class GetUserService implements GetUserUseCase {

    private final UserRepository users;

    public GetUserService(UserRepository users) {
        this.users = users;
    }

    @Override
    public User get(UserId id) {
        return UserLoader.load(users, id);
    }
}
