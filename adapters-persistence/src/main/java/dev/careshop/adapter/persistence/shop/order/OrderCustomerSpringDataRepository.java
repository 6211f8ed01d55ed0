package dev.careshop.adapter.persistence.shop.order;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrderCustomerSpringDataRepository extends JpaRepository<OrderCustomerJpaEntity, UUID> {

    /** {@code SELECT ... FOR SHARE}: a concurrent deactivation waits until the order is stored; other orders do not. */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select c from OrderCustomer c where c.id = :id")
    Optional<OrderCustomerJpaEntity> findAndLock(@Param("id") UUID id);
}
