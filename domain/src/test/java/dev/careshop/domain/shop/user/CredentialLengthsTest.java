package dev.careshop.domain.shop.user;

import static dev.careshop.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The length bounds of a username (3 to 50) and a password (8 to 128): both ends are allowed, one beyond is not. */
class CredentialLengthsTest {

    static Stream<Arguments> credentials() {
        return Stream.of(
                arguments(named("username", (Function<String, String>) value -> new Username(value).value()), "username", 3, 50),
                arguments(named("password", (Function<String, String>) value -> new Password(value).value()), "password", 8, 128));
    }

    @ParameterizedTest(name = "{0}: {2} to {3}")
    @MethodSource("credentials")
    void acceptsTheShortestAndTheLongest(Function<String, String> valueOf, String field, int shortest, int longest) {
        assertThat(valueOf.apply("x".repeat(shortest))).isEqualTo("x".repeat(shortest));
        assertThat(valueOf.apply("x".repeat(longest))).isEqualTo("x".repeat(longest));
    }

    @ParameterizedTest(name = "{0}: {2} to {3}")
    @MethodSource("credentials")
    void refusesOneShorterOrOneLongerNamingTheField(Function<String, String> valueOf, String field, int shortest, int longest) {
        assertInvalid(field, () -> valueOf.apply("x".repeat(shortest - 1)));
        assertInvalid(field, () -> valueOf.apply("x".repeat(longest + 1)));
    }
}
