package dev.careshop.domain.identity;

import dev.careshop.domain.shop.user.Role;
import dev.careshop.domain.shop.user.UserId;
import dev.careshop.domain.shop.user.Username;
import java.util.Objects;

/**
 * The signed-in user on whose behalf a use case runs, as their access token names them: who (id and username when the
 * token was issued) and with which role. It knows nothing of how the token was checked; the application decides with
 * it which records the user may see and change.
 * <p>
 * The ownership rules of the service:
 * <ul>
 *   <li>everybody may read and change what is their own (their user record, posts, orders);</li>
 *   <li>{@code STAFF} may also read every user's records and orders;</li>
 *   <li>{@code ADMIN} may also change them.</li>
 * </ul>
 */
public record Actor(UserId userId, Username username, Role role) {

    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
    }

    public boolean is(UserId user) {
        return userId.equals(user);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Staff and administrators: the people who run the clinic and the shop. */
    public boolean isStaff() {
        return role == Role.STAFF || role == Role.ADMIN;
    }

    /** Whether this actor may read what belongs to {@code owner}. */
    public boolean mayRead(UserId owner) {
        return is(owner) || isStaff();
    }

    /** Whether this actor may change what belongs to {@code owner}. */
    public boolean mayChange(UserId owner) {
        return is(owner) || isAdmin();
    }
}
