package dev.careshop.application.shop.user.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.application.identity.fakes.FakeCurrentActor;
import dev.careshop.application.shop.user.UserFixture;
import dev.careshop.application.shop.user.port.in.GetUserUseCase;
import dev.careshop.application.shop.user.port.in.ListUsersUseCase;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shared.paging.SortOrder;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserId;
import dev.careshop.domain.shop.user.UserSearch;
import org.junit.jupiter.api.Test;

class GetAndListUsersServiceTest {

    private final UserFixture fixture = new UserFixture();
    private final GetUserUseCase getUser = new GetUserService(fixture.users, new FakeCurrentActor());
    private final ListUsersUseCase listUsers = new ListUsersService(fixture.users);

    @Test
    void getAnswersTheStoredUser() {
        User jane = fixture.user("jane");

        assertThat(getUser.get(jane.getId()).getProfile()).isEqualTo(jane.getProfile());
    }

    @Test
    void getAnswersNotFoundForAnUnknownUser() {
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> getUser.get(UserId.newId()));
    }

    @Test
    void listFiltersByActiveAndQueryAndPages() {
        fixture.user("anna");
        fixture.user("bert");
        fixture.inactiveUser("annette");

        assertThat(listUsers.list(new UserSearch(true, "ANN"), PageRequest.of(0, 10)).content())
                .extracting(u -> u.getProfile().username().value()).containsExactly("anna");
        assertThat(listUsers.list(new UserSearch(null, "ann"), PageRequest.of(0, 1, SortOrder.desc("username"))).content())
                .extracting(u -> u.getProfile().username().value()).containsExactly("annette");
        assertThat(listUsers.list(new UserSearch(false, null), PageRequest.of(0, 10)).totalElements()).isEqualTo(1);
    }
}
