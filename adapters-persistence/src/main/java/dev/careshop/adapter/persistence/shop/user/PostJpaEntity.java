package dev.careshop.adapter.persistence.shop.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.UUID;
import lombok.Getter;
import lombok.Setter;
import org.springframework.data.domain.Persistable;

/**
 * A post row. The user is a plain id, so appending a post needs no user entity. Posts never change, and their id is
 * assigned by the domain, so {@link Persistable} tells Spring Data that a post it has not loaded is new: saving it
 * is one INSERT, not a SELECT to find out first.
 */
@Entity
@Table(name = "posts")
@Getter
@Setter
public class PostJpaEntity implements Persistable<UUID> {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private UUID userId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 10_000)
    private String body;

    @Column(nullable = false)
    private Instant createdAt;

    @Transient
    private boolean stored;

    @Override
    public boolean isNew() {
        return !stored;
    }

    @PostLoad
    @PostPersist
    void markStored() {
        stored = true;
    }
}
