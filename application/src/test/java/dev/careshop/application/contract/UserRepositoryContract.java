package dev.careshop.application.contract;

import static dev.careshop.application.shop.CatalogFixture.CLOCK;
import static dev.careshop.application.shop.CatalogFixture.LATER;
import static dev.careshop.application.shop.CatalogFixture.LATER_CLOCK;
import static dev.careshop.application.shop.user.UserFixture.PASSWORD;
import static dev.careshop.application.shop.user.UserFixture.post;
import static dev.careshop.application.shop.user.UserFixture.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.careshop.application.shop.user.fakes.FakePasswordHasher;
import dev.careshop.domain.shared.DuplicateValueException;
import dev.careshop.domain.shared.EmailAddress;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shared.paging.SortOrder;
import dev.careshop.domain.shop.order.Order;
import dev.careshop.domain.shop.order.OrderDetails;
import dev.careshop.domain.shop.order.OrderItems;
import dev.careshop.domain.shop.order.OrderMetadata;
import dev.careshop.domain.shop.order.OrderTags;
import dev.careshop.domain.shop.order.ProductSnapshot;
import dev.careshop.domain.shop.order.RequestedItem;
import dev.careshop.domain.shop.order.ShippingAddress;
import dev.careshop.domain.shop.product.Product;
import dev.careshop.domain.shop.user.BulkDeletion;
import dev.careshop.domain.shop.user.DeactivationLocks;
import dev.careshop.domain.shop.user.Post;
import dev.careshop.domain.shop.user.PostId;
import dev.careshop.domain.shop.user.Role;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserHasOrdersException;
import dev.careshop.domain.shop.user.UserId;
import dev.careshop.domain.shop.user.UserProfile;
import dev.careshop.domain.shop.user.UserRepository;
import dev.careshop.domain.shop.user.UserSearch;
import dev.careshop.domain.shop.user.Username;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What the user use cases rely on from {@link UserRepository}; run against the fake and the JPA adapter. */
public abstract class UserRepositoryContract extends ShopRepositoryContract {

    protected UserRepositoryContract(ShopRepositories shop) {
        super(shop);
    }

    private UserRepository users() {
        return shop.users();
    }

    private User user(String username, Role role, boolean active) {
        User user = User.register(profile(username), new FakePasswordHasher().hash(PASSWORD), CLOCK);
        user.changeRole(role, CLOCK);
        user.changeActive(active, CLOCK);
        return users().save(user);
    }

    private void giveAnOrder(User user) {
        Product tea = product("tea " + user.getId(), "4.50", 10, null);
        shop.orders().add(Order.place(user.getId(), OrderItems.merge(List.of(new RequestedItem(tea.getId(), 1))),
                Map.of(tea.getId(), new ProductSnapshot(tea.getId(), "tea", tea.getDetails().price())),
                new OrderDetails(new ShippingAddress("1 Main St", null, "Berlin", "10115", "DE"), null, OrderTags.NONE,
                        OrderMetadata.EMPTY), CLOCK));
    }

    @Test
    void aNewUserIsStoredAtVersionZeroAndAChangeBumpsTheVersion() {
        User ada = user("ada");
        UserProfile renamed = new UserProfile(new Username("ada"), new EmailAddress("ada@example.com"), "Ada King");

        StoredVersions.newAtZeroThenBumpedOnlyByAChange(ada, () -> users().findById(ada.getId()), users()::save,
                loaded -> loaded.update(renamed, 0L, LATER_CLOCK), User::getVersion);

        assertThat(users().existsById(ada.getId())).isTrue();
    }

    @Test
    void anUnknownUserIsNeitherFoundNorExistsNorDeleted() {
        ById.unknownIsNeitherFoundNorExistsNorDeleted(UserId.newId(), users()::findById, users()::existsById, users()::delete);
    }

    /** Profiles that clash with ada's (ada, ada@example.org) in one unique field, differing only in case. */
    static Stream<Arguments> profilesClashingWithAdas() {
        return Stream.of(
                arguments("username", new UserProfile(new Username("ADA"), new EmailAddress("other@example.org"), null)),
                arguments("email", new UserProfile(new Username("grace"), new EmailAddress("ADA@example.org"), null)));
    }

    @ParameterizedTest(name = "same {0}")
    @MethodSource("profilesClashingWithAdas")
    void anotherUserWithTheSameUsernameOrEMailIgnoringCaseIsRefused(String field, UserProfile clashing) {
        user("ada");
        User twin = User.register(clashing, new FakePasswordHasher().hash(PASSWORD), CLOCK);

        assertThatExceptionOfType(DuplicateValueException.class).isThrownBy(() -> users().save(twin))
                .satisfies(e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void deletingAUserDeletesTheirPosts() {
        User ada = user("ada");
        Post post = ada.writePost(post("Hello"), CLOCK);
        users().appendPost(post);

        assertThat(users().delete(ada.getId())).isTrue();
        shop.nextUseCase().run();

        assertThat(users().findById(ada.getId())).isEmpty();
        assertThat(users().findPost(ada.getId(), post.id())).isEmpty();
    }

    @Test
    void aUserWithOrdersCannotBeDeleted() {
        User ada = user("ada");
        giveAnOrder(ada);

        assertThatExceptionOfType(UserHasOrdersException.class).isThrownBy(() -> users().delete(ada.getId()));
    }

    @Test
    void onlyActiveAdministratorsCountAsAdministrators() {
        user("ada", Role.ADMIN, false);
        user("grace", Role.STAFF, true);
        assertThat(users().existsActiveWithRole(Role.ADMIN)).isFalse();
        assertThat(users().existsActiveWithRole(Role.STAFF)).isTrue();
        assertThat(users().lockActiveAdministrators()).isEmpty();

        User alan = user("alan", Role.ADMIN, true);
        assertThat(users().existsActiveWithRole(Role.ADMIN)).isTrue();
        assertThat(users().lockActiveAdministrators()).containsExactly(alan.getId());
    }

    @Test
    void bulkChecksNameTheMissingUsersAndTheActiveAdministrators() {
        User ada = user("ada", Role.ADMIN, true);
        User grace = user("grace");
        UserId unknown = UserId.newId();

        assertThat(users().findMissing(List.of(ada.getId(), grace.getId(), unknown))).containsExactly(unknown);
        assertThat(users().findMissing(List.of())).isEmpty();
        assertThat(users().lockForDeactivation(List.of(grace.getId(), unknown)))
                .isEqualTo(new DeactivationLocks(Set.of(unknown), Set.of(ada.getId())));
    }

    @Test
    void changeActiveChangesOnlyTheUsersWhoseFlagDiffersBumpingTheirVersion() {
        User ada = user("ada");
        User grace = user("grace", Role.CUSTOMER, false);

        assertThat(users().changeActive(List.of(ada.getId(), grace.getId(), UserId.newId()), false, LATER)).isEqualTo(1);
        shop.nextUseCase().run();

        User deactivated = users().findById(ada.getId()).orElseThrow();
        assertThat(deactivated.isActive()).isFalse();
        assertThat(deactivated.getVersion()).isEqualTo(1);
        assertThat(deactivated.getUpdatedAt()).isEqualTo(LATER);
        assertThat(users().findById(grace.getId()).orElseThrow().getVersion()).isZero();
    }

    @Test
    void deletingTheInactiveUsersKeepsThoseWithOrdersAndCountsThem() {
        User active = user("ada");
        User idle = user("grace", Role.CUSTOMER, false);
        User customer = user("alan", Role.CUSTOMER, false);
        giveAnOrder(customer);

        assertThat(users().deleteInactiveWithoutOrders()).isEqualTo(new BulkDeletion(1, 1));
        shop.nextUseCase().run();

        assertThat(users().existsById(active.getId())).isTrue();
        assertThat(users().existsById(idle.getId())).isFalse();
        assertThat(users().existsById(customer.getId())).isTrue();
    }

    @Test
    void postsAreFoundOnlyUnderTheirOwnUserNewestFirst() {
        User ada = user("ada");
        User grace = user("grace");
        Post first = ada.writePost(post("First"), CLOCK);
        Post second = ada.writePost(post("Second"), LATER_CLOCK);
        Post third = ada.writePost(post("Third"), Clock.fixed(LATER.plusSeconds(60), ZoneOffset.UTC));
        List.of(first, second, third).forEach(users()::appendPost);

        assertThat(users().findPost(ada.getId(), first.id())).contains(first);
        assertThat(users().findPost(grace.getId(), first.id())).isEmpty();
        assertThat(users().findPost(ada.getId(), PostId.newId())).isEmpty();

        Page<Post> newest = users().findPosts(ada.getId(), PageRequest.of(0, 2));
        assertThat(newest.content()).containsExactly(third, second);
        assertThat(newest.totalElements()).isEqualTo(3);
        assertThat(users().findPosts(ada.getId(), PageRequest.of(1, 2)).content()).containsExactly(first);
        assertThat(users().findPosts(grace.getId(), PageRequest.of(0, 2)).totalElements()).isZero();
    }

    @Test
    void aPostOfAUserWhoDoesNotExistIsRefused() {
        Post orphan = user("ada").writePost(post("Hello"), CLOCK);
        Post stray = new Post(orphan.id(), UserId.newId(), orphan.content(), orphan.createdAt());

        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> users().appendPost(stray));
    }

    @Test
    void searchFiltersByActivityAndByPartOfUsernameEMailOrFullNameIgnoringCase() {
        user("ada");
        user("grace", Role.CUSTOMER, false);
        users().save(User.register(new UserProfile(new Username("alan"), new EmailAddress("turing@bletchley.example"), "Alan Turing"),
                new FakePasswordHasher().hash(PASSWORD), CLOCK));

        assertThat(usernames(new UserSearch(null, null), PageRequest.of(0, 10))).containsExactly("ada", "alan", "grace");
        assertThat(usernames(new UserSearch(true, null), PageRequest.of(0, 10))).containsExactly("ada", "alan");
        assertThat(usernames(new UserSearch(false, null), PageRequest.of(0, 10))).containsExactly("grace");
        assertThat(usernames(new UserSearch(null, "BLETCH"), PageRequest.of(0, 10))).as("e-mail").containsExactly("alan");
        assertThat(usernames(new UserSearch(null, "tUrInG"), PageRequest.of(0, 10))).as("full name").containsExactly("alan");
        assertThat(usernames(new UserSearch(null, "GRA"), PageRequest.of(0, 10))).as("username").containsExactly("grace");
    }

    @Test
    void searchSortsByUsernameUnlessToldOtherwiseAndCountsEveryMatchEvenBeyondTheEnd() {
        user("carol");
        user("ada");
        user("bob");

        assertThat(usernames(new UserSearch(null, null), PageRequest.of(0, 2))).containsExactly("ada", "bob");
        assertThat(usernames(new UserSearch(null, null), PageRequest.of(0, 10, SortOrder.desc("username"))))
                .containsExactly("carol", "bob", "ada");
        PageChecks.emptyBeyondTheEndCountingEveryMatch(users().search(new UserSearch(null, null), PageRequest.of(4, 2)), 3);
    }

    private List<String> usernames(UserSearch search, PageRequest pageRequest) {
        return users().search(search, pageRequest).content().stream().map(u -> u.getProfile().username().value()).toList();
    }
}
