package dev.careshop.domain.clinic.doctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.careshop.domain.shared.EmailAddress;
import dev.careshop.domain.shared.StaleVersionException;
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
        void keepsTheProfile() {
            assertThat(Doctor.register(PROFILE, CLOCK).getProfile()).isEqualTo(PROFILE);
        }

        @Test
        void stampsCreatedAndUpdatedAtWithTheClock() {
            Doctor doctor = Doctor.register(PROFILE, CLOCK);

            assertThat(doctor.getCreatedAt()).isEqualTo(NOW);
            assertThat(doctor.getUpdatedAt()).isEqualTo(NOW);
        }

        @Test
        void startsAtVersionZero() {
            assertThat(Doctor.register(PROFILE, CLOCK).getVersion()).isZero();
        }

        @Test
        void assignsATimeOrderedIdOfItsOwn() {
            Doctor first = Doctor.register(PROFILE, CLOCK);
            Doctor second = Doctor.register(PROFILE, CLOCK);

            assertThat(first.getId().value().version()).isEqualTo(7);
            assertThat(first.getId()).isNotEqualTo(second.getId());
        }

        @Test
        void refusesMissingProfile() {
            assertThatNullPointerException().isThrownBy(() -> Doctor.register(null, CLOCK));
        }
    }

    @Nested
    class Rehydrate {

        @Test
        void keepsEveryStoredValue() {
            DoctorId id = new DoctorId(UUID.randomUUID());

            Doctor doctor = Doctor.rehydrate(id, PROFILE, NOW, LATER, 4);

            assertThat(doctor.getId()).isEqualTo(id);
            assertThat(doctor.getProfile()).isEqualTo(PROFILE);
            assertThat(doctor.getCreatedAt()).isEqualTo(NOW);
            assertThat(doctor.getUpdatedAt()).isEqualTo(LATER);
            assertThat(doctor.getVersion()).isEqualTo(4);
        }
    }

    @Nested
    class Update {

        @Test
        void replacesTheProfile() {
            Doctor doctor = storedAtVersion(1);

            doctor.update(NEW_PROFILE, 1L, LATER_CLOCK);

            assertThat(doctor.getProfile()).isEqualTo(NEW_PROFILE);
        }

        @Test
        void movesUpdatedAtButNotCreatedAt() {
            Doctor doctor = storedAtVersion(1);

            doctor.update(NEW_PROFILE, 1L, LATER_CLOCK);

            assertThat(doctor.getUpdatedAt()).isEqualTo(LATER);
            assertThat(doctor.getCreatedAt()).isEqualTo(NOW);
        }

        @Test
        void keepsIdAndVersion() {
            Doctor doctor = storedAtVersion(1);
            DoctorId id = doctor.getId();

            doctor.update(NEW_PROFILE, 1L, LATER_CLOCK);

            assertThat(doctor.getId()).isEqualTo(id);
            assertThat(doctor.getVersion()).isEqualTo(1);
        }

        @Test
        void refusesAWrongExpectedVersion() {
            Doctor doctor = storedAtVersion(1);

            assertThatExceptionOfType(StaleVersionException.class)
                    .isThrownBy(() -> doctor.update(NEW_PROFILE, 0L, LATER_CLOCK));
            assertThat(doctor.getProfile()).isEqualTo(PROFILE);
            assertThat(doctor.getUpdatedAt()).isEqualTo(NOW);
        }

        @Test
        void skipsTheVersionCheckWithoutExpectedVersion() {
            Doctor doctor = storedAtVersion(1);

            doctor.update(NEW_PROFILE, null, LATER_CLOCK);

            assertThat(doctor.getProfile()).isEqualTo(NEW_PROFILE);
        }

        @Test
        void refusesMissingProfile() {
            Doctor doctor = storedAtVersion(1);

            assertThatNullPointerException().isThrownBy(() -> doctor.update(null, null, LATER_CLOCK));
            assertThat(doctor.getProfile()).isEqualTo(PROFILE);
        }
    }
}
