package dev.careshop.domain.shop.order;

import dev.careshop.domain.shared.InvalidValueException;
import dev.careshop.domain.shared.Text;
import java.util.Locale;
import java.util.Set;

/** Where an order goes. {@code country} is an ISO 3166-1 alpha-2 code, stored upper-case. */
public record ShippingAddress(String line1, String line2, String city, String postalCode, String country) {

    public static final int LINE_MAX = 200;
    public static final int CITY_MAX = 100;
    public static final int POSTAL_CODE_MAX = 20;
    private static final String PREFIX = "shippingAddress.";
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    public ShippingAddress {
        line1 = Text.required(PREFIX + "line1", line1, LINE_MAX);
        line2 = Text.optional(PREFIX + "line2", line2, LINE_MAX);
        city = Text.required(PREFIX + "city", city, CITY_MAX);
        postalCode = Text.required(PREFIX + "postalCode", postalCode, POSTAL_CODE_MAX);
        String code = Text.required(PREFIX + "country", country, 2).toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw new InvalidValueException(PREFIX + "country", PREFIX + "country must be an ISO 3166-1 alpha-2 code such as DE");
        }
        country = code;
    }
}
