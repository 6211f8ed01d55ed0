package dev.careshop.adapter.persistence.shop.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import lombok.Getter;
import org.hibernate.annotations.Immutable;

/** The columns of a user row that ordering reads: a read-only view of the accounts' table. */
@Entity(name = "OrderCustomer")
@Table(name = "users")
@Immutable
@Getter
public class OrderCustomerJpaEntity {

    @Id
    private UUID id;

    @Column(nullable = false)
    private boolean active;
}
