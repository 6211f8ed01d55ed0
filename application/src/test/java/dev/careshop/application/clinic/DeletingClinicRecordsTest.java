package dev.careshop.application.clinic;

import static dev.careshop.application.clinic.ClinicFixture.MONDAY_9;
import static dev.careshop.application.clinic.ClinicFixture.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Named.named;

import dev.careshop.application.clinic.appointment.service.DeleteAppointmentService;
import dev.careshop.application.clinic.doctor.service.DeleteDoctorService;
import dev.careshop.application.clinic.patient.service.DeletePatientService;
import dev.careshop.domain.clinic.appointment.AppointmentId;
import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.shared.NotFoundException;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What deleting a patient, a doctor or an appointment shares: it removes that record and no other (of any kind), and
 * deleting it again is {@link NotFoundException}. What a deletion does beyond that (a patient's appointments go with
 * them, a doctor with appointments stays) is in its service's test.
 */
class DeletingClinicRecordsTest {

    private final ClinicFixture clinic = new ClinicFixture();

    /**
     * @param storeOne stores a new record of the kind (with what it refers to) and answers its id
     * @param delete   the deletion use case
     * @param exists   whether a record of the kind with that id is stored
     */
    private record Deletion(Function<ClinicFixture, UUID> storeOne, BiConsumer<ClinicFixture, UUID> delete,
                            BiPredicate<ClinicFixture, UUID> exists) {
    }

    static Stream<Named<Deletion>> deletions() {
        return Stream.of(
                named("patient", new Deletion(
                        clinic -> clinic.patient("Ada Lovelace").getId().value(),
                        (clinic, id) -> new DeletePatientService(clinic.patients, clinic.recorder).delete(new PatientId(id)),
                        (clinic, id) -> clinic.patients.existsById(new PatientId(id)))),
                named("doctor", new Deletion(
                        clinic -> clinic.doctor("Gregory House").getId().value(),
                        (clinic, id) -> new DeleteDoctorService(clinic.doctors, clinic.appointments).delete(new DoctorId(id)),
                        (clinic, id) -> clinic.doctors.existsById(new DoctorId(id)))),
                named("appointment", new Deletion(
                        // each at its own hour, so that the doctor's slots do not overlap
                        clinic -> clinic.appointment(clinic.patient("Ada Lovelace"), clinic.doctor("Gregory House"),
                                slot(MONDAY_9.plusSeconds(3600L * clinic.appointments.count()), 30)).getId().value(),
                        (clinic, id) -> new DeleteAppointmentService(clinic.appointments, clinic.recorder).delete(new AppointmentId(id)),
                        (clinic, id) -> clinic.appointments.existsById(new AppointmentId(id)))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deletions")
    void deletesThatRecordAndNoOtherOfAnyKind(Deletion deletion) {
        UUID first = deletion.storeOne().apply(clinic);
        UUID second = deletion.storeOne().apply(clinic);
        List<Integer> countsBefore = counts();

        deletion.delete().accept(clinic, first);

        assertThat(deletion.exists().test(clinic, first)).isFalse();
        assertThat(deletion.exists().test(clinic, second)).isTrue();
        assertThat(counts().stream().mapToInt(Integer::intValue).sum())
                .as("one record fewer in all: " + countsBefore + " -> " + counts())
                .isEqualTo(countsBefore.stream().mapToInt(Integer::intValue).sum() - 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("deletions")
    void deletingTwiceIsNotFoundTheSecondTime(Deletion deletion) {
        UUID id = deletion.storeOne().apply(clinic);
        deletion.delete().accept(clinic, id);

        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() -> deletion.delete().accept(clinic, id));
    }

    /** How many patients, doctors and appointments are stored. */
    private List<Integer> counts() {
        return List.of(clinic.patients.count(), clinic.doctors.count(), clinic.appointments.count());
    }
}
