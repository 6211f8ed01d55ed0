package dev.careshop.application.shop.user.port.in;

import dev.careshop.domain.shop.user.UserId;
import java.util.Objects;

public record ChangeUserActiveCommand(UserId id, boolean active) {

    public ChangeUserActiveCommand {
        Objects.requireNonNull(id, "id");
    }
}
