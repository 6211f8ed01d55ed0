package dev.careshop.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A non-negative amount of money with at most two decimals, always held at scale 2 so that equal amounts are equal
 * records ({@code 5}, {@code 5.0} and {@code 5.00} are one value). The shop has one currency; amounts never pass
 * through a float.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    public static final int SCALE = 2;
    /**
     * The widest amount the shop stores is an order total, {@code numeric(15,2)}: 13 digits before the point. Checking
     * it here, before any rescaling, also keeps an amount such as {@code 1e999999999} from expanding into a billion
     * digits.
     */
    public static final int MAX_INTEGER_DIGITS = 13;
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new InvalidValueException("amount", "amount must not be negative");
        }
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > SCALE) {
            throw new InvalidValueException("amount", "amount must have at most " + SCALE + " decimals");
        }
        if (stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
            throw new InvalidValueException("amount", "amount must have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point");
        }
        amount = amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    /**
     * Reads an amount a client sent, reporting a broken rule against {@code field} (e.g. {@code price}) rather than
     * the generic {@code amount}.
     */
    public static Money of(String field, BigDecimal amount) {
        if (amount == null) {
            throw new InvalidValueException(field, field + " is required");
        }
        try {
            return new Money(amount);
        } catch (InvalidValueException e) {
            throw new InvalidValueException(field, e.getMessage().replaceFirst("^amount", field));
        }
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money times(int quantity) {
        if (quantity < 0) {
            throw new IllegalArgumentException("quantity must not be negative");
        }
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)));
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
