package dev.careshop.domain.shop.order;

import dev.careshop.domain.shared.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * One attempt to pay an order; it belongs to, and is changed only through, its {@link Order}. The gateway's
 * {@code reference} is kept for an approved payment, its {@code failureReason} for a declined one.
 */
public record Payment(PaymentId id, PaymentMethod method, Money amount, PaymentStatus status, String reference,
                      String failureReason, Instant createdAt, Instant updatedAt) {

    public static final int REFERENCE_MAX = 100;
    public static final int FAILURE_REASON_MAX = 200;

    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        reference = clip(reference, REFERENCE_MAX);
        failureReason = clip(failureReason, FAILURE_REASON_MAX);
    }

    Payment refunded(Instant at) {
        return new Payment(id, method, amount, PaymentStatus.REFUNDED, reference, failureReason, createdAt, at);
    }

    /** What a gateway answers is not ours to refuse, only to store within the column's length. */
    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
