package dev.careshop.application.shop.user.service;

import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.user.port.in.ListUsersUseCase;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserRepository;
import dev.careshop.domain.shop.user.UserSearch;

@UseCase(readOnly = true)
public class ListUsersService implements ListUsersUseCase {

    private final UserRepository users;

    public ListUsersService(UserRepository users) {
        this.users = users;
    }

    @Override
    public Page<User> list(UserSearch search, PageRequest pageRequest) {
        return users.search(search, pageRequest);
    }
}
