package dev.careshop.application.shop.user.service;

import static dev.careshop.application.shop.user.UserFixture.LATER_CLOCK;
import static dev.careshop.application.shop.user.UserFixture.post;
import static dev.careshop.application.shop.user.UserFixture.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.application.identity.fakes.FakeCurrentActor;
import dev.careshop.application.shop.user.UserFixture;
import dev.careshop.application.shop.user.port.in.ChangePasswordCommand;
import dev.careshop.application.shop.user.port.in.UpdateUserCommand;
import dev.careshop.application.shop.user.port.in.WritePostCommand;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shared.NotPermittedException;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shop.user.Password;
import dev.careshop.domain.shop.user.Post;
import dev.careshop.domain.shop.user.Role;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserId;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Who may read and change a user's record and posts (Actor's rules, applied by the use cases): the user themselves,
 * staff may read, administrators may also change. Anybody else is told the user does not exist, in the very words a
 * missing user gets; staff asking to change are refused.
 */
class UserOwnershipTest {

    private static final Password NEW_PASSWORD = new Password("a brand new secret");

    private final UserFixture fixture = new UserFixture();
    private final FakeCurrentActor actor = new FakeCurrentActor();
    private final GetUserService getUser = new GetUserService(fixture.users, actor);
    private final ListPostsService listPosts = new ListPostsService(fixture.users, actor);
    private final GetPostService getPost = new GetPostService(fixture.users, actor);
    private final UpdateUserService updateUser = new UpdateUserService(fixture.users, actor, LATER_CLOCK);
    private final WritePostService writePost = new WritePostService(fixture.users, actor, LATER_CLOCK);
    private final ChangePasswordService changePassword = new ChangePasswordService(fixture.users, fixture.hasher, actor, LATER_CLOCK);

    private final User jane = fixture.user("jane");
    private final Post janesPost = writePost.write(new WritePostCommand(jane.getId(), post("Hello")));
    private final PageRequest firstPage = PageRequest.of(0, 20);

    @Test
    void theUserReadsAndChangesTheirOwnRecordAndPosts() {
        actor.actAs(jane.getId(), Role.CUSTOMER);

        assertThat(getUser.get(jane.getId()).getId()).isEqualTo(jane.getId());
        assertThat(listPosts.list(jane.getId(), firstPage).content()).containsExactly(janesPost);
        assertThat(getPost.get(jane.getId(), janesPost.id())).isEqualTo(janesPost);
        assertThat(updateUser.update(new UpdateUserCommand(jane.getId(), profile("jane2"), null)).getVersion()).isEqualTo(1);
        assertThat(writePost.write(new WritePostCommand(jane.getId(), post("Again"))).userId()).isEqualTo(jane.getId());
        changePassword.changePassword(new ChangePasswordCommand(jane.getId(), NEW_PASSWORD, UserFixture.PASSWORD.value()));
    }

    @Test
    void anotherCustomerIsToldTheUserDoesNotExistInTheWordsOfAMissingOne() {
        actor.actAsSomeone(Role.CUSTOMER);
        UserId id = jane.getId();
        String missing = new NotFoundException("user", id).getMessage();

        assertHidden(() -> getUser.get(id), missing);
        assertHidden(() -> listPosts.list(id, firstPage), missing);
        assertHidden(() -> getPost.get(id, janesPost.id()), missing);
        assertHidden(() -> updateUser.update(new UpdateUserCommand(id, profile("taken"), null)), missing);
        assertHidden(() -> writePost.write(new WritePostCommand(id, post("Spam"))), missing);
        assertHidden(() -> changePassword.changePassword(new ChangePasswordCommand(id, NEW_PASSWORD, "whatever it is")), missing);
        assertNothingChanged();
    }

    @Test
    void aHiddenUserIsAnsweredBeforeAnythingIsRead() {
        actor.actAsSomeone(Role.CUSTOMER);
        UserId unknown = UserId.newId();

        // Same answer for a user who exists and one who does not: nothing distinguishes them.
        assertHidden(() -> getUser.get(unknown), new NotFoundException("user", unknown).getMessage());
        assertHidden(() -> updateUser.update(new UpdateUserCommand(unknown, profile("x_y"), null)),
                new NotFoundException("user", unknown).getMessage());
    }

    @Test
    void staffReadEveryUserButChangeOnlyTheirOwn() {
        actor.actAsSomeone(Role.STAFF);

        assertThat(getUser.get(jane.getId()).getId()).isEqualTo(jane.getId());
        assertThat(listPosts.list(jane.getId(), firstPage).content()).containsExactly(janesPost);
        assertThat(getPost.get(jane.getId(), janesPost.id())).isEqualTo(janesPost);
        assertRefused(() -> updateUser.update(new UpdateUserCommand(jane.getId(), profile("staff_did_it"), null)));
        assertRefused(() -> writePost.write(new WritePostCommand(jane.getId(), post("In her name"))));
        assertRefused(() -> changePassword.changePassword(new ChangePasswordCommand(jane.getId(), NEW_PASSWORD)));
        assertNothingChanged();
    }

    @Test
    void staffAskingToChangeAMissingUserGetNotFound() {
        actor.actAsSomeone(Role.STAFF);
        UserId unknown = UserId.newId();

        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> updateUser.update(new UpdateUserCommand(unknown, profile("nobody"), null)));
    }

    @Test
    void administratorsReadAndChangeEveryUser() {
        actor.actAsSomeone(Role.ADMIN);

        assertThat(getUser.get(jane.getId()).getId()).isEqualTo(jane.getId());
        assertThat(listPosts.list(jane.getId(), firstPage).content()).containsExactly(janesPost);
        assertThat(updateUser.update(new UpdateUserCommand(jane.getId(), profile("jane3"), null)).getVersion()).isEqualTo(1);
        assertThat(writePost.write(new WritePostCommand(jane.getId(), post("Notice"))).userId()).isEqualTo(jane.getId());
        changePassword.changePassword(new ChangePasswordCommand(jane.getId(), NEW_PASSWORD));
        assertThat(fixture.hasher.matches(NEW_PASSWORD, fixture.users.findById(jane.getId()).orElseThrow().getPasswordHash())).isTrue();
    }

    private static void assertHidden(ThrowingCallable call, String missingMessage) {
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(call).withMessage(missingMessage);
    }

    private static void assertRefused(ThrowingCallable call) {
        assertThatExceptionOfType(NotPermittedException.class).isThrownBy(call)
                .withMessageStartingWith("only the owner or an administrator may");
    }

    private void assertNothingChanged() {
        User stored = fixture.users.findById(jane.getId()).orElseThrow();
        assertThat(stored.getVersion()).isZero();
        assertThat(stored.getProfile().username().value()).isEqualTo("jane");
        assertThat(fixture.hasher.matches(UserFixture.PASSWORD, stored.getPasswordHash())).isTrue();
        assertThat(fixture.users.posts()).containsExactly(janesPost);
    }
}
