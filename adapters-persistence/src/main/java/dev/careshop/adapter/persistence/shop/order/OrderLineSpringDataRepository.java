package dev.careshop.adapter.persistence.shop.order;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrderLineSpringDataRepository extends JpaRepository<OrderLineJpaEntity, UUID> {

    /** The lines of many orders in one statement. */
    @Query("select l from OrderLineJpaEntity l where l.orderId in :orderIds order by l.orderId, l.lineNumber")
    List<OrderLineJpaEntity> findByOrderIds(@Param("orderIds") Collection<UUID> orderIds);
}
