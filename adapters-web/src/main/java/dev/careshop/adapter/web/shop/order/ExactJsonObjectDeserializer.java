package dev.careshop.adapter.web.shop.order;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a client's JSON object keeping every number as sent. Jackson's default reads a decimal into a
 * {@code double}, which turns {@code 1e400} into the string {@code "Infinity"}, rounds {@code 12345678901234567890.5}
 * and {@code 1e-400} and drops the zero of {@code 1.10}; here decimals are {@code BigDecimal}s and integers
 * {@code Integer}, {@code Long} or {@code BigInteger}. Nesting depth and number length are bounded by the parser's
 * read constraints.
 */
final class ExactJsonObjectDeserializer extends ValueDeserializer<Map<String, Object>> {

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.hasToken(JsonToken.START_OBJECT)) {
            return (Map<String, Object>) context.handleUnexpectedToken(Map.class, parser);
        }
        return readObject(parser, context);
    }

    private static Map<String, Object> readObject(JsonParser parser, DeserializationContext context) {
        Map<String, Object> object = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            object.put(name, readValue(parser, context));
        }
        return object;
    }

    private static List<Object> readArray(JsonParser parser, DeserializationContext context) {
        List<Object> array = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(readValue(parser, context));
        }
        return array;
    }

    private static Object readValue(JsonParser parser, DeserializationContext context) {
        return switch (parser.currentToken()) {
            case START_OBJECT -> readObject(parser, context);
            case START_ARRAY -> readArray(parser, context);
            case VALUE_STRING -> parser.getString();
            case VALUE_NUMBER_INT -> parser.getNumberValue();
            case VALUE_NUMBER_FLOAT -> parser.getDecimalValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> context.handleUnexpectedToken(Object.class, parser);
        };
    }
}
