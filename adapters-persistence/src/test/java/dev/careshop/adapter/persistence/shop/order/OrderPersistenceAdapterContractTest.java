package dev.careshop.adapter.persistence.shop.order;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.adapter.persistence.contract.RepositoryContractSlice;
import dev.careshop.application.contract.OrderRepositoryContract;
import dev.careshop.application.contract.ShopRepositories;
import dev.careshop.domain.shop.order.Order;
import dev.careshop.domain.shop.order.PaymentMethod;
import dev.careshop.domain.shop.order.PaymentNotAllowedException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The contract, and the one promise only a database can be asked to keep: a payment stored by another writer. */
@RepositoryContractSlice
class OrderPersistenceAdapterContractTest extends OrderRepositoryContract {

    private final JdbcTemplate jdbc;

    @Autowired
    OrderPersistenceAdapterContractTest(ShopRepositories shop, JdbcTemplate jdbc) {
        super(shop);
        this.jdbc = jdbc;
    }

    @Test
    void aSecondSuccessfulPaymentIsRefusedByThePartialUniqueIndex() {
        Order order = shop.orders().add(placed(user("ada").getId(), 0));
        shop.nextUseCase().run();
        Order loaded = shop.orders().findByIdForUpdate(order.getId()).orElseThrow();
        // Another writer slips a successful payment in behind the domain's back ...
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                INSERT INTO payments (id, order_id, method, amount, status, created_at, updated_at)
                VALUES (?, ?, 'CARD', ?, 'COMPLETED', ?, ?)""",
                UUID.randomUUID(), order.getId().value(), order.getTotalAmount().amount(), now, now);
        // ... so the one this order records must be refused by the index, in the domain's words.
        loaded.recordApprovedPayment(PaymentMethod.PAYPAL, "ref", Clock.systemUTC());

        assertThatExceptionOfType(PaymentNotAllowedException.class).isThrownBy(() -> shop.orders().save(loaded));
    }
}
