package dev.careshop.domain.clinic.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.careshop.domain.shared.EmailAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DoctorTest {

    private static final Instant NOW = Instant.parse("2026-03-15T09:30:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Instant LATER = NOW.plusSeconds(3600);
    private static final Clock LATER_CLOCK = Clock.fixed(LATER, ZoneOffset.UTC);

    private static final DoctorProfile PROFILE =
            new DoctorProfile("Gregory House", "Nephrology", new EmailAddress("house@example.com"));
    private static final DoctorProfile NEW_PROFILE = new DoctorProfile("Gregory House", "Diagnostic medicine", null);

    private static Doctor storedAtVersion(long version) {
        return Doctor.rehydrate(new DoctorId(UUID.randomUUID()), PROFILE, NOW, NOW, version);
    }

    @Nested
    class Register {

        @Test
        void refusesMissingProfile() {
            assertThatNullPointerException().isThrownBy(() -> Doctor.register(null, CLOCK));
        }
    }

    @Nested
    class Update {

        @Test
        void refusesMissingProfile() {
            Doctor doctor = storedAtVersion(1);

            assertThatNullPointerException().isThrownBy(() -> doctor.update(null, null, LATER_CLOCK));
            assertThat(doctor.getProfile()).isEqualTo(PROFILE);
        }
    }
}
