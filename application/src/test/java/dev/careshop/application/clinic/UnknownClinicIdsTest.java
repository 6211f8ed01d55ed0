package dev.careshop.application.clinic;

import static dev.careshop.application.clinic.ClinicFixture.CLOCK;
import static dev.careshop.application.clinic.ClinicFixture.MONDAY_9;
import static dev.careshop.application.clinic.ClinicFixture.doctorProfile;
import static dev.careshop.application.clinic.ClinicFixture.patientProfile;
import static dev.careshop.application.clinic.ClinicFixture.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Named.named;

import dev.careshop.application.clinic.appointment.port.in.ChangeAppointmentStatusCommand;
import dev.careshop.application.clinic.appointment.port.in.WritePrescriptionCommand;
import dev.careshop.application.clinic.appointment.service.ChangeAppointmentStatusService;
import dev.careshop.application.clinic.appointment.service.DeleteAppointmentService;
import dev.careshop.application.clinic.appointment.service.GetAppointmentService;
import dev.careshop.application.clinic.appointment.service.GetPrescriptionService;
import dev.careshop.application.clinic.appointment.service.RemovePrescriptionService;
import dev.careshop.application.clinic.appointment.service.WritePrescriptionService;
import dev.careshop.application.clinic.doctor.port.in.UpdateDoctorCommand;
import dev.careshop.application.clinic.doctor.service.DeleteDoctorService;
import dev.careshop.application.clinic.doctor.service.FindDoctorsService;
import dev.careshop.application.clinic.doctor.service.UpdateDoctorService;
import dev.careshop.application.clinic.patient.port.in.UpdatePatientCommand;
import dev.careshop.application.clinic.patient.service.DeletePatientService;
import dev.careshop.application.clinic.patient.service.GetPatientService;
import dev.careshop.application.clinic.patient.service.UpdatePatientService;
import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.appointment.AppointmentId;
import dev.careshop.domain.clinic.appointment.AppointmentStatus;
import dev.careshop.domain.clinic.appointment.Prescription;
import dev.careshop.domain.clinic.appointment.PrescriptionDetails;
import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.patient.Patient;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.shared.NotFoundException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rule every clinic use case that addresses one patient, doctor or appointment by id shares: an id nobody stored
 * is {@link NotFoundException} naming the kind and the id, and nothing stored changes (nothing is created, removed or
 * updated). One row per use case; a new use case of that kind adds its row. What is particular to a use case (a
 * prescription that is not found under a stored appointment, deleting twice) stays in its service's test.
 */
class UnknownClinicIdsTest {

    private final ClinicFixture clinic = new ClinicFixture();
    private final Patient ada = clinic.patient("Ada Lovelace");
    private final Doctor house = clinic.doctor("Gregory House");
    private final Appointment visit = clinic.appointment(ada, house, slot(MONDAY_9, 30));
    private final Prescription ibuprofen = prescribeIbuprofen();

    /** A use case called with an id of its {@code kind} that nobody stored; it may use what the test stored. */
    private record UnknownIdCall(String kind, CallWithUnknownId call) {
    }

    @FunctionalInterface
    private interface CallWithUnknownId {
        void call(UnknownClinicIdsTest stored, UUID unknown);
    }

    static Stream<Named<UnknownIdCall>> useCasesAddressingOneRecord() {
        return Stream.of(
                row("getting a patient", "patient", (stored, id) ->
                        new GetPatientService(stored.clinic.patients, stored.clinic.recorder).get(new PatientId(id))),
                row("updating a patient", "patient", (stored, id) ->
                        new UpdatePatientService(stored.clinic.patients, CLOCK, stored.clinic.recorder)
                                .update(new UpdatePatientCommand(new PatientId(id), patientProfile("Ada King"), null))),
                row("deleting a patient", "patient", (stored, id) ->
                        new DeletePatientService(stored.clinic.patients, stored.clinic.recorder).delete(new PatientId(id))),
                row("getting a doctor", "doctor", (stored, id) ->
                        new FindDoctorsService(stored.clinic.doctors).get(new DoctorId(id))),
                row("updating a doctor", "doctor", (stored, id) ->
                        new UpdateDoctorService(stored.clinic.doctors, CLOCK)
                                .update(new UpdateDoctorCommand(new DoctorId(id), doctorProfile("Gregory House", "Nephrology"), null))),
                row("deleting a doctor", "doctor", (stored, id) ->
                        new DeleteDoctorService(stored.clinic.doctors, stored.clinic.appointments).delete(new DoctorId(id))),
                row("getting an appointment", "appointment", (stored, id) ->
                        new GetAppointmentService(stored.clinic.appointments, stored.clinic.recorder).get(new AppointmentId(id))),
                row("changing an appointment's status", "appointment", (stored, id) ->
                        new ChangeAppointmentStatusService(stored.clinic.appointments, CLOCK, stored.clinic.recorder, stored.clinic.events)
                                .changeStatus(new ChangeAppointmentStatusCommand(new AppointmentId(id), AppointmentStatus.ARRIVED))),
                row("deleting an appointment", "appointment", (stored, id) ->
                        new DeleteAppointmentService(stored.clinic.appointments, stored.clinic.recorder).delete(new AppointmentId(id))),
                row("writing a prescription", "appointment", (stored, id) ->
                        new WritePrescriptionService(stored.clinic.appointments, CLOCK, stored.clinic.recorder)
                                .write(new WritePrescriptionCommand(new AppointmentId(id), new PrescriptionDetails("Amoxicillin", "500 mg", null)))),
                row("getting a stored prescription under another appointment id", "appointment", (stored, id) ->
                        new GetPrescriptionService(stored.clinic.appointments, stored.clinic.recorder)
                                .get(new AppointmentId(id), stored.ibuprofen.id())),
                row("removing a stored prescription under another appointment id", "appointment", (stored, id) ->
                        new RemovePrescriptionService(stored.clinic.appointments, CLOCK, stored.clinic.recorder)
                                .remove(new AppointmentId(id), stored.ibuprofen.id())));
    }

    private static Named<UnknownIdCall> row(String useCase, String kind, CallWithUnknownId call) {
        return named(useCase, new UnknownIdCall(kind, call));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("useCasesAddressingOneRecord")
    void anUnknownIdIsNotFoundNamingKindAndIdAndChangesNothing(UnknownIdCall useCase) {
        UUID unknown = UUID.randomUUID();
        List<Object> before = everythingStored();

        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> useCase.call().call(this, unknown))
                .withMessageContaining(useCase.kind())
                .withMessageContaining(unknown.toString());
        assertThat(everythingStored()).usingRecursiveComparison().isEqualTo(before);
    }

    private List<Object> everythingStored() {
        return List.of(clinic.patients.count(), clinic.doctors.count(), clinic.appointments.count(),
                clinic.patients.findById(ada.getId()).orElseThrow(), clinic.doctors.findById(house.getId()).orElseThrow(),
                clinic.appointments.findById(visit.getId()).orElseThrow());
    }

    private Prescription prescribeIbuprofen() {
        Appointment loaded = clinic.appointments.findById(visit.getId()).orElseThrow();
        Prescription written = loaded.writePrescription(new PrescriptionDetails("Ibuprofen", "400 mg", null), CLOCK);
        clinic.appointments.save(loaded);
        return written;
    }
}
