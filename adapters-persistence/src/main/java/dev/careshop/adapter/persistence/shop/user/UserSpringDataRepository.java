package dev.careshop.adapter.persistence.shop.user;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserSpringDataRepository extends JpaRepository<UserJpaEntity, UUID>, JpaSpecificationExecutor<UserJpaEntity> {

    /** One statement; the database cascades to the posts, and the foreign key from orders refuses it while orders refer to the user. */
    @Modifying
    @Query("delete from UserJpaEntity u where u.id = :id")
    int deleteByIdReturningCount(@Param("id") UUID id);

    @Query("select u.id from UserJpaEntity u where u.id in :ids")
    List<UUID> findExistingIds(@Param("ids") Collection<UUID> ids);

    /** One UPDATE for all of them; only rows whose flag differs are touched, and each gets a new version. */
    @Modifying
    @Query("""
            update UserJpaEntity u set u.active = :active, u.updatedAt = :updatedAt, u.version = u.version + 1
            where u.id in :ids and u.active <> :active""")
    int changeActive(@Param("ids") Collection<UUID> ids, @Param("active") boolean active, @Param("updatedAt") Instant updatedAt);

    /**
     * Deletes the inactive users without orders and counts the inactive users kept, in one statement. Every part of
     * a statement sees the same snapshot, so the outer count still includes the rows the CTE deletes.
     */
    @Query(nativeQuery = true, value = """
            WITH deleted AS (
                DELETE FROM users u
                WHERE NOT u.active AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.user_id = u.id)
                RETURNING u.id)
            SELECT (SELECT count(*) FROM deleted) AS deleted,
                   (SELECT count(*) FROM users WHERE NOT active) - (SELECT count(*) FROM deleted) AS skipped""")
    DeletionCounts deleteInactiveWithoutOrders();

    interface DeletionCounts {

        long getDeleted();

        long getSkipped();
    }
}
