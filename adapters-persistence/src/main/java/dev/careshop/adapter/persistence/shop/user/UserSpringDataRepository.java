package dev.careshop.adapter.persistence.shop.user;

import dev.careshop.domain.shop.user.Role;
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

    boolean existsByRoleAndActiveTrue(Role role);

    /**
     * The active administrators, locked FOR UPDATE in id order (served by the partial index ix_users_staff_roles). A
     * transaction that waited for another's lock re-checks each row as that one left it (READ COMMITTED), so an
     * administrator demoted or deactivated in the meantime is no longer in the answer.
     */
    @Query(nativeQuery = true, value = "SELECT id FROM users WHERE role = 'ADMIN' AND active ORDER BY id FOR UPDATE")
    List<UUID> lockActiveAdministrators();

    /** One statement; the database cascades to the posts, and the foreign key from orders refuses it while orders refer to the user. */
    @Modifying
    @Query("delete from UserJpaEntity u where u.id = :id")
    int deleteByIdReturningCount(@Param("id") UUID id);

    /**
     * Those of {@code ids} that exist, each locked {@code FOR KEY SHARE} until the transaction ends: a user deleted
     * at the same moment is either waited for and then missing here, or kept until the bulk change is done. The lock
     * is the weakest that blocks a DELETE; it does not block an UPDATE, so two bulk changes never wait on each other.
     * Rows are locked in id order, the order the bulk deletion locks in too, so the two wait for each other rather than deadlock.
     */
    @Query(nativeQuery = true, value = "SELECT id FROM users WHERE id IN (:ids) ORDER BY id FOR KEY SHARE")
    List<UUID> lockExistingIds(@Param("ids") Collection<UUID> ids);

    /**
     * For a bulk deactivation: the named users that exist and every active administrator, each row once, with
     * whether it is an active administrator, all locked FOR UPDATE in id order (the order every other lock on users
     * is taken in). The lock is stronger than {@link #lockExistingIds}'s, since the rows are about to change anyway;
     * it is what keeps two deactivations from removing the last two administrators together.
     */
    @Query(nativeQuery = true, value = """
            SELECT id, (role = 'ADMIN' AND active) AS administrator FROM users
            WHERE id IN (:ids) OR (role = 'ADMIN' AND active)
            ORDER BY id
            FOR UPDATE""")
    List<LockedUser> lockNamedAndActiveAdministrators(@Param("ids") Collection<UUID> ids);

    interface LockedUser {

        UUID getId();

        boolean getAdministrator();
    }

    /** One UPDATE for all of them; only rows whose flag differs are touched, and each gets a new version. */
    @Modifying
    @Query("""
            update UserJpaEntity u set u.active = :active, u.updatedAt = :updatedAt, u.version = u.version + 1
            where u.id in :ids and u.active <> :active""")
    int changeActive(@Param("ids") Collection<UUID> ids, @Param("active") boolean active, @Param("updatedAt") Instant updatedAt);

    /**
     * Locks the inactive users who have no orders yet, in id order. An order being placed for one of them holds a
     * key-share lock on the user (its foreign key check) until it commits; waiting here for that, the next statement
     * (READ COMMITTED: a new snapshot) sees the order and keeps the user. An order started after this lock waits for
     * the deletion instead, and then finds its user gone.
     */
    @Query(nativeQuery = true, value = """
            SELECT u.id FROM users u
            WHERE NOT u.active AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.user_id = u.id)
            ORDER BY u.id
            FOR UPDATE OF u""")
    List<UUID> lockInactiveWithoutOrders();

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
