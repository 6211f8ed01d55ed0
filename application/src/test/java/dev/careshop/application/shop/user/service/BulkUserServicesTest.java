package dev.careshop.application.shop.user.service;

import static dev.careshop.application.shop.user.UserFixture.LATER;
import static dev.careshop.application.shop.user.UserFixture.LATER_CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.application.shop.user.UserFixture;
import dev.careshop.application.shop.user.port.in.ChangeUsersStatusCommand;
import dev.careshop.application.shop.user.port.in.ChangeUsersStatusUseCase;
import dev.careshop.application.shop.user.port.in.DeleteInactiveUsersUseCase;
import dev.careshop.domain.shared.InvalidValueException;
import dev.careshop.domain.shop.user.BulkDeletion;
import dev.careshop.domain.shop.user.UnknownUsersException;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserId;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BulkUserServicesTest {

    private final UserFixture fixture = new UserFixture();
    private final ChangeUsersStatusUseCase changeStatus = new ChangeUsersStatusService(fixture.users, LATER_CLOCK);
    private final DeleteInactiveUsersUseCase deleteInactive = new DeleteInactiveUsersService(fixture.users);

    @Test
    void statusCountsOnlyTheUsersWhoseFlagChanged() {
        User active = fixture.user("active");
        User inactive = fixture.inactiveUser("inactive");

        int updated = changeStatus.changeStatus(new ChangeUsersStatusCommand(List.of(active.getId(), inactive.getId()), false));

        assertThat(updated).isEqualTo(1);
        User stored = fixture.users.findById(active.getId()).orElseThrow();
        assertThat(stored.isActive()).isFalse();
        assertThat(stored.getVersion()).isEqualTo(1);
        assertThat(stored.getUpdatedAt()).isEqualTo(LATER);
        assertThat(fixture.users.findById(inactive.getId()).orElseThrow().getVersion()).isZero();
    }

    @Test
    void statusWithAnUnknownIdChangesNothingAndNamesTheUnknownIds() {
        User active = fixture.user("active");
        UserId unknown = UserId.newId();

        assertThatExceptionOfType(UnknownUsersException.class)
                .isThrownBy(() -> changeStatus.changeStatus(new ChangeUsersStatusCommand(List.of(active.getId(), unknown), false)))
                .satisfies(e -> assertThat(e.ids()).containsExactly(unknown))
                .satisfies(e -> assertThat(e.field()).isEqualTo("ids"));
        assertThat(fixture.users.findById(active.getId()).orElseThrow().isActive()).isTrue();
    }

    @Test
    void statusNeedsOneToOneThousandDistinctIds() {
        UserId id = UserId.newId();
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> new ChangeUsersStatusCommand(List.of(), true));
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> new ChangeUsersStatusCommand(List.of(id, id), true));
        assertThatExceptionOfType(InvalidValueException.class).isThrownBy(() -> new ChangeUsersStatusCommand(
                IntStream.range(0, 1001).mapToObj(i -> UserId.newId()).toList(), true));
        assertThat(new ChangeUsersStatusCommand(Collections.nCopies(1, id), true).ids()).containsExactly(id);
    }

    @Test
    void deleteInactiveKeepsActiveUsersAndInactiveUsersWithOrders() {
        User active = fixture.user("active");
        User gone = fixture.inactiveUser("gone");
        User customer = fixture.inactiveUser("customer");
        fixture.users.giveOrders(customer.getId());

        BulkDeletion result = deleteInactive.deleteInactive();

        assertThat(result).isEqualTo(new BulkDeletion(1, 1));
        assertThat(fixture.users.existsById(gone.getId())).isFalse();
        assertThat(fixture.users.existsById(customer.getId())).isTrue();
        assertThat(fixture.users.existsById(active.getId())).isTrue();
    }
}
