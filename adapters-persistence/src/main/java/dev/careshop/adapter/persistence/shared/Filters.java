package dev.careshop.adapter.persistence.shared;

import java.util.Locale;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.data.jpa.domain.Specification;

/** Building blocks for list filters: each returns "no restriction" when its value is {@code null}. */
public final class Filters {

    private Filters() {
    }

    /**
     * Case-insensitive "contains"; LIKE wildcards in the text are matched literally. PostgreSQL lowers both sides:
     * Java spells some lower cases otherwise ("İ" gets a combining dot, a final "Σ" becomes "ς"), and such text
     * would never match. {@code value(...)} binds the pattern as a parameter; a JPA literal would be inlined into the SQL.
     */
    public static <T> Specification<T> containsIgnoringCase(String attribute, String text) {
        if (text == null) {
            return Specification.unrestricted();
        }
        String pattern = "%" + escapeLike(text) + "%";
        return (root, query, cb) -> cb.like(cb.lower(root.get(attribute)), cb.lower(((HibernateCriteriaBuilder) cb).value(pattern)), '\\');
    }

    public static <T> Specification<T> equalIgnoringCase(String attribute, String text) {
        if (text == null) {
            return Specification.unrestricted();
        }
        String lowered = text.toLowerCase(Locale.ROOT);
        return (root, query, cb) -> cb.equal(cb.lower(root.get(attribute)), lowered);
    }

    public static <T> Specification<T> equalTo(String attribute, Object value) {
        if (value == null) {
            return Specification.unrestricted();
        }
        return (root, query, cb) -> cb.equal(root.get(attribute), value);
    }

    /** {@code text} with LIKE's wildcards ({@code %}, {@code _}) and escape character ({@code \}) escaped by {@code \}. */
    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
