package dev.careshop.application.shop.user.port.in;

import dev.careshop.domain.shared.InvalidValueException;
import dev.careshop.domain.shop.user.UserId;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/** Activate or deactivate many users at once: 1 to {@value #MAX_IDS} distinct ids. */
public record ChangeUsersStatusCommand(List<UserId> ids, boolean active) {

    public static final int MAX_IDS = 1000;

    public ChangeUsersStatusCommand {
        Objects.requireNonNull(ids, "ids");
        if (ids.isEmpty() || ids.size() > MAX_IDS) {
            throw new InvalidValueException("ids", "ids must hold between 1 and " + MAX_IDS + " user ids");
        }
        if (new HashSet<>(ids).size() != ids.size()) {
            throw new InvalidValueException("ids", "ids must not repeat a user id");
        }
        ids = List.copyOf(ids);
    }
}
