package dev.careshop.domain.shop.order;

import static dev.careshop.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careshop.domain.shop.product.ProductId;
import dev.careshop.domain.shop.user.UserId;
import java.util.ArrayList;
import java.util.UUID;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrderValuesTest {

    @Nested
    class Address {

        @Test
        void trimsAndUpperCasesTheCountry() {
            ShippingAddress address = new ShippingAddress(" 1 Main St ", "  ", " Paris ", " 75001 ", " fr ");
            assertThat(address).isEqualTo(new ShippingAddress("1 Main St", null, "Paris", "75001", "FR"));
        }

        @Test
        void checksEveryLength() {
            assertInvalid("shippingAddress.line1", () -> new ShippingAddress(" ", null, "Paris", "75001", "FR"));
            assertInvalid("shippingAddress.line1", () -> new ShippingAddress("x".repeat(201), null, "Paris", "75001", "FR"));
            assertInvalid("shippingAddress.line2", () -> new ShippingAddress("a", "x".repeat(201), "Paris", "75001", "FR"));
            assertInvalid("shippingAddress.city", () -> new ShippingAddress("a", null, null, "75001", "FR"));
            assertInvalid("shippingAddress.city", () -> new ShippingAddress("a", null, "x".repeat(101), "75001", "FR"));
            assertInvalid("shippingAddress.postalCode", () -> new ShippingAddress("a", null, "Paris", "", "FR"));
            assertInvalid("shippingAddress.postalCode", () -> new ShippingAddress("a", null, "Paris", "x".repeat(21), "FR"));
            assertThat(new ShippingAddress("x".repeat(200), "y".repeat(200), "z".repeat(100), "p".repeat(20), "DE").line1()).hasSize(200);
        }

        @ParameterizedTest
        @ValueSource(strings = {"XX", "ZZ", "DEU", "D", "", "1A", "UK"})
        void theCountryIsAnIso3166Alpha2Code(String country) {
            assertInvalid("shippingAddress.country", () -> new ShippingAddress("a", null, "Paris", "75001", country));
        }

        @Test
        void theCountryIsRequired() {
            assertInvalid("shippingAddress.country", () -> new ShippingAddress("a", null, "Paris", "75001", null));
        }
    }

    @Nested
    class Tags {

        @Test
        void atMost10TrimmedTagsOf1To50() {
            assertThat(new OrderTags(List.of(" gift ", "express")).values()).containsExactly("gift", "express");
            assertThat(new OrderTags(null).values()).isEmpty();
            assertThat(new OrderTags(Collections.nCopies(10, "t")).values()).hasSize(10);
            assertInvalid("tags", () -> new OrderTags(Collections.nCopies(11, "t")));
            assertInvalid("tags[1]", () -> new OrderTags(List.of("ok", " ")));
            assertInvalid("tags[0]", () -> new OrderTags(List.of("x".repeat(51))));
            List<String> withNull = new ArrayList<>();
            withNull.add(null);
            assertInvalid("tags[0]", () -> new OrderTags(withNull));
        }
    }

    @Nested
    class Metadata {

        @Test
        void anObjectOfAtMost16KbOfUtf8() {
            String filler = "x".repeat(OrderMetadata.MAX_BYTES - "{\"k\":\"\"}".length());
            assertThat(new OrderMetadata("{\"k\":\"" + filler + "\"}").json()).hasSize(OrderMetadata.MAX_BYTES);
            assertInvalid("metadata", () -> new OrderMetadata("{\"k\":\"" + filler + "x\"}"));
        }

        @Test
        void sizeCountsBytesNotCharacters() {
            // "é" is two bytes in UTF-8: 8,190 of them plus {"k":""} is 16,388 bytes but only 8,198 characters
            assertInvalid("metadata", () -> new OrderMetadata("{\"k\":\"" + "é".repeat(8190) + "\"}"));
        }

        @Test
        void absentIsTheEmptyObjectAndNonObjectsAreRefused() {
            assertThat(new OrderMetadata(null)).isEqualTo(OrderMetadata.EMPTY);
            assertThat(new OrderMetadata(" ").json()).isEqualTo("{}");
            assertInvalid("metadata", () -> new OrderMetadata("[1]"));
            assertInvalid("metadata", () -> new OrderMetadata("\"text\""));
            assertInvalid("metadata", () -> new OrderMetadata("{\"a\":\"\\u0000\"}"));
            assertInvalid("metadata", () -> new OrderMetadata("{\"a\":\"C:\\\\\\u0000\"}"));
        }

        @Test
        void anEscapedBackslashBeforeU0000IsNotANulCharacter() {
            // An escaped backslash followed by the text "u0000" is no NUL character: jsonb stores it fine.
            String backslashThenU0000 = "{\"path\":\"C:\\\\u0000\"}";
            assertThat(new OrderMetadata(backslashThenU0000).json()).isEqualTo(backslashThenU0000);
        }
    }

    @Test
    void paymentStatusKnowsSuccessfulOnes() {
        assertThat(PaymentStatus.COMPLETED.wasSuccessful()).isTrue();
        assertThat(PaymentStatus.REFUNDED.wasSuccessful()).isTrue();
        assertThat(PaymentStatus.FAILED.wasSuccessful()).isFalse();
    }

    @Test
    void aRejectionSaysWhetherItIsOnlyAboutStock() {
        var item = new OrderItems.Item(1, new ProductId(UUID.randomUUID()), 3);
        var stock = OrderRejectedException.Rejection.insufficientStock(item, 1);
        var missing = OrderRejectedException.Rejection.unknownProduct(item);
        assertThat(new OrderRejectedException(List.of(stock)).onlyStock()).isTrue();
        assertThat(new OrderRejectedException(List.of(stock, missing)).onlyStock()).isFalse();
        assertThat(new OrderRejectedException(List.of(stock, missing)))
                .hasMessageContaining("has 1 in stock, 3 requested").hasMessageContaining("does not exist");
    }

    @Test
    void aRejectionNamesTheRequestFieldItIsAbout() {
        var item = new OrderItems.Item(2, new ProductId(UUID.randomUUID()), 3);
        assertThat(OrderRejectedException.Rejection.insufficientStock(item, 1))
                .extracting("field", "productId", "requested", "available")
                .containsExactly("items[2].quantity", item.productId().value(), 3, 1);
        assertThat(OrderRejectedException.Rejection.productNoLongerSold(item))
                .extracting("field", "requested", "available").containsExactly("items[2].productId", 3, null);
        assertThat(OrderRejectedException.Rejection.inactiveUser(new UserId(UUID.randomUUID())))
                .extracting("field", "productId").containsExactly("userId", null);
    }
}
