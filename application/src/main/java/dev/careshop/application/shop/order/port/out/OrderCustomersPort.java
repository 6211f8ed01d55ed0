package dev.careshop.application.shop.order.port.out;

import dev.careshop.domain.shop.user.UserId;
import java.util.Optional;

/** What ordering needs to know about a user account: whether it exists and may order. */
public interface OrderCustomersPort {

    /** A user as ordering sees it. */
    record Customer(UserId id, boolean active) {
    }

    Optional<Customer> find(UserId id);

    /**
     * Like {@link #find}, and the user stays as read (active or not) until the transaction ends: a concurrent
     * deactivation waits for the order being placed. Only in a read-write transaction.
     */
    Optional<Customer> findAndLock(UserId id);
}
