package dev.careshop.adapter.persistence.shop.order;

import static dev.careshop.adapter.persistence.shared.Paging.toPageable;

import dev.careshop.adapter.persistence.shared.ConstraintViolations;
import dev.careshop.adapter.persistence.shared.Filters;
import dev.careshop.domain.shared.MissingReferenceException;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shop.order.Order;
import dev.careshop.domain.shop.order.OrderId;
import dev.careshop.domain.shop.order.OrderRepository;
import dev.careshop.domain.shop.order.OrderSearch;
import dev.careshop.domain.shop.order.Payment;
import dev.careshop.domain.shop.order.PaymentNotAllowedException;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders with their lines and payments. Reads cost a constant number of statements: the order rows (one, or a page
 * plus its count), then all their lines in one query and all their payments in another.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class OrderPersistenceAdapter implements OrderRepository {

    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("createdAt"));
    private static final String ONE_SUCCESSFUL_PAYMENT = "uq_payments_one_successful_per_order";
    private static final String USER_FK = "fk_orders_user";
    private static final String PRODUCT_FK = "fk_order_lines_product";

    private final OrderSpringDataRepository orders;
    private final OrderLineSpringDataRepository lines;
    private final PaymentSpringDataRepository payments;
    private final OrderEntityMapper mapper;
    private final EntityManager entityManager;

    OrderPersistenceAdapter(OrderSpringDataRepository orders, OrderLineSpringDataRepository lines,
                            PaymentSpringDataRepository payments, OrderEntityMapper mapper, EntityManager entityManager) {
        this.orders = orders;
        this.lines = lines;
        this.payments = payments;
        this.mapper = mapper;
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Order> findById(OrderId id) {
        return orders.findById(id.value()).map(entity -> withChildren(List.of(entity)).get(0));
    }

    @Override
    public Optional<Order> findByIdForUpdate(OrderId id) {
        return orders.findForUpdate(id.value()).map(entity -> withChildren(List.of(entity)).get(0));
    }

    @Override
    public Order add(Order order) {
        return store(order, Optional.empty());
    }

    @Override
    public Order save(Order order) {
        // Within the use case the entity is already managed (it was read to be changed): findById costs no statement.
        return store(order, orders.findById(order.getId().value()));
    }

    private Order store(Order order, Optional<OrderJpaEntity> stored) {
        OrderJpaEntity entity = stored.orElseGet(OrderJpaEntity::new);
        mapper.copy(order, entity);
        try {
            if (stored.isEmpty()) {
                entityManager.persist(entity);
                order.getLines().forEach(line -> entityManager.persist(mapper.toEntity(line, entity.getId())));
            }
            savePayments(order, stored.isEmpty());
            orders.flush();
        } catch (DataIntegrityViolationException e) {
            throw translate(e, order);
        }
        return order.storedAs(entity.getVersion());
    }

    /** New attempts are inserted; a stored one only ever changes its status (a refund). */
    private void savePayments(Order order, boolean newOrder) {
        if (order.getPayments().isEmpty()) {
            return;
        }
        Map<UUID, PaymentJpaEntity> stored = newOrder ? Map.of() : payments.findByOrderIds(List.of(order.getId().value()))
                .stream().collect(Collectors.toMap(PaymentJpaEntity::getId, Function.identity()));
        for (Payment payment : order.getPayments()) {
            PaymentJpaEntity entity = stored.get(payment.id().value());
            if (entity == null) {
                entityManager.persist(mapper.toEntity(payment, order.getId().value()));
            } else {
                entity.setStatus(payment.status());
                entity.setUpdatedAt(payment.updatedAt());
            }
        }
    }

    private static RuntimeException translate(DataIntegrityViolationException e, Order order) {
        String constraint = ConstraintViolations.constraintName(e).orElse("");
        return switch (constraint) {
            case ONE_SUCCESSFUL_PAYMENT -> new PaymentNotAllowedException(order.getId(), "it has already been paid");
            case USER_FK -> new MissingReferenceException("userId", "user", order.getUserId());
            case PRODUCT_FK -> new MissingReferenceException("items", "product", "of a line");
            default -> e;
        };
    }

    /** Four statements (page, count, the page's lines, the page's payments), whatever the page holds. */
    @Override
    public Page<Order> search(OrderSearch search, PageRequest pageRequest) {
        org.springframework.data.domain.Page<OrderJpaEntity> page =
                orders.findAll(matching(search), toPageable(pageRequest, DEFAULT_SORT));
        List<Order> content = page.hasContent() ? withChildren(page.getContent()) : List.of();
        return new Page<>(content, page.getNumber(), page.getSize(), page.getTotalElements());
    }

    private static Specification<OrderJpaEntity> matching(OrderSearch search) {
        return Filters.<OrderJpaEntity>equalTo("userId", search.userId() == null ? null : search.userId().value())
                .and(Filters.equalTo("status", search.status()));
    }

    /** The orders, in the given order, each with its lines and payments: two statements for any number of orders. */
    private List<Order> withChildren(List<OrderJpaEntity> entities) {
        Collection<UUID> ids = entities.stream().map(OrderJpaEntity::getId).toList();
        Map<UUID, List<OrderLineJpaEntity>> linesByOrder = lines.findByOrderIds(ids).stream()
                .collect(Collectors.groupingBy(OrderLineJpaEntity::getOrderId));
        Map<UUID, List<PaymentJpaEntity>> paymentsByOrder = payments.findByOrderIds(ids).stream()
                .collect(Collectors.groupingBy(PaymentJpaEntity::getOrderId));
        return entities.stream()
                .map(entity -> mapper.toDomain(entity, linesByOrder.getOrDefault(entity.getId(), List.of()),
                        paymentsByOrder.getOrDefault(entity.getId(), List.of())))
                .toList();
    }
}
