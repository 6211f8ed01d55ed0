package dev.careshop.adapter.web.shop.order;

import dev.careshop.domain.shop.order.OrderMetadata;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an order's metadata (a JSON object the domain keeps as opaque text) into JSON text and back. Jackson has
 * already made sure the client sent an object; its size is measured by the domain on the text written here.
 */
@Component
public class OrderMetadataJson {

    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() {
    };

    private final JsonMapper json;

    OrderMetadataJson(JsonMapper json) {
        this.json = json;
    }

    public OrderMetadata toMetadata(Map<String, Object> metadata) {
        return metadata == null ? OrderMetadata.EMPTY : new OrderMetadata(json.writeValueAsString(metadata));
    }

    public Map<String, Object> toMap(OrderMetadata metadata) {
        return json.readValue(metadata.json(), OBJECT);
    }
}
