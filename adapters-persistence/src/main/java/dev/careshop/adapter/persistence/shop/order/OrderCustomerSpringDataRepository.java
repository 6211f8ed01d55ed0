package dev.careshop.adapter.persistence.shop.order;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrderCustomerSpringDataRepository extends JpaRepository<OrderCustomerJpaEntity, UUID> {
}
