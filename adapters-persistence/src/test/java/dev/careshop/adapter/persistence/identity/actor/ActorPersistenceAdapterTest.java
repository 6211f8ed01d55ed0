package dev.careshop.adapter.persistence.identity.actor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careshop.adapter.persistence.testsupport.PersistenceAdapterTest;
import dev.careshop.domain.identity.Actor;
import dev.careshop.domain.shop.user.Role;
import dev.careshop.domain.shop.user.UserId;
import dev.careshop.domain.shop.user.Username;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The read every request with a token makes: an active user as an actor, nothing for an inactive or unknown one. The
 * rule lives in this query (ConfirmActorService only passes it on), so it is proven here, against PostgreSQL.
 */
@Import(ActorPersistenceAdapter.class)
class ActorPersistenceAdapterTest extends PersistenceAdapterTest {

    private final ActorPersistenceAdapter actors;

    @Autowired
    ActorPersistenceAdapterTest(ActorPersistenceAdapter actors) {
        this.actors = actors;
    }

    private UUID user(String username, Role role, boolean active) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO users (id, username, email, full_name, password_hash, role, active, created_at, updated_at, version)
                VALUES (?, ?, ?, NULL, 'hash', ?, ?, now(), now(), 0)""", id, username, username + "@example.org", role.name(), active);
        return id;
    }

    @Test
    void anActiveUserIsAnActorWithTheRoleTheyHaveNow() {
        String name = "actor." + UUID.randomUUID().toString().substring(0, 8);
        UUID id = user(name, Role.STAFF, true);

        assertThat(actors.loadActive(new UserId(id))).contains(new Actor(new UserId(id), new Username(name), Role.STAFF));
    }

    @Test
    void anInactiveOrUnknownUserIsNoActor() {
        UUID inactive = user("gone." + UUID.randomUUID().toString().substring(0, 8), Role.ADMIN, false);

        assertThat(actors.loadActive(new UserId(inactive))).isEmpty();
        assertThat(actors.loadActive(new UserId(UUID.randomUUID()))).isEmpty();
    }
}
