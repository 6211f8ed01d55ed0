package dev.careshop.application.shop.user.port.in;

import dev.careshop.domain.shop.user.Role;
import dev.careshop.domain.shop.user.UserId;
import java.util.Objects;

public record ChangeUserRoleCommand(UserId id, Role role) {

    public ChangeUserRoleCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
    }
}
