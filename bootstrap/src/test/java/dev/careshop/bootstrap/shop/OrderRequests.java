package dev.careshop.bootstrap.shop;

import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/** JSON bodies of order requests (also used by the security tests, which place and pay orders as fixtures). */
public final class OrderRequests {

    public static final String ADDRESS = """
            {"line1": "1 Main Street", "line2": null, "city": "Berlin", "postalCode": "10115", "country": "DE"}""";

    private OrderRequests() {
    }

    public record Line(UUID productId, int quantity) {

        public String json() {
            return "{\"productId\": \"" + productId + "\", \"quantity\": " + quantity + "}";
        }
    }

    public static Line line(UUID productId, int quantity) {
        return new Line(productId, quantity);
    }

    public static String items(Line... lines) {
        return Arrays.stream(lines).map(Line::json).collect(Collectors.joining(", ", "[", "]"));
    }

    /** An order with the given lines and no optional fields. */
    public static String order(UUID userId, Line... lines) {
        return "{\"userId\": \"" + userId + "\", \"items\": " + items(lines) + ", \"shippingAddress\": " + ADDRESS + "}";
    }

    public static String payment(String method, String token) {
        return "{\"method\": \"" + method + "\", \"token\": \"" + token + "\"}";
    }
}
