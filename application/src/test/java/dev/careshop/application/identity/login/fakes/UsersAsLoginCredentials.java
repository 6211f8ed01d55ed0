package dev.careshop.application.identity.login.fakes;

import dev.careshop.application.identity.login.port.out.LoginCredentialsPort;
import dev.careshop.application.shop.user.fakes.InMemoryUserRepository;
import dev.careshop.domain.identity.Actor;
import dev.careshop.domain.shop.user.User;
import java.util.Locale;
import java.util.Optional;

/** The login's narrow view of the users, read from the in-memory user repository: username or e-mail, ignoring case. */
public final class UsersAsLoginCredentials implements LoginCredentialsPort {

    private final InMemoryUserRepository users;

    public UsersAsLoginCredentials(InMemoryUserRepository users) {
        this.users = users;
    }

    @Override
    public Optional<LoginCredentials> findByLogin(String login) {
        String wanted = login.toLowerCase(Locale.ROOT);
        return users.all().stream()
                .filter(user -> user.getProfile().username().value().toLowerCase(Locale.ROOT).equals(wanted)
                        || user.getProfile().email().value().equals(wanted))
                .findFirst()
                .map(UsersAsLoginCredentials::credentials);
    }

    private static LoginCredentials credentials(User user) {
        return new LoginCredentials(new Actor(user.getId(), user.getProfile().username(), user.getRole()), user.isActive(),
                user.getPasswordHash());
    }
}
