package dev.careshop.adapter.persistence.shop.user;

import static dev.careshop.adapter.persistence.shared.Paging.toPage;
import static dev.careshop.adapter.persistence.shared.Paging.toPageable;

import dev.careshop.adapter.persistence.shared.ConstraintViolations;
import dev.careshop.adapter.persistence.shared.Filters;
import dev.careshop.domain.shared.ConflictException;
import dev.careshop.domain.shared.DuplicateValueException;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
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
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(propagation = Propagation.MANDATORY)
public class UserPersistenceAdapter implements UserRepository {

    private static final Sort DEFAULT_SORT = Sort.by("username");
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));
    private static final String UNIQUE_USERNAME = "uq_users_username";
    private static final String UNIQUE_EMAIL = "uq_users_email";
    private static final String ORDER_USER_FK = "fk_orders_user";
    private static final String POST_USER_FK = "fk_posts_user";

    private final UserSpringDataRepository repository;
    private final PostSpringDataRepository posts;
    private final UserEntityMapper mapper;

    UserPersistenceAdapter(UserSpringDataRepository repository, PostSpringDataRepository posts, UserEntityMapper mapper) {
        this.repository = repository;
        this.posts = posts;
        this.mapper = mapper;
    }

    @Override
    public Optional<User> findById(UserId id) {
        return repository.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public boolean existsById(UserId id) {
        return repository.existsById(id.value());
    }

    @Override
    public boolean existsActiveWithRole(Role role) {
        return repository.existsByRoleAndActiveTrue(role);
    }

    @Override
    public Set<UserId> lockActiveAdministrators() {
        return repository.lockActiveAdministrators().stream().map(UserId::new).collect(Collectors.toSet());
    }

    @Override
    public User save(User user) {
        UserJpaEntity entity = repository.findById(user.getId().value()).orElseGet(UserJpaEntity::new);
        mapper.copy(user, entity);
        try {
            return mapper.toDomain(repository.saveAndFlush(entity));
        } catch (DataIntegrityViolationException e) {
            // The field names which value is taken; the message repeats only the value this client sent, nothing of the
            // other user's row (the driver's text, which carries that row's values, never leaves here).
            if (ConstraintViolations.violates(e, UNIQUE_USERNAME)) {
                throw new DuplicateValueException("username", "another user already has the username " + user.getProfile().username());
            }
            if (ConstraintViolations.violates(e, UNIQUE_EMAIL)) {
                throw new DuplicateValueException("email", "another user already has the email " + user.getProfile().email());
            }
            throw e;
        }
    }

    @Override
    public boolean delete(UserId id) {
        try {
            return repository.deleteByIdReturningCount(id.value()) > 0;
        } catch (DataIntegrityViolationException e) {
            if (ConstraintViolations.violates(e, ORDER_USER_FK)) {
                throw new UserHasOrdersException(id);
            }
            throw e;
        }
    }

    /** Two statements (page and count), whatever the page holds. */
    @Override
    public Page<User> search(UserSearch search, PageRequest pageRequest) {
        Specification<UserJpaEntity> matching = Filters.<UserJpaEntity>equalTo("active", search.active()).and(containing(search.q()));
        return toPage(repository.findAll(matching, toPageable(pageRequest, DEFAULT_SORT)), mapper::toDomain);
    }

    /** Username, e-mail or full name contains {@code q}, ignoring case: each served by its trigram index on lower(...). */
    private static Specification<UserJpaEntity> containing(String q) {
        if (q == null) {
            return Specification.unrestricted();
        }
        return Specification.anyOf(
                Filters.containsIgnoringCase("username", q),
                Filters.containsIgnoringCase("email", q),
                Filters.containsIgnoringCase("fullName", q));
    }

    @Override
    public Set<UserId> findMissing(Collection<UserId> ids) {
        Set<UUID> existing = new HashSet<>(repository.lockExistingIds(values(ids)));
        return ids.stream().filter(id -> !existing.contains(id.value())).collect(Collectors.toSet());
    }

    /** One statement: the named users and the active administrators, locked together. */
    @Override
    public DeactivationLocks lockForDeactivation(Collection<UserId> ids) {
        List<UserSpringDataRepository.LockedUser> locked = repository.lockNamedAndActiveAdministrators(values(ids));
        Set<UUID> existing = locked.stream().map(UserSpringDataRepository.LockedUser::getId).collect(Collectors.toSet());
        Set<UserId> missing = ids.stream().filter(id -> !existing.contains(id.value())).collect(Collectors.toSet());
        Set<UserId> administrators = locked.stream().filter(UserSpringDataRepository.LockedUser::getAdministrator)
                .map(user -> new UserId(user.getId())).collect(Collectors.toSet());
        return new DeactivationLocks(missing, administrators);
    }

    @Override
    public int changeActive(Collection<UserId> ids, boolean active, Instant updatedAt) {
        return repository.changeActive(values(ids), active, updatedAt);
    }

    /** Two statements: lock the candidates (waiting out orders being placed for them), then delete and count. */
    @Override
    public BulkDeletion deleteInactiveWithoutOrders() {
        try {
            repository.lockInactiveWithoutOrders();
            UserSpringDataRepository.DeletionCounts counts = repository.deleteInactiveWithoutOrders();
            return new BulkDeletion(counts.getDeleted(), counts.getSkipped());
        } catch (DataIntegrityViolationException e) {
            if (ConstraintViolations.violates(e, ORDER_USER_FK)) {
                // Only a user deactivated between the two statements, with an order committed in between: undone, retry.
                throw new ConflictException("an order was placed for an inactive user during the deletion; nothing was deleted, try again");
            }
            throw e;
        }
    }

    @Override
    public void appendPost(Post post) {
        try {
            posts.saveAndFlush(mapper.toEntity(post));
        } catch (DataIntegrityViolationException e) {
            if (ConstraintViolations.violates(e, POST_USER_FK)) {
                throw new NotFoundException("user", post.userId());
            }
            throw e;
        }
    }

    @Override
    public Optional<Post> findPost(UserId userId, PostId postId) {
        return posts.findByIdAndUserId(postId.value(), userId.value()).map(mapper::toDomain);
    }

    /** Two statements (page and count), whatever the user has written. */
    @Override
    public Page<Post> findPosts(UserId userId, PageRequest pageRequest) {
        return toPage(posts.findByUserId(userId.value(), toPageable(pageRequest, NEWEST_FIRST)), mapper::toDomain);
    }

    private static List<UUID> values(Collection<UserId> ids) {
        return ids.stream().map(UserId::value).toList();
    }
}
