package dev.careshop.application.shop.user;

import dev.careshop.application.shop.user.fakes.FakePasswordHasher;
import dev.careshop.application.shop.user.fakes.InMemoryUserRepository;
import dev.careshop.domain.shared.EmailAddress;
import dev.careshop.domain.shop.user.Password;
import dev.careshop.domain.shop.user.PostContent;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserProfile;
import dev.careshop.domain.shop.user.Username;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** In-memory ports for the user services, fixed clocks, and helpers that store users directly. Each test builds a fresh one. */
public final class UserFixture {

    public static final Instant NOW = Instant.parse("2024-02-29T10:15:30Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final Instant LATER = NOW.plusSeconds(2 * 3600);
    public static final Clock LATER_CLOCK = Clock.fixed(LATER, ZoneOffset.UTC);
    public static final Password PASSWORD = new Password("correct horse battery");

    public final InMemoryUserRepository users = new InMemoryUserRepository();
    public final FakePasswordHasher hasher = new FakePasswordHasher();

    public static UserProfile profile(String username) {
        return new UserProfile(new Username(username), new EmailAddress(username + "@example.org"), "Full " + username);
    }

    public static PostContent post(String title) {
        return new PostContent(title, "Body of " + title);
    }

    public User user(String username) {
        return users.save(User.register(profile(username), hasher.hash(PASSWORD), CLOCK));
    }

    public User inactiveUser(String username) {
        User user = User.register(profile(username), hasher.hash(PASSWORD), CLOCK);
        user.changeActive(false, CLOCK);
        return users.save(user);
    }
}
