package dev.careshop.domain.shop.user;

import dev.careshop.domain.shared.MissingReferenceException;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** A bulk operation names users that do not exist; nothing was changed. */
public class UnknownUsersException extends MissingReferenceException {

    private final List<UserId> ids;

    public UnknownUsersException(String field, Collection<UserId> ids) {
        super(field, "user", ids);
        this.ids = List.copyOf(ids);
    }

    public List<UserId> ids() {
        return ids;
    }

    @Override
    public String getMessage() {
        return (ids.size() == 1 ? "this user does not exist: " : "these users do not exist: ")
                + ids.stream().map(UserId::toString).collect(Collectors.joining(", "));
    }
}
