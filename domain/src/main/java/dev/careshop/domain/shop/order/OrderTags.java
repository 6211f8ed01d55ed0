package dev.careshop.domain.shop.order;

import dev.careshop.domain.shared.InvalidValueException;
import dev.careshop.domain.shared.Text;
import java.util.ArrayList;
import java.util.List;

/** Free labels on an order: at most {@value #MAX_TAGS}, each trimmed and 1 to {@value #TAG_MAX} characters, in the given order. */
public record OrderTags(List<String> values) {

    public static final int MAX_TAGS = 10;
    public static final int TAG_MAX = 50;
    public static final OrderTags NONE = new OrderTags(List.of());

    public OrderTags {
        if (values == null) {
            values = List.of();
        }
        if (values.size() > MAX_TAGS) {
            throw new InvalidValueException("tags", "tags must hold at most " + MAX_TAGS + " entries");
        }
        List<String> checked = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            checked.add(Text.required("tags[" + i + "]", values.get(i), TAG_MAX));
        }
        values = List.copyOf(checked);
    }
}
