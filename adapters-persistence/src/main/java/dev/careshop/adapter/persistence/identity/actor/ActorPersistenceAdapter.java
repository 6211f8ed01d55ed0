package dev.careshop.adapter.persistence.identity.actor;

import dev.careshop.application.identity.actor.port.out.LoadActorPort;
import dev.careshop.domain.identity.Actor;
import dev.careshop.domain.shop.user.UserId;
import dev.careshop.domain.shop.user.Username;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The acting user by primary key: three columns of an active user, no entity loaded, no password hash read. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ActorPersistenceAdapter implements LoadActorPort {

    private static final String ACTIVE_ACTOR = """
            select new dev.careshop.adapter.persistence.identity.actor.ActorRow(u.id, u.username, u.role)
            from UserJpaEntity u
            where u.id = :id and u.active = true""";

    private final EntityManager entityManager;

    ActorPersistenceAdapter(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Actor> loadActive(UserId userId) {
        return entityManager.createQuery(ACTIVE_ACTOR, ActorRow.class)
                .setParameter("id", userId.value())
                .getResultList()
                .stream()
                .findFirst()
                .map(row -> new Actor(new UserId(row.id()), new Username(row.username()), row.role()));
    }
}
