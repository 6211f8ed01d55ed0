package dev.careshop.adapter.web.shop.order;

import dev.careshop.domain.shared.InvalidValueException;
import dev.careshop.domain.shop.order.OrderMetadata;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an order's metadata (a JSON object the domain keeps as opaque text) into JSON text and back, numbers exact
 * both ways (the mapper reads decimals as {@code BigDecimal}, see {@code JsonConfiguration}). Its size is measured by
 * the domain on the text written here.
 */
@Component
public class OrderMetadataJson {

    /**
     * PostgreSQL stores a number's every digit ({@code 1e400} becomes 401 characters) and refuses one beyond its
     * numeric range, so a number may not have more digits either side of the point than this.
     */
    static final int MAX_DIGITS = 1000;

    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final JsonMapper json;
    private final ObjectReader objectReader;

    OrderMetadataJson(JsonMapper json) {
        this.json = json;
        this.objectReader = json.readerFor(OBJECT);
    }

    public OrderMetadata toMetadata(Map<String, Object> metadata) {
        if (metadata == null) {
            return OrderMetadata.EMPTY;
        }
        checkNumbers(metadata);
        return new OrderMetadata(json.writeValueAsString(metadata));
    }

    public Map<String, Object> toMap(OrderMetadata metadata) {
        return objectReader.readValue(metadata.json());
    }

    private static void checkNumbers(Object value) {
        if (value instanceof Map<?, ?> object) {
            object.values().forEach(OrderMetadataJson::checkNumbers);
        } else if (value instanceof Collection<?> array) {
            array.forEach(OrderMetadataJson::checkNumbers);
        } else if (value instanceof BigDecimal number
                && (number.precision() - number.scale() > MAX_DIGITS || number.scale() > MAX_DIGITS)) {
            throw new InvalidValueException("metadata",
                    "numbers in metadata may have at most " + MAX_DIGITS + " digits before and after the decimal point");
        }
    }
}
