package dev.careshop.domain.shop.order;

/** {@code FAILED} attempts are kept as records; {@code COMPLETED} and {@code REFUNDED} ones were successful payments. */
public enum PaymentStatus {
    COMPLETED, FAILED, REFUNDED;

    /** Whether the money was taken (and possibly given back): an order has at most one such payment. */
    public boolean wasSuccessful() {
        return this != FAILED;
    }
}
