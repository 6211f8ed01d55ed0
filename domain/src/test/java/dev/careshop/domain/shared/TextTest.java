package dev.careshop.domain.shared;

import static dev.careshop.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    @Nested
    class Required {

        @Test
        void trims() {
            assertThat(Text.required("title", "  Dr. Who \n", 10)).isEqualTo("Dr. Who");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", "\t\n"})
        void refusesMissingValue(String value) {
            assertInvalid("title", () -> Text.required("title", value, 10));
        }

        @Test
        void acceptsExactlyMax() {
            assertThat(Text.required("title", "x".repeat(10), 10)).hasSize(10);
        }

        @Test
        void refusesOneOverMax() {
            assertInvalid("title", () -> Text.required("title", "x".repeat(11), 10));
        }

        @Test
        void measuresLengthAfterTrimming() {
            assertThat(Text.required("title", "  " + "x".repeat(10) + "  ", 10)).hasSize(10);
        }

        @Test
        void refusesTheNulCharacter() {
            assertInvalid("title", () -> Text.required("title", "Dr.\u0000Who", 10));
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

        @Test
        void trims() {
            assertThat(Text.optional("note", "  hello  ", 10)).isEqualTo("hello");
        }

        @Test
        void acceptsExactlyMax() {
            assertThat(Text.optional("note", "x".repeat(10), 10)).hasSize(10);
        }

        @Test
        void refusesOneOverMax() {
            assertInvalid("note", () -> Text.optional("note", "x".repeat(11), 10));
        }

        @Test
        void refusesTheNulCharacter() {
            assertInvalid("note", () -> Text.optional("note", "a\u0000b", 10));
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
