package dev.careshop.domain.shop.user;

import static dev.careshop.domain.shared.TestClock.CLOCK;
import static dev.careshop.domain.shared.TestClock.LATER;
import static dev.careshop.domain.shared.TestClock.LATER_CLOCK;
import static dev.careshop.domain.shared.TestClock.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.domain.shared.ConflictException;
import dev.careshop.domain.shared.EmailAddress;
import dev.careshop.domain.shared.StaleVersionException;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UserTest {


    private static final UserProfile PROFILE =
            new UserProfile(new Username("jane"), new EmailAddress("jane@example.org"), "Jane Doe");
    private static final UserProfile NEW_PROFILE =
            new UserProfile(new Username("jane.doe"), new EmailAddress("doe@example.org"), null);
    private static final PasswordHash HASH = new PasswordHash("$argon2id$first");
    private static final PasswordHash NEW_HASH = new PasswordHash("$argon2id$second");
    private static final PostContent POST = new PostContent("Hello", "World");

    private static User stored(boolean active, long version) {
        return User.rehydrate(new UserId(UUID.randomUUID()), PROFILE, HASH, Role.CUSTOMER, active, NOW, NOW, version);
    }

    @Nested
    class Register {

        @Test
        void isAnActiveCustomerAtVersionZero() {
            User user = User.register(PROFILE, HASH, CLOCK);

            assertThat(user.getRole()).isEqualTo(Role.CUSTOMER);
            assertThat(user.isActive()).isTrue();
            assertThat(user.getVersion()).isZero();
            assertThat(user.getProfile()).isEqualTo(PROFILE);
            assertThat(user.getPasswordHash()).isEqualTo(HASH);
        }

        @Test
        void stampsCreatedAndUpdatedAtAndAssignsATimeOrderedId() {
            User user = User.register(PROFILE, HASH, CLOCK);

            assertThat(user.getCreatedAt()).isEqualTo(NOW);
            assertThat(user.getUpdatedAt()).isEqualTo(NOW);
            assertThat(user.getId().value().version()).isEqualTo(7);
        }
    }

    @Nested
    class Update {

        @Test
        void replacesTheProfileAndStampsUpdatedAt() {
            User user = stored(true, 2);

            user.update(NEW_PROFILE, 2L, LATER_CLOCK);

            assertThat(user.getProfile()).isEqualTo(NEW_PROFILE);
            assertThat(user.getUpdatedAt()).isEqualTo(LATER);
            assertThat(user.getCreatedAt()).isEqualTo(NOW);
        }

        @Test
        void keepsRoleActiveAndPassword() {
            User user = stored(false, 0);

            user.update(NEW_PROFILE, null, LATER_CLOCK);

            assertThat(user.getRole()).isEqualTo(Role.CUSTOMER);
            assertThat(user.isActive()).isFalse();
            assertThat(user.getPasswordHash()).isEqualTo(HASH);
        }

        @Test
        void refusesAStaleExpectedVersion() {
            User user = stored(true, 3);

            assertThatExceptionOfType(StaleVersionException.class).isThrownBy(() -> user.update(NEW_PROFILE, 2L, LATER_CLOCK));
            assertThat(user.getProfile()).isEqualTo(PROFILE);
        }
    }

    @Nested
    class RoleActiveAndPassword {

        @Test
        void changesTheRoleOnlyWhenItDiffers() {
            User user = stored(true, 0);

            assertThat(user.changeRole(Role.CUSTOMER, LATER_CLOCK)).isFalse();
            assertThat(user.getUpdatedAt()).isEqualTo(NOW);
            assertThat(user.changeRole(Role.ADMIN, LATER_CLOCK)).isTrue();
            assertThat(user.getRole()).isEqualTo(Role.ADMIN);
            assertThat(user.getUpdatedAt()).isEqualTo(LATER);
        }

        @Test
        void changesActiveOnlyWhenItDiffers() {
            User user = stored(true, 0);

            assertThat(user.changeActive(true, LATER_CLOCK)).isFalse();
            assertThat(user.getUpdatedAt()).isEqualTo(NOW);
            assertThat(user.changeActive(false, LATER_CLOCK)).isTrue();
            assertThat(user.isActive()).isFalse();
            assertThat(user.getUpdatedAt()).isEqualTo(LATER);
        }

        @Test
        void replacesThePasswordHash() {
            User user = stored(true, 0);

            user.changePassword(NEW_HASH, LATER_CLOCK);

            assertThat(user.getPasswordHash()).isEqualTo(NEW_HASH);
            assertThat(user.getUpdatedAt()).isEqualTo(LATER);
        }
    }

    @Nested
    class WritePost {

        @Test
        void answersANewPostOfThisUserStampedWithTheClock() {
            User user = stored(true, 4);

            Post post = user.writePost(POST, LATER_CLOCK);

            assertThat(post.userId()).isEqualTo(user.getId());
            assertThat(post.content()).isEqualTo(POST);
            assertThat(post.createdAt()).isEqualTo(LATER);
            assertThat(post.id().value().version()).isEqualTo(7);
        }

        @Test
        void leavesTheUserUnchanged() {
            User user = stored(true, 4);

            user.writePost(POST, LATER_CLOCK);

            assertThat(user.getUpdatedAt()).isEqualTo(NOW);
            assertThat(user.getVersion()).isEqualTo(4);
        }

        @Test
        void isRefusedForAnInactiveUser() {
            User user = stored(false, 0);

            assertThatExceptionOfType(InactiveUserException.class).isThrownBy(() -> user.writePost(POST, LATER_CLOCK))
                    .isInstanceOf(ConflictException.class);
        }
    }

    @Test
    void unknownUsersNameEveryMissingId() {
        UserId first = new UserId(UUID.randomUUID());
        UserId second = new UserId(UUID.randomUUID());

        UnknownUsersException e = new UnknownUsersException("ids", java.util.List.of(first, second));

        assertThat(e.field()).isEqualTo("ids");
        assertThat(e.getMessage()).contains(first.toString(), second.toString());
    }
}
