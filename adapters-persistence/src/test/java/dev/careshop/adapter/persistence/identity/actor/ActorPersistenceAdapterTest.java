package dev.careshop.adapter.persistence.identity.actor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careshop.adapter.persistence.shop.user.UserJpaEntity;
import dev.careshop.adapter.persistence.testsupport.PostgresTestDatabase;
import dev.careshop.domain.identity.Actor;
import dev.careshop.domain.shop.user.Role;
import dev.careshop.domain.shop.user.UserId;
import dev.careshop.domain.shop.user.Username;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The read every request with a token makes: an active user as an actor, nothing for an inactive or unknown one. The
 * rule lives in this query (ConfirmActorService only passes it on), so it is proven here, against PostgreSQL.
 */
@DataJpaTest(properties = "spring.jpa.properties.hibernate.jdbc.time_zone=UTC")
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@ContextConfiguration(classes = ActorPersistenceAdapterTest.ActorQueries.class)
class ActorPersistenceAdapterTest {

    /**
     * The slice: the shop's user entity and the adapter. Deliberately no {@code @Configuration}: the test-jar is on
     * bootstrap's class path, where PersistenceConfiguration's component scan would otherwise register it again.
     */
    @AutoConfigurationPackage(basePackageClasses = UserJpaEntity.class)
    @Import(ActorPersistenceAdapter.class)
    static class ActorQueries {
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }

    private final JdbcTemplate jdbc;
    private final ActorPersistenceAdapter actors;

    @Autowired
    ActorPersistenceAdapterTest(JdbcTemplate jdbc, ActorPersistenceAdapter actors) {
        this.jdbc = jdbc;
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
