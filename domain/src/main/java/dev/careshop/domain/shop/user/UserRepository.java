package dev.careshop.domain.shop.user;

import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** Where users and their posts are kept. */
public interface UserRepository {

    Optional<User> findById(UserId id);

    boolean existsById(UserId id);

    /** Whether some active user has {@code role}: the service always needs at least one active administrator. */
    boolean existsActiveWithRole(Role role);

    /**
     * The active administrators, each locked against any change until the transaction ends. Whoever demotes,
     * deactivates or deletes users asks this first, so two such changes run one after the other and the second sees
     * what the first left: together they can never remove the last administrator.
     */
    Set<UserId> lockActiveAdministrators();

    /**
     * Stores a new or changed user and answers it as stored.
     *
     * @throws dev.careshop.domain.shared.DuplicateValueException when another user has the same username or e-mail,
     *                                                          ignoring case (field {@code username} or {@code email})
     */
    User save(User user);

    /**
     * Deletes the user and their posts; answers whether the user existed.
     *
     * @throws UserHasOrdersException when orders refer to the user
     */
    boolean delete(UserId id);

    Page<User> search(UserSearch search, PageRequest pageRequest);

    /**
     * Those of {@code ids} that name no user. The users that do exist cannot be deleted by anyone else until the
     * transaction ends, so a bulk change checked with this is all or nothing even against a concurrent deletion.
     */
    Set<UserId> findMissing(Collection<UserId> ids);

    /**
     * For a bulk deactivation, in one statement: those of {@code ids} that name no user, and the active
     * administrators. The named users and the active administrators are locked against any change until the
     * transaction ends, so this holds against a concurrent deletion (as {@link #findMissing}) and against a
     * concurrent demotion or deactivation of an administrator (as {@link #lockActiveAdministrators()}).
     */
    DeactivationLocks lockForDeactivation(Collection<UserId> ids);

    /**
     * Sets {@code active} on every one of {@code ids} whose flag differs, in one statement, bumping their version and
     * stamping {@code updatedAt}; answers how many changed. Unknown ids are ignored here.
     */
    int changeActive(Collection<UserId> ids, boolean active, Instant updatedAt);

    /**
     * Deletes every inactive user who has no orders (with their posts); counts the inactive users kept for their
     * orders. An order being placed for one of them at the same moment is waited for, and its user kept.
     */
    BulkDeletion deleteInactiveWithoutOrders();

    /** Appends a post written by {@link User#writePost}; the user's other posts are not loaded. */
    void appendPost(Post post);

    Optional<Post> findPost(UserId userId, PostId postId);

    /** The user's posts, newest first. */
    Page<Post> findPosts(UserId userId, PageRequest pageRequest);
}
