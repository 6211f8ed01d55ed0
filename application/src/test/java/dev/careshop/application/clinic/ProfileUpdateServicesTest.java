package dev.careshop.application.clinic;

import static dev.careshop.application.clinic.ClinicFixture.LATER;
import static dev.careshop.application.clinic.ClinicFixture.LATER_CLOCK;
import static dev.careshop.application.clinic.ClinicFixture.NOW;
import static dev.careshop.application.clinic.ClinicFixture.doctorProfile;
import static dev.careshop.application.clinic.ClinicFixture.patientProfile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Named.named;

import dev.careshop.application.clinic.doctor.port.in.UpdateDoctorCommand;
import dev.careshop.application.clinic.doctor.service.UpdateDoctorService;
import dev.careshop.application.clinic.patient.port.in.UpdatePatientCommand;
import dev.careshop.application.clinic.patient.service.UpdatePatientService;
import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.doctor.DoctorProfile;
import dev.careshop.domain.clinic.patient.Gender;
import dev.careshop.domain.clinic.patient.Patient;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.clinic.patient.PatientProfile;
import dev.careshop.domain.shared.StaleVersionException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the Update Doctor and Update Patient use cases do alike, one row each: the new profile replaces the stored one;
 * the stored version goes up by one and {@code updatedAt} is the service's clock while {@code createdAt} stays; the
 * current version is accepted after earlier updates; and an expected version that is not the stored one (older or
 * newer) is stale and changes nothing. What is a patient's own (the birth date) is in {@code UpdatePatientServiceTest}.
 */
class ProfileUpdateServicesTest {

    private static final DoctorProfile NEPHROLOGIST = doctorProfile("Gregory House", "Nephrology");
    private static final DoctorProfile DIAGNOSTICIAN = doctorProfile("Gregory House", "Diagnostics");
    private static final PatientProfile RENAMED = patientProfile("Augusta Ada King", LocalDate.of(1985, 6, 15), Gender.FEMALE);
    private static final PatientProfile ADA_KING = patientProfile("Ada King");

    /** What the rules read of a doctor or a patient. */
    record State(Object profile, long version, Instant createdAt, Instant updatedAt) {
    }

    @FunctionalInterface
    interface Update {
        State update(Object profile, Long expectedVersion);
    }

    /** One doctor or patient registered at {@code NOW}: its update through the use case at {@code LATER}, its stored state. */
    record Stored(Update update, Supplier<State> state) {
    }

    /** A row: how to register one of its kind on a clinic, and two profiles to update it to. */
    record Kind(Function<ClinicFixture, Stored> registeredOn, Object newProfile, Object anotherProfile) {
    }

    private final ClinicFixture clinic = new ClinicFixture();

    static Stream<Named<Kind>> kinds() {
        Function<ClinicFixture, Stored> doctor = clinic -> {
            DoctorId id = clinic.doctor("Gregory House").getId();
            UpdateDoctorService service = new UpdateDoctorService(clinic.doctors, LATER_CLOCK);
            return new Stored((profile, expected) -> state(service.update(new UpdateDoctorCommand(id, (DoctorProfile) profile, expected))),
                    () -> state(clinic.doctors.findById(id).orElseThrow()));
        };
        Function<ClinicFixture, Stored> patient = clinic -> {
            PatientId id = clinic.patient("Ada Lovelace").getId();
            UpdatePatientService service = new UpdatePatientService(clinic.patients, LATER_CLOCK, clinic.recorder(LATER_CLOCK));
            return new Stored((profile, expected) -> state(service.update(new UpdatePatientCommand(id, (PatientProfile) profile, expected))),
                    () -> state(clinic.patients.findById(id).orElseThrow()));
        };
        return Stream.of(named("doctor", new Kind(doctor, NEPHROLOGIST, DIAGNOSTICIAN)),
                named("patient", new Kind(patient, RENAMED, ADA_KING)));
    }

    private static State state(Doctor doctor) {
        return new State(doctor.getProfile(), doctor.getVersion(), doctor.getCreatedAt(), doctor.getUpdatedAt());
    }

    private static State state(Patient patient) {
        return new State(patient.getProfile(), patient.getVersion(), patient.getCreatedAt(), patient.getUpdatedAt());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void replacesTheProfileAndPersistsIt(Kind kind) {
        Stored stored = kind.registeredOn().apply(clinic);

        State updated = stored.update().update(kind.newProfile(), null);

        assertThat(updated.profile()).isEqualTo(kind.newProfile());
        assertThat(stored.state().get().profile()).isEqualTo(kind.newProfile());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void bumpsTheVersionAndStampsUpdatedAtWithTheServicesClock(Kind kind) {
        Stored stored = kind.registeredOn().apply(clinic);

        State updated = stored.update().update(kind.newProfile(), 0L);

        assertThat(updated.version()).isEqualTo(1);
        assertThat(stored.state().get()).isEqualTo(new State(kind.newProfile(), 1, NOW, LATER));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void acceptsTheCurrentVersionAfterEarlierUpdates(Kind kind) {
        Stored stored = kind.registeredOn().apply(clinic);
        stored.update().update(kind.newProfile(), 0L);

        State again = stored.update().update(kind.anotherProfile(), 1L);

        assertThat(again.version()).isEqualTo(2);
        assertThat(stored.state().get().profile()).isEqualTo(kind.anotherProfile());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void aWrongExpectedVersionOlderOrNewerIsStaleAndChangesNothing(Kind kind) {
        Stored stored = kind.registeredOn().apply(clinic);
        stored.update().update(kind.newProfile(), null);
        State afterOneUpdate = stored.state().get();

        // the version is now 1; a client still holding version 0, or one sending a version never stored, changes nothing
        assertThatExceptionOfType(StaleVersionException.class).isThrownBy(() -> stored.update().update(kind.anotherProfile(), 0L));
        assertThatExceptionOfType(StaleVersionException.class).isThrownBy(() -> stored.update().update(kind.anotherProfile(), 7L));
        assertThat(stored.state().get()).isEqualTo(afterOneUpdate);
        assertThat(afterOneUpdate.version()).isEqualTo(1);
    }
}
