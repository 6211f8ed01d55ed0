package dev.careshop.adapter.persistence.identity.actor;

import dev.careshop.application.identity.actor.port.out.LoadActorPort;
import dev.careshop.domain.identity.Actor;
import dev.careshop.domain.shop.user.Role;
import dev.careshop.domain.shop.user.UserId;
import dev.careshop.domain.shop.user.Username;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The acting user by primary key: three columns of an active user, no entity loaded, no password hash read. Every
 * request with a token makes this read, so it is plain JDBC on the transaction's connection (docs/architecture.md,
 * "Cheaper requests").
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ActorPersistenceAdapter implements LoadActorPort {

    private static final String ACTIVE_ACTOR = "SELECT id, username, role FROM users WHERE id = ? AND active";

    private final JdbcClient jdbc;

    ActorPersistenceAdapter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Actor> loadActive(UserId userId) {
        return jdbc.sql(ACTIVE_ACTOR)
                .param(userId.value())
                .query((row, number) -> new Actor(new UserId(row.getObject(1, UUID.class)),
                        new Username(row.getString(2)), Role.valueOf(row.getString(3))))
                .optional();
    }
}
