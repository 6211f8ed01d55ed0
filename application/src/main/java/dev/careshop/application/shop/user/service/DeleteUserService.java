package dev.careshop.application.shop.user.service;

import dev.careshop.application.shared.UseCase;
import dev.careshop.application.shop.user.port.in.DeleteUserUseCase;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shop.user.UserId;
import dev.careshop.domain.shop.user.UserRepository;
import java.util.Set;

@UseCase
public class DeleteUserService implements DeleteUserUseCase {

    private final UserRepository users;

    public DeleteUserService(UserRepository users) {
        this.users = users;
    }

    @Override
    public void delete(UserId id) {
        // Deleting the last active administrator is refused; the lock it takes is one statement, whoever is deleted.
        Administrators.keepOneBesides(users, Set.of(id), "deleting user " + id);
        // Orders are the orders slice's aggregate: the foreign key (ON DELETE RESTRICT) answers "has orders", and the
        // repository turns its refusal into UserHasOrdersException. One statement, and no race with a new order.
        if (!users.delete(id)) {
            throw new NotFoundException("user", id);
        }
    }
}
