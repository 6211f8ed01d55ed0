package dev.careshop.domain.shop.order;

import dev.careshop.domain.shared.Ids;
import dev.careshop.domain.shared.Money;
import dev.careshop.domain.shared.event.DomainEvent;
import dev.careshop.domain.shared.event.RecordedEvents;
import dev.careshop.domain.shop.product.ProductId;
import dev.careshop.domain.shop.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer's order: its lines (with name and price as at placement), its total, where it goes, its status and its
 * payment attempts. Every amount is computed here from the lines; none comes from the client. Whether the products
 * exist and have stock is a question across aggregates, so the use case answers it before the order is placed.
 */
public final class Order {

    private final OrderId id;
    private final UserId userId;
    private OrderStatus status;
    private final List<OrderLine> lines;
    private final Money totalAmount;
    private final OrderDetails details;
    private final List<Payment> payments;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;
    private final RecordedEvents events = new RecordedEvents();

    private Order(OrderId id, UserId userId, OrderStatus status, List<OrderLine> lines, OrderDetails details,
                  List<Payment> payments, Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.status = Objects.requireNonNull(status, "status");
        this.lines = List.copyOf(lines);
        this.totalAmount = this.lines.stream().map(OrderLine::lineTotal).reduce(Money.ZERO, Money::plus);
        this.details = Objects.requireNonNull(details, "details");
        this.payments = new ArrayList<>(payments);
        this.payments.sort(Comparator.comparing(Payment::createdAt).thenComparing(payment -> payment.id().value()));
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = version;
    }

    /**
     * Places an order for the merged {@code items}, copying each product's name and current price from
     * {@code products} (which must hold every item's product: the use case has checked that they exist and are active).
     */
    public static Order place(UserId userId, OrderItems items, Map<ProductId, ProductSnapshot> products,
                              OrderDetails details, Clock clock) {
        Objects.requireNonNull(items, "items");
        List<OrderLine> lines = new ArrayList<>(items.size());
        for (OrderItems.Item item : items.inRequestOrder()) {
            ProductSnapshot product = products.get(item.productId());
            if (product == null) {
                throw new IllegalArgumentException("no snapshot of product " + item.productId());
            }
            lines.add(new OrderLine(lines.size() + 1, item.productId(), product.name(), product.price(), item.quantity()));
        }
        Instant now = clock.instant();
        Order order = new Order(OrderId.newId(), userId, OrderStatus.PENDING, lines, details, List.of(), now, now, 0);
        order.events.record(new OrderPlaced(Ids.timeOrdered(), order.id.value(), userId.value(),
                order.lines.stream().map(line -> new OrderPlaced.Line(line.productId().value(), line.quantity(),
                        line.unitPrice().amount())).toList(),
                order.totalAmount.amount(), now));
        return order;
    }

    /** Rebuilds an order from storage; no rule is checked again. */
    public static Order rehydrate(OrderId id, UserId userId, OrderStatus status, List<OrderLine> lines,
                                  OrderDetails details, List<Payment> payments, Instant createdAt, Instant updatedAt,
                                  long version) {
        return new Order(id, userId, status, lines, details, payments, createdAt, updatedAt, version);
    }

    /** This order as its repository stored it, under {@code storedVersion}; the events raised stay with this instance. */
    public Order storedAs(long storedVersion) {
        return new Order(id, userId, status, lines, details, payments, createdAt, updatedAt, storedVersion);
    }

    /**
     * Checks that the order can be charged now: it is {@code PENDING}, has no successful payment, and
     * {@code expectedAmount}, when the client sent one, is the total. Call it before asking the gateway.
     */
    public void checkPayable(Money expectedAmount) {
        if (successfulPayment().isPresent()) {
            throw new PaymentNotAllowedException(id, "it has already been paid");
        }
        if (status != OrderStatus.PENDING) {
            throw new PaymentNotAllowedException(id, "it is " + status + ", and only PENDING orders can be paid");
        }
        if (expectedAmount != null && !expectedAmount.equals(totalAmount)) {
            throw new PaymentAmountMismatchException(id, expectedAmount, totalAmount);
        }
    }

    /** The gateway took the total: the payment is {@code COMPLETED} and the order {@code PROCESSING}. */
    public Payment recordApprovedPayment(PaymentMethod method, String reference, Clock clock) {
        Payment payment = recordAttempt(method, PaymentStatus.COMPLETED, reference, null, clock);
        status = OrderStatus.PROCESSING;
        events.record(new OrderPaid(Ids.timeOrdered(), id.value(), payment.id().value(), method,
                payment.amount().amount(), payment.createdAt()));
        return payment;
    }

    /** The gateway declined: the attempt is kept as {@code FAILED}, the order stays {@code PENDING}. */
    public Payment recordDeclinedPayment(PaymentMethod method, String failureReason, Clock clock) {
        return recordAttempt(method, PaymentStatus.FAILED, null, failureReason, clock);
    }

    private Payment recordAttempt(PaymentMethod method, PaymentStatus outcome, String reference, String failureReason,
                                  Clock clock) {
        checkPayable(null);
        Instant now = clock.instant();
        Payment payment = new Payment(PaymentId.newId(), method, totalAmount, outcome, reference, failureReason, now, now);
        payments.add(payment);
        updatedAt = now;
        return payment;
    }

    public void ship(Clock clock) {
        transitionTo(OrderStatus.SHIPPED, clock);
        events.record(new OrderShipped(Ids.timeOrdered(), id.value(), updatedAt));
    }

    public void deliver(Clock clock) {
        transitionTo(OrderStatus.DELIVERED, clock);
        events.record(new OrderDelivered(Ids.timeOrdered(), id.value(), updatedAt));
    }

    /**
     * Cancels the order and refunds a completed payment. Putting the lines' quantities back into stock is the use
     * case's job, in the same transaction.
     */
    public void cancel(Clock clock) {
        transitionTo(OrderStatus.CANCELLED, clock);
        boolean refunded = successfulPayment().isPresent();
        payments.replaceAll(payment -> payment.status() == PaymentStatus.COMPLETED ? payment.refunded(updatedAt) : payment);
        events.record(new OrderCancelled(Ids.timeOrdered(), id.value(), refunded, updatedAt));
    }

    /** The events raised since this order was placed or loaded, oldest first; each is handed out once. */
    public List<DomainEvent> takeEvents() {
        return events.takeAll();
    }

    private void transitionTo(OrderStatus target, Clock clock) {
        if (!status.canBecome(target)) {
            throw new IllegalOrderTransitionException(id, status, target);
        }
        status = target;
        updatedAt = clock.instant();
    }

    /** The completed or refunded payment, if the order was ever paid. */
    public Optional<Payment> successfulPayment() {
        return payments.stream().filter(payment -> payment.status().wasSuccessful()).findFirst();
    }

    /** The payment a client sees: the successful one, else the latest failed attempt, else none. */
    public Optional<Payment> currentPayment() {
        return successfulPayment().or(() -> payments.isEmpty() ? Optional.empty() : Optional.of(payments.get(payments.size() - 1)));
    }

    public OrderId getId() {
        return id;
    }

    public UserId getUserId() {
        return userId;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public List<OrderLine> getLines() {
        return lines;
    }

    public Money getTotalAmount() {
        return totalAmount;
    }

    public OrderDetails getDetails() {
        return details;
    }

    public ShippingAddress getShippingAddress() {
        return details.shippingAddress();
    }

    public String getNotes() {
        return details.notes();
    }

    public OrderTags getTags() {
        return details.tags();
    }

    public OrderMetadata getMetadata() {
        return details.metadata();
    }

    /** Every attempt, oldest first. */
    public List<Payment> getPayments() {
        return List.copyOf(payments);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
