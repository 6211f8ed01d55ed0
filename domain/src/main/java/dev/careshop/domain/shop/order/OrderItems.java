package dev.careshop.domain.shop.order;

import dev.careshop.domain.shared.InvalidValueException;
import dev.careshop.domain.shop.product.ProductId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The items of an order as the customer listed them, with the entries for one product merged into one item whose
 * quantity is the sum (which must still be 1 to {@value RequestedItem#MAX_QUANTITY}). Each merged item remembers
 * the position of its product's first entry, so a problem with it can name {@code items[i]} of the request.
 */
public final class OrderItems {

    public static final int MAX_LINES = 100;

    /**
     * The order in which every transaction locks product rows, so none wait for each other in a circle: PostgreSQL's
     * own {@code uuid} order (unsigned, byte by byte), because the product read locks its rows {@code ORDER BY id}.
     * {@link java.util.UUID#compareTo} compares signed halves and disagrees with it.
     */
    public static final Comparator<ProductId> PRODUCT_ID_ORDER = Comparator
            .comparing((ProductId id) -> id.value().getMostSignificantBits(), Long::compareUnsigned)
            .thenComparing(id -> id.value().getLeastSignificantBits(), Long::compareUnsigned);

    /** A merged item; {@code index} is the 0-based position of the product's first entry in the request. */
    public record Item(int index, ProductId productId, int quantity) {
    }

    private final List<Item> items;

    private OrderItems(List<Item> items) {
        this.items = List.copyOf(items);
    }

    public static OrderItems merge(List<RequestedItem> requested) {
        if (requested == null || requested.isEmpty() || requested.size() > MAX_LINES) {
            throw new InvalidValueException("items", "items must hold between 1 and " + MAX_LINES + " entries");
        }
        Map<ProductId, Item> merged = new LinkedHashMap<>();
        for (int i = 0; i < requested.size(); i++) {
            RequestedItem entry = requested.get(i);
            Item earlier = merged.get(entry.productId());
            Item item = earlier == null
                    ? new Item(i, entry.productId(), entry.quantity())
                    : new Item(earlier.index(), entry.productId(), earlier.quantity() + entry.quantity());
            RequestedItem.checkQuantity("items[" + item.index() + "].quantity", item.quantity());
            merged.put(entry.productId(), item);
        }
        return new OrderItems(new ArrayList<>(merged.values()));
    }

    /** In the customer's order. */
    public List<Item> inRequestOrder() {
        return items;
    }

    /** In {@link #PRODUCT_ID_ORDER}: the one order in which every transaction touches product rows, so none deadlock. */
    public List<Item> inProductIdOrder() {
        return items.stream().sorted(Comparator.comparing(Item::productId, PRODUCT_ID_ORDER)).toList();
    }

    public Set<ProductId> productIds() {
        return items.stream().map(Item::productId).collect(Collectors.toUnmodifiableSet());
    }

    public int size() {
        return items.size();
    }
}
