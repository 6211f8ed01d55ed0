package dev.careshop.bootstrap.shop;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/** JSON bodies of order requests. */
final class OrderRequests {

    static final String ADDRESS = """
            {"line1": "1 Main Street", "line2": null, "city": "Berlin", "postalCode": "10115", "country": "DE"}""";

    private OrderRequests() {
    }

    record Line(UUID productId, int quantity) {

        String json() {
            return "{\"productId\": \"" + productId + "\", \"quantity\": " + quantity + "}";
        }
    }

    static Line line(UUID productId, int quantity) {
        return new Line(productId, quantity);
    }

    static String items(Line... lines) {
        return Arrays.stream(lines).map(Line::json).collect(Collectors.joining(", ", "[", "]"));
    }

    /** An order with the given lines and no optional fields. */
    static String order(UUID userId, Line... lines) {
        return "{\"userId\": \"" + userId + "\", \"items\": " + items(lines) + ", \"shippingAddress\": " + ADDRESS + "}";
    }

    static String payment(String method, String token) {
        return "{\"method\": \"" + method + "\", \"token\": \"" + token + "\"}";
    }
}
