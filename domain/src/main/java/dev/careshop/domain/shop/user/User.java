package dev.careshop.domain.shop.user;

import dev.careshop.domain.shared.StaleVersionException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * A shop user account. Username and e-mail are unique ignoring case (the database guards both). The password exists
 * here only as its hash. {@code role} and {@code active} change only through their own operations, never through
 * {@link #update}. Posts belong to the user but are not held here: a user may have many, and writing one must not
 * load the others, so {@link #writePost} answers the new post for the repository to append.
 */
public final class User {

    private final UserId id;
    private UserProfile profile;
    private PasswordHash passwordHash;
    private Role role;
    private boolean active;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;

    private User(UserId id, UserProfile profile, PasswordHash passwordHash, Role role, boolean active,
                 Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.profile = Objects.requireNonNull(profile, "profile");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.role = Objects.requireNonNull(role, "role");
        this.active = active;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = version;
    }

    /** A new, active customer. */
    public static User register(UserProfile profile, PasswordHash passwordHash, Clock clock) {
        Instant now = clock.instant();
        return new User(UserId.newId(), profile, passwordHash, Role.CUSTOMER, true, now, now, 0);
    }

    /** Rebuilds a user from storage; no rule is checked again. */
    public static User rehydrate(UserId id, UserProfile profile, PasswordHash passwordHash, Role role, boolean active,
                                 Instant createdAt, Instant updatedAt, long version) {
        return new User(id, profile, passwordHash, role, active, createdAt, updatedAt, version);
    }

    /** Replaces the profile; {@code expectedVersion}, when given, must be the current version. */
    public void update(UserProfile newProfile, Long expectedVersion, Clock clock) {
        StaleVersionException.check("user", id, expectedVersion, version);
        this.profile = Objects.requireNonNull(newProfile, "newProfile");
        this.updatedAt = clock.instant();
    }

    public void changePassword(PasswordHash newHash, Clock clock) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
        this.updatedAt = clock.instant();
    }

    /** Gives the user another role; answers whether anything changed (the same role again is no change). */
    public boolean changeRole(Role newRole, Clock clock) {
        Objects.requireNonNull(newRole, "newRole");
        if (newRole == role) {
            return false;
        }
        this.role = newRole;
        this.updatedAt = clock.instant();
        return true;
    }

    /** Activates or deactivates the user; answers whether anything changed. */
    public boolean changeActive(boolean newActive, Clock clock) {
        if (newActive == active) {
            return false;
        }
        this.active = newActive;
        this.updatedAt = clock.instant();
        return true;
    }

    /**
     * A new post by this user, for the repository to append. Inactive users cannot post. Writing a post changes
     * nothing of the user itself (no new version): posts are append-only and never edited.
     */
    public Post writePost(PostContent content, Clock clock) {
        Objects.requireNonNull(content, "content");
        if (!active) {
            throw new InactiveUserException(id);
        }
        return new Post(PostId.newId(), id, content, clock.instant());
    }

    public UserId getId() {
        return id;
    }

    public UserProfile getProfile() {
        return profile;
    }

    public PasswordHash getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
