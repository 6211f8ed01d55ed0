package dev.careshop.domain.shared;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;

class StaleVersionExceptionTest {

    @Test
    void passesWhenExpectedVersionIsCurrent() {
        assertThatCode(() -> StaleVersionException.check("patient", "p-1", 3L, 3)).doesNotThrowAnyException();
    }

    @Test
    void skipsTheCheckWithoutExpectedVersion() {
        assertThatCode(() -> StaleVersionException.check("patient", "p-1", null, 3)).doesNotThrowAnyException();
    }

    @Test
    void failsWhenExpectedVersionIsOlder() {
        assertThatExceptionOfType(StaleVersionException.class)
                .isThrownBy(() -> StaleVersionException.check("patient", "p-1", 2L, 3));
    }

    @Test
    void failsWhenExpectedVersionIsNewer() {
        assertThatExceptionOfType(StaleVersionException.class)
                .isThrownBy(() -> StaleVersionException.check("patient", "p-1", 4L, 3));
    }

    @Test
    void namesKindIdAndBothVersions() {
        assertThatExceptionOfType(StaleVersionException.class)
                .isThrownBy(() -> StaleVersionException.check("doctor", "d-7", 2L, 5))
                .isInstanceOf(DomainException.class)
                .withMessageContaining("doctor d-7")
                .withMessageContaining("version 5")
                .withMessageContaining("not 2");
    }
}
