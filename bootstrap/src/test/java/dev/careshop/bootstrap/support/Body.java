package dev.careshop.bootstrap.support;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JSON request body built field by field from raw JSON values, so a test can put any type (or nothing) in any
 * field. Its {@code toString} is the JSON, for parameterized test names.
 */
public final class Body {

    private final Map<String, String> fields = new LinkedHashMap<>();

    /** A valid patient: born 1985-12-10, female, without e-mail and phone. */
    public static Body patient(String name) {
        return new Body().str("name", name).str("birthDate", "1985-12-10").str("gender", "FEMALE")
                .raw("email", "null").raw("phone", "null");
    }

    /** A valid doctor without e-mail. */
    public static Body doctor(String name, String specialization) {
        return new Body().str("name", name).str("specialization", specialization).raw("email", "null");
    }

    /** Sets {@code field} to the JSON string {@code value}. */
    public Body str(String field, String value) {
        fields.put(field, "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        return this;
    }

    /** Sets {@code field} to {@code json}, as it stands. */
    public Body raw(String field, String json) {
        fields.put(field, json);
        return this;
    }

    /** Leaves {@code field} out. */
    public Body remove(String field) {
        fields.remove(field);
        return this;
    }

    /** The object as JSON text. */
    public String json() {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((field, value) -> json.append(json.length() > 1 ? ", " : "").append('"').append(field).append("\": ").append(value));
        return json.append('}').toString();
    }

    @Override
    public String toString() {
        return json();
    }
}
