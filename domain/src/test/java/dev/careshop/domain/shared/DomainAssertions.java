package dev.careshop.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions shared by the domain tests. */
public final class DomainAssertions {

    private DomainAssertions() {
    }

    /** Asserts that {@code call} throws an {@link InvalidValueException} naming {@code field}. */
    public static void assertInvalid(String field, ThrowingCallable call) {
        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(call)
                .satisfies(e -> assertThat(e.field()).as("field of the InvalidValueException").isEqualTo(field));
    }
}
