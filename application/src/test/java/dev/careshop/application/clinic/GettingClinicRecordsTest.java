package dev.careshop.application.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

import dev.careshop.application.clinic.doctor.service.FindDoctorsService;
import dev.careshop.application.clinic.patient.service.GetPatientService;
import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.patient.Patient;
import dev.careshop.domain.clinic.patient.PatientId;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What getting a patient (Get Patient) or a doctor (Find Doctors) by id shares: it answers the stored record, every
 * value as stored, and not another of its kind stored beside it. An unknown id is in {@code UnknownClinicIdsTest}; an
 * appointment, read with its prescriptions, in {@code GetAppointmentServiceTest}.
 */
class GettingClinicRecordsTest {

    private final ClinicFixture clinic = new ClinicFixture();

    /** What a patient or a doctor holds. */
    record Read(UUID id, Object profile, Instant createdAt, Instant updatedAt, long version) {
    }

    /**
     * @param storeOne stores a record of the kind with that name and answers it as stored
     * @param get      the use case that gets one of the kind by id
     */
    private record Getting(BiFunction<ClinicFixture, String, Read> storeOne, BiFunction<ClinicFixture, UUID, Read> get) {
    }

    static Stream<Named<Getting>> gettings() {
        return Stream.of(
                named("patient", new Getting(
                        (clinic, name) -> read(clinic.patient(name)),
                        (clinic, id) -> read(new GetPatientService(clinic.patients, clinic.recorder).get(new PatientId(id))))),
                named("doctor", new Getting(
                        (clinic, name) -> read(clinic.doctor(name)),
                        (clinic, id) -> read(new FindDoctorsService(clinic.doctors).get(new DoctorId(id))))));
    }

    private static Read read(Patient p) {
        return new Read(p.getId().value(), p.getProfile(), p.getCreatedAt(), p.getUpdatedAt(), p.getVersion());
    }

    private static Read read(Doctor d) {
        return new Read(d.getId().value(), d.getProfile(), d.getCreatedAt(), d.getUpdatedAt(), d.getVersion());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gettings")
    void answersTheStoredRecordAndNotAnotherOfItsKind(Getting getting) {
        Read ada = getting.storeOne().apply(clinic, "Ada Lovelace");
        Read grace = getting.storeOne().apply(clinic, "Grace Hopper");

        assertThat(getting.get().apply(clinic, ada.id())).isEqualTo(ada);
        assertThat(getting.get().apply(clinic, grace.id())).isEqualTo(grace);
    }
}
