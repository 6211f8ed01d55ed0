package dev.careshop.domain.shop.order;

import dev.careshop.domain.shared.DomainException;
import dev.careshop.domain.shop.user.UserId;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An order could not be placed, for every reason found at once: a user that is missing or inactive, products that
 * are missing or inactive, lines whose quantity exceeds the stock. Nothing was changed.
 */
public class OrderRejectedException extends DomainException {

    /** Why one part of the request was refused. */
    public enum Reason {
        /** The user or product does not exist or is inactive: the request cannot be processed as it stands. */
        UNAVAILABLE,
        /** The product exists but has fewer units in stock than the line asks for: a conflict with the current state. */
        INSUFFICIENT_STOCK
    }

    /**
     * One refused part: {@code field} names it in the request ({@code userId}, {@code items[2].productId},
     * {@code items[2].quantity}); {@code productId}, {@code requested} and {@code available} are {@code null} where they
     * do not apply.
     */
    public record Rejection(Reason reason, String field, String message, UUID productId, Integer requested, Integer available) {

        public static Rejection unknownUser(UserId userId) {
            return new Rejection(Reason.UNAVAILABLE, "userId", "user " + userId + " does not exist", null, null, null);
        }

        public static Rejection inactiveUser(UserId userId) {
            return new Rejection(Reason.UNAVAILABLE, "userId", "user " + userId + " is inactive and cannot order", null, null, null);
        }

        public static Rejection unknownProduct(OrderItems.Item item) {
            return unavailable(item, "product " + item.productId() + " does not exist");
        }

        public static Rejection productNoLongerSold(OrderItems.Item item) {
            return unavailable(item, "product " + item.productId() + " is no longer sold");
        }

        public static Rejection insufficientStock(OrderItems.Item item, int available) {
            return new Rejection(Reason.INSUFFICIENT_STOCK, field(item, "quantity"),
                    "product " + item.productId() + " has " + available + " in stock, " + item.quantity() + " requested",
                    item.productId().value(), item.quantity(), available);
        }

        private static Rejection unavailable(OrderItems.Item item, String message) {
            return new Rejection(Reason.UNAVAILABLE, field(item, "productId"), message, item.productId().value(),
                    item.quantity(), null);
        }

        private static String field(OrderItems.Item item, String property) {
            return "items[" + item.index() + "]." + property;
        }
    }

    private final List<Rejection> rejections;

    public OrderRejectedException(List<Rejection> rejections) {
        super(summary(rejections));
        if (rejections.isEmpty()) {
            throw new IllegalArgumentException("an order is rejected for at least one reason");
        }
        this.rejections = List.copyOf(rejections);
    }

    public List<Rejection> rejections() {
        return rejections;
    }

    /** Stock alone is a conflict (409); anything unavailable makes the request unprocessable (422). */
    public boolean onlyStock() {
        return rejections.stream().allMatch(rejection -> rejection.reason() == Reason.INSUFFICIENT_STOCK);
    }

    private static String summary(List<Rejection> rejections) {
        return "the order cannot be placed: " + rejections.stream().map(Rejection::message).collect(Collectors.joining("; "));
    }
}
