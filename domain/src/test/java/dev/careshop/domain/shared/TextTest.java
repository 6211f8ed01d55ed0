package dev.careshop.domain.shared;

import static dev.careshop.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Named.named;

import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    /** {@code Text.required} or {@code Text.optional}: what they do alike to a value that is present. */
    @FunctionalInterface
    interface Check {
        String check(String field, String value, int max);
    }

    static Stream<Named<Check>> requiredAndOptional() {
        return Stream.of(named("required", Text::required), named("optional", Text::optional));
    }

    /**
     * A present value, required or optional: trimmed, measured after trimming, at most {@code max} characters, no NUL;
     * the failure names the field.
     */
    @Nested
    class PresentValue {

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.careshop.domain.shared.TextTest#requiredAndOptional")
        void isTrimmed(Check check) {
            assertThat(check.check("title", "  Dr. Who \n", 10)).isEqualTo("Dr. Who");
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.careshop.domain.shared.TextTest#requiredAndOptional")
        void mayBeExactlyMaxLongAfterTrimmingButNotOneOver(Check check) {
            assertThat(check.check("title", "x".repeat(10), 10)).hasSize(10);
            assertThat(check.check("title", "  " + "x".repeat(10) + "  ", 10)).hasSize(10);
            assertInvalid("title", () -> check.check("title", "x".repeat(11), 10));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("dev.careshop.domain.shared.TextTest#requiredAndOptional")
        void refusesTheNulCharacter(Check check) {
            assertInvalid("title", () -> check.check("title", "Dr.\u0000Who", 10));
        }
    }

    @Nested
    class Required {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", "\t\n"})
        void refusesMissingValue(String value) {
            assertInvalid("title", () -> Text.required("title", value, 10));
        }

        @Test
        void refusesHalfASurrogatePairButKeepsAWholeOne() {
            assertInvalid("title", () -> Text.required("title", "Dr.\uD800Who", 10));
            assertInvalid("title", () -> Text.required("title", "\uDC00Who", 10));
            assertThat(Text.required("title", "Key \uD83D\uDD11", 10)).isEqualTo("Key \uD83D\uDD11");
        }

        @Test
        void namesTheFieldInTheMessage() {
            assertThatExceptionOfType(InvalidValueException.class)
                    .isThrownBy(() -> Text.required("title", "x".repeat(11), 10))
                    .withMessage("title must be at most 10 characters");
        }
    }

    @Nested
    class Optional {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", "\t\n"})
        void turnsAbsentValueIntoNull(String value) {
            assertThat(Text.optional("note", value, 10)).isNull();
        }
    }

    @Nested
    class Filter {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", "\t\n"})
        void meansNoFilterWhenAbsent(String value) {
            assertThat(Text.filter("name", value)).isNull();
        }

        @Test
        void trims() {
            assertThat(Text.filter("name", "  love ")).isEqualTo("love");
        }

        @Test
        void refusesTheNulCharacter() {
            assertInvalid("name", () -> Text.filter("name", "lo\u0000ve"));
        }
    }
}
