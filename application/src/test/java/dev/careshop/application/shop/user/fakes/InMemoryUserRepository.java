package dev.careshop.application.shop.user.fakes;

import dev.careshop.domain.shared.DuplicateValueException;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shared.paging.SortOrder;
import dev.careshop.domain.shop.user.BulkDeletion;
import dev.careshop.domain.shop.user.DeactivationLocks;
import dev.careshop.domain.shop.user.Post;
import dev.careshop.domain.shop.user.PostId;
import dev.careshop.domain.shop.user.Role;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserHasOrdersException;
import dev.careshop.domain.shop.user.UserId;
import dev.careshop.domain.shop.user.UserRepository;
import dev.careshop.domain.shop.user.UserSearch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Users and their posts in memory, with the database's rules: username and e-mail unique ignoring case, a save that
 * changes a user bumps its version (as {@code @Version} does), a user with orders cannot be deleted (the foreign key),
 * and deleting a user deletes their posts (the cascade). Users go in and come out as copies.
 */
public final class InMemoryUserRepository implements UserRepository {

    private static final Map<String, Comparator<User>> SORTABLE = Map.of(
            "username", Comparator.comparing(u -> u.getProfile().username().value().toLowerCase(Locale.ROOT)),
            "email", Comparator.comparing(u -> u.getProfile().email().value()),
            "createdAt", Comparator.comparing(User::getCreatedAt),
            "updatedAt", Comparator.comparing(User::getUpdatedAt));

    private final Map<UserId, User> rows = new LinkedHashMap<>();
    private final List<Post> posts = new ArrayList<>();
    private final Set<UserId> usersWithOrders = new HashSet<>();
    private final Predicate<UserId> hasOrders;
    private int saves;
    private int administratorLocks;

    /** Users whose orders the test marks with {@link #giveOrders}. */
    public InMemoryUserRepository() {
        this(userId -> false);
    }

    /** Users who have orders when {@code hasOrders} says so (or {@link #giveOrders} did), as the orders table would. */
    public InMemoryUserRepository(Predicate<UserId> hasOrders) {
        this.hasOrders = hasOrders;
    }

    @Override
    public Optional<User> findById(UserId id) {
        return Optional.ofNullable(rows.get(id)).map(u -> atVersion(u, u.getVersion()));
    }

    @Override
    public boolean existsById(UserId id) {
        return rows.containsKey(id);
    }

    @Override
    public boolean existsActiveWithRole(Role role) {
        return rows.values().stream().anyMatch(user -> user.isActive() && user.getRole() == role);
    }

    @Override
    public Set<UserId> lockActiveAdministrators() {
        administratorLocks++;
        return rows.values().stream().filter(user -> user.isActive() && user.getRole() == Role.ADMIN)
                .map(User::getId).collect(Collectors.toSet());
    }

    /** How often a use case locked the active administrators. */
    public int administratorLocks() {
        return administratorLocks;
    }

    @Override
    public DeactivationLocks lockForDeactivation(Collection<UserId> ids) {
        return new DeactivationLocks(findMissing(ids), lockActiveAdministrators());
    }

    @Override
    public User save(User user) {
        clash(user, "username", u -> u.getProfile().username().value().toLowerCase(Locale.ROOT));
        clash(user, "email", u -> u.getProfile().email().value());
        User stored = rows.get(user.getId());
        long version = stored == null ? 0 : stored.getVersion() + (state(stored).equals(state(user)) ? 0 : 1);
        rows.put(user.getId(), atVersion(user, version));
        saves++;
        return atVersion(user, version);
    }

    private void clash(User user, String field, java.util.function.Function<User, String> value) {
        if (rows.values().stream().anyMatch(other -> !other.getId().equals(user.getId())
                && value.apply(other).equals(value.apply(user)))) {
            throw new DuplicateValueException(field, "another user already has this " + field);
        }
    }

    @Override
    public boolean delete(UserId id) {
        if (!rows.containsKey(id)) {
            return false;
        }
        if (hasOrders(id)) {
            throw new UserHasOrdersException(id);
        }
        rows.remove(id);
        posts.removeIf(post -> post.userId().equals(id));
        return true;
    }

    @Override
    public Page<User> search(UserSearch search, PageRequest pageRequest) {
        Stream<User> matches = rows.values().stream()
                .filter(u -> search.active() == null || u.isActive() == search.active())
                .filter(u -> search.q() == null || contains(u, search.q().toLowerCase(Locale.ROOT)));
        Comparator<User> order = pageRequest.sort().isEmpty() ? SORTABLE.get("username") : pageRequest.sort().stream()
                .map(s -> s.direction() == SortOrder.Direction.ASC ? SORTABLE.get(s.property()) : SORTABLE.get(s.property()).reversed())
                .reduce(Comparator::thenComparing).orElseThrow();
        return slice(matches.sorted(order.thenComparing(u -> u.getId().value())).toList(), pageRequest);
    }

    private static boolean contains(User user, String q) {
        return Stream.of(user.getProfile().username().value(), user.getProfile().email().value(), user.getProfile().fullName())
                .filter(Objects::nonNull)
                .anyMatch(text -> text.toLowerCase(Locale.ROOT).contains(q));
    }

    @Override
    public Set<UserId> findMissing(Collection<UserId> ids) {
        return ids.stream().filter(id -> !rows.containsKey(id)).collect(Collectors.toSet());
    }

    @Override
    public int changeActive(Collection<UserId> ids, boolean active, Instant updatedAt) {
        int changed = 0;
        for (UserId id : ids) {
            User user = rows.get(id);
            if (user != null && user.isActive() != active) {
                rows.put(id, User.rehydrate(id, user.getProfile(), user.getPasswordHash(), user.getRole(), active,
                        user.getCreatedAt(), updatedAt, user.getVersion() + 1));
                changed++;
            }
        }
        return changed;
    }

    @Override
    public BulkDeletion deleteInactiveWithoutOrders() {
        List<UserId> inactive = rows.values().stream().filter(u -> !u.isActive()).map(User::getId).toList();
        List<UserId> deletable = inactive.stream().filter(id -> !hasOrders(id)).toList();
        deletable.forEach(this::delete);
        return new BulkDeletion(deletable.size(), inactive.size() - deletable.size());
    }

    @Override
    public void appendPost(Post post) {
        if (!rows.containsKey(post.userId())) {
            throw new NotFoundException("user", post.userId());
        }
        posts.add(post);
    }

    @Override
    public Optional<Post> findPost(UserId userId, PostId postId) {
        return posts.stream().filter(p -> p.userId().equals(userId) && p.id().equals(postId)).findFirst();
    }

    @Override
    public Page<Post> findPosts(UserId userId, PageRequest pageRequest) {
        return slice(posts.stream().filter(p -> p.userId().equals(userId))
                .sorted(Comparator.comparing(Post::createdAt).thenComparing(p -> p.id().value()).reversed())
                .toList(), pageRequest);
    }

    private boolean hasOrders(UserId id) {
        return usersWithOrders.contains(id) || hasOrders.test(id);
    }

    /** Marks {@code id} as having orders, as a row in the orders table would. */
    public void giveOrders(UserId id) {
        usersWithOrders.add(id);
    }

    public int count() {
        return rows.size();
    }

    /** Every stored user, as copies. */
    public List<User> all() {
        return rows.values().stream().map(u -> atVersion(u, u.getVersion())).toList();
    }

    public int saves() {
        return saves;
    }

    public List<Post> posts() {
        return List.copyOf(posts);
    }

    private static <T> Page<T> slice(List<T> all, PageRequest request) {
        return new Page<>(all.stream().skip(request.offset()).limit(request.size()).toList(), request.page(), request.size(), all.size());
    }

    private static List<Object> state(User user) {
        return List.of(user.getProfile(), user.getPasswordHash(), user.getRole(), user.isActive(), user.getUpdatedAt());
    }

    private static User atVersion(User user, long version) {
        return User.rehydrate(user.getId(), user.getProfile(), user.getPasswordHash(), user.getRole(), user.isActive(),
                user.getCreatedAt(), user.getUpdatedAt(), version);
    }
}
