package dev.careshop.application.shop.user.service;

import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.user.port.in.DeleteInactiveUsersUseCase;
import dev.careshop.domain.shop.user.BulkDeletion;
import dev.careshop.domain.shop.user.UserRepository;

@UseCase
public class DeleteInactiveUsersService implements DeleteInactiveUsersUseCase {

    private final UserRepository users;

    public DeleteInactiveUsersService(UserRepository users) {
        this.users = users;
    }

    @Override
    public BulkDeletion deleteInactive() {
        return users.deleteInactiveWithoutOrders();
    }
}
