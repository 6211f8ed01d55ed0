package dev.careshop.domain.clinic.patient;

import static dev.careshop.domain.shared.TestClock.CLOCK;
import static dev.careshop.domain.shared.TestClock.NOW;
import static dev.careshop.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careshop.domain.shared.EmailAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatientTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    private static final PatientProfile PROFILE = bornOn(LocalDate.of(1985, 12, 10));
    private static final PatientProfile NEW_PROFILE =
            new PatientProfile("Ada King", LocalDate.of(1985, 12, 10), Gender.FEMALE, null, "+44 20 7946 0000");

    private static PatientProfile bornOn(LocalDate birthDate) {
        return new PatientProfile("Ada Lovelace", birthDate, Gender.FEMALE, new EmailAddress("ada@example.com"), null);
    }

    private static Patient storedAtVersion(long version) {
        return Patient.rehydrate(new PatientId(UUID.randomUUID()), PROFILE, NOW, NOW, version);
    }

    @Nested
    class Register {

        @Test
        void refusesBirthDateInTheFuture() {
            assertInvalid("birthDate", () -> Patient.register(bornOn(TODAY.plusDays(1)), CLOCK));
        }

        @Test
        void acceptsBirthDateToday() {
            assertThat(Patient.register(bornOn(TODAY), CLOCK).getProfile().birthDate()).isEqualTo(TODAY);
        }

        @Test
        void judgesTodayInTheClocksTimeZone() {
            Clock lateEveningInUtcIsTomorrowInTokyo = Clock.fixed(Instant.parse("2026-03-15T20:00:00Z"), ZoneId.of("Asia/Tokyo"));

            assertThat(Patient.register(bornOn(TODAY.plusDays(1)), lateEveningInUtcIsTomorrowInTokyo)).isNotNull();
            assertInvalid("birthDate", () -> Patient.register(bornOn(TODAY.plusDays(2)), lateEveningInUtcIsTomorrowInTokyo));
        }
    }

    @Nested
    class Update {

        @Test
        void refusesBirthDateInTheFuture() {
            Patient patient = storedAtVersion(0);

            assertInvalid("birthDate", () -> patient.update(bornOn(TODAY.plusDays(1)), null, CLOCK));
            assertThat(patient.getProfile()).isEqualTo(PROFILE);
            assertThat(patient.getUpdatedAt()).isEqualTo(NOW);
        }

        @Test
        void acceptsBirthDateToday() {
            Patient patient = storedAtVersion(0);

            patient.update(bornOn(TODAY), null, CLOCK);

            assertThat(patient.getProfile().birthDate()).isEqualTo(TODAY);
        }
    }

    @Nested
    class Age {

        @ParameterizedTest(name = "born {0}, on {1} -> {2}")
        @CsvSource({
                "1990-03-15, 2026-03-15, 36",
                "1990-03-16, 2026-03-15, 35",
                "1990-03-14, 2026-03-15, 36",
                "1990-03-15, 2026-03-14, 35",
                "2026-03-15, 2026-03-15, 0",
                "2025-03-16, 2026-03-15, 0",
                "2025-03-15, 2026-03-15, 1",
                "1900-01-01, 2026-03-15, 126"
        })
        void countsWholeYears(LocalDate birthDate, LocalDate day, int age) {
            assertThat(storedBornOn(birthDate).ageOn(day)).isEqualTo(age);
        }

        @ParameterizedTest(name = "born 29 Feb 2000, on {0} -> {1}")
        @CsvSource({
                "2001-02-28, 0",
                "2001-03-01, 1",
                "2003-02-28, 2",
                "2003-03-01, 3",
                "2004-02-28, 3",
                "2004-02-29, 4"
        })
        void leaplingsTurnOlderOnFebruary29OrElseMarch1(LocalDate day, int age) {
            assertThat(storedBornOn(LocalDate.of(2000, 2, 29)).ageOn(day)).isEqualTo(age);
        }

        @Test
        void followsTheCurrentProfile() {
            Patient patient = storedBornOn(LocalDate.of(1990, 1, 1));

            patient.update(bornOn(LocalDate.of(2000, 1, 1)), null, CLOCK);

            assertThat(patient.ageOn(TODAY)).isEqualTo(26);
        }

        private Patient storedBornOn(LocalDate birthDate) {
            return Patient.rehydrate(new PatientId(UUID.randomUUID()), bornOn(birthDate), NOW, NOW, 0);
        }
    }
}
