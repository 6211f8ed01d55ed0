package dev.careshop.application.shop.order.port.out;

import dev.careshop.domain.shop.user.UserId;
import java.util.Optional;

/** What ordering needs to know about a user account: whether it exists and may order. */
public interface OrderCustomers {

    /** A user as ordering sees it. */
    record Customer(UserId id, boolean active) {
    }

    Optional<Customer> find(UserId id);
}
