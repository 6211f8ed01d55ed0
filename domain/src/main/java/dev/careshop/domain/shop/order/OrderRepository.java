package dev.careshop.domain.shop.order;

import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import java.util.Optional;

/** Where orders, their lines and their payments are kept. */
public interface OrderRepository {

    /** The order with its lines and payments, in a constant number of statements. */
    Optional<Order> findById(OrderId id);

    /**
     * The order with its lines and payments, its row locked until the transaction ends, so that concurrent payments
     * of one order run one after the other.
     */
    Optional<Order> findByIdForUpdate(OrderId id);

    /**
     * Stores a newly placed order with its lines and answers it as stored (one statement for the order and one per
     * line: unlike {@link #save}, nothing is read first to find out whether it is new).
     *
     * @throws dev.careshop.domain.shared.MissingReferenceException when the user no longer exists
     */
    Order add(Order order);

    /**
     * Stores a new or changed order with its lines and payments and answers it as stored.
     *
     * @throws PaymentNotAllowedException when another transaction stored a successful payment of the order first
     * @throws dev.careshop.domain.shared.MissingReferenceException when the user no longer exists
     */
    Order save(Order order);

    /** A page of orders, each with its lines and payments, in a constant number of statements. */
    Page<Order> search(OrderSearch search, PageRequest pageRequest);
}
