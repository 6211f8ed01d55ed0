package dev.careshop.application.shop.user.service;

import static dev.careshop.application.shop.user.UserFixture.CLOCK;
import static dev.careshop.application.shop.user.UserFixture.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.application.shop.user.UserFixture;
import dev.careshop.application.shop.user.port.in.DeleteUserUseCase;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserHasOrdersException;
import dev.careshop.domain.shop.user.UserId;
import org.junit.jupiter.api.Test;

class DeleteUserServiceTest {

    private final UserFixture fixture = new UserFixture();
    private final DeleteUserUseCase deleteUser = new DeleteUserService(fixture.users);

    @Test
    void deletesTheUserWithTheirPosts() {
        User jane = fixture.user("jane");
        User john = fixture.user("john");
        fixture.users.appendPost(jane.writePost(post("Hello"), CLOCK));
        fixture.users.appendPost(john.writePost(post("Hi"), CLOCK));

        deleteUser.delete(jane.getId());

        assertThat(fixture.users.existsById(jane.getId())).isFalse();
        assertThat(fixture.users.posts()).singleElement().satisfies(p -> assertThat(p.userId()).isEqualTo(john.getId()));
    }

    @Test
    void refusesAUserWithOrders() {
        User jane = fixture.user("jane");
        fixture.users.giveOrders(jane.getId());

        assertThatExceptionOfType(UserHasOrdersException.class).isThrownBy(() -> deleteUser.delete(jane.getId()));
        assertThat(fixture.users.existsById(jane.getId())).isTrue();
    }

    @Test
    void answersNotFoundForAnUnknownUser() {
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> deleteUser.delete(UserId.newId()));
    }
}
