package dev.careshop.application.shop.user.port.in;

import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserSearch;

public interface ListUsersUseCase {

    Page<User> list(UserSearch search, PageRequest pageRequest);
}
