package dev.careshop.application.shop.user.service;

import static dev.careshop.application.shop.user.UserFixture.CLOCK;
import static dev.careshop.application.shop.user.UserFixture.LATER;
import static dev.careshop.application.shop.user.UserFixture.LATER_CLOCK;
import static dev.careshop.application.shop.user.UserFixture.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.application.identity.fakes.FakeCurrentActor;
import dev.careshop.application.shop.user.UserFixture;
import dev.careshop.application.shop.user.port.in.GetPostUseCase;
import dev.careshop.application.shop.user.port.in.ListPostsUseCase;
import dev.careshop.application.shop.user.port.in.WritePostCommand;
import dev.careshop.application.shop.user.port.in.WritePostUseCase;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shop.user.InactiveUserException;
import dev.careshop.domain.shop.user.Post;
import dev.careshop.domain.shop.user.PostId;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserId;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PostServicesTest {

    private final UserFixture fixture = new UserFixture();
    private final FakeCurrentActor actor = new FakeCurrentActor();
    private final WritePostUseCase writePost = new WritePostService(fixture.users, actor, LATER_CLOCK);
    private final GetPostUseCase getPost = new GetPostService(fixture.users, actor);
    private final ListPostsUseCase listPosts = new ListPostsService(fixture.users, actor);

    @Test
    void writesAPostWithoutChangingTheUser() {
        User jane = fixture.user("jane");

        Post post = writePost.write(new WritePostCommand(jane.getId(), post("Hello")));

        assertThat(post.createdAt()).isEqualTo(LATER);
        assertThat(fixture.users.posts()).containsExactly(post);
        assertThat(fixture.users.findById(jane.getId()).orElseThrow().getVersion()).isZero();
        assertThat(getPost.get(jane.getId(), post.id())).isEqualTo(post);
    }

    @Test
    void anInactiveUserCannotPost() {
        User gone = fixture.inactiveUser("gone");

        assertThatExceptionOfType(InactiveUserException.class)
                .isThrownBy(() -> writePost.write(new WritePostCommand(gone.getId(), post("Hello"))));
        assertThat(fixture.users.posts()).isEmpty();
    }

    @Test
    void writingOrListingForAnUnknownUserIsNotFound() {
        UserId unknown = UserId.newId();
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> writePost.write(new WritePostCommand(unknown, post("Hello"))));
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> listPosts.list(unknown, PageRequest.of(0, 20)));
    }

    @Test
    void aPostOfAnotherUserOrAnUnknownPostIsNotFound() {
        User jane = fixture.user("jane");
        User john = fixture.user("john");
        Post post = writePost.write(new WritePostCommand(jane.getId(), post("Hello")));

        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> getPost.get(john.getId(), post.id()));
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> getPost.get(jane.getId(), PostId.newId()));
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> getPost.get(UserId.newId(), post.id()));
    }

    @Test
    void listsTheUsersPostsNewestFirst() {
        User jane = fixture.user("jane");
        for (int i = 0; i < 3; i++) {
            Clock clock = Clock.fixed(CLOCK.instant().plusSeconds(i), ZoneOffset.UTC);
            new WritePostService(fixture.users, actor, clock).write(new WritePostCommand(jane.getId(), post("Post " + i)));
        }
        writePost.write(new WritePostCommand(fixture.user("john").getId(), post("Not hers")));

        assertThat(listPosts.list(jane.getId(), PageRequest.of(0, 2)).content())
                .extracting(p -> p.content().title()).containsExactly("Post 2", "Post 1");
        assertThat(listPosts.list(jane.getId(), PageRequest.of(1, 2)).totalElements()).isEqualTo(3);
    }
}
