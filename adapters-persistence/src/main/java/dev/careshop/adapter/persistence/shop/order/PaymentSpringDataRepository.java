package dev.careshop.adapter.persistence.shop.order;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PaymentSpringDataRepository extends JpaRepository<PaymentJpaEntity, UUID> {

    /** The payments of many orders in one statement. */
    @Query("select p from PaymentJpaEntity p where p.orderId in :orderIds order by p.orderId, p.createdAt, p.id")
    List<PaymentJpaEntity> findByOrderIds(@Param("orderIds") Collection<UUID> orderIds);
}
