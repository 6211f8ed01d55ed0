package dev.careshop.application.clinic.access;

import static dev.careshop.application.clinic.ClinicFixture.CLOCK;
import static dev.careshop.application.clinic.ClinicFixture.LATER;
import static dev.careshop.application.clinic.ClinicFixture.LATER_CLOCK;
import static dev.careshop.application.clinic.ClinicFixture.MONDAY_9;
import static dev.careshop.application.clinic.ClinicFixture.NOW;
import static dev.careshop.application.clinic.ClinicFixture.NURSE;
import static dev.careshop.application.clinic.ClinicFixture.patientProfile;
import static dev.careshop.application.clinic.ClinicFixture.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.careshop.application.clinic.ClinicFixture;
import dev.careshop.application.clinic.access.port.in.PatientAccessAction;
import dev.careshop.application.clinic.access.port.in.PatientAccessEntry;
import dev.careshop.application.clinic.appointment.port.in.BookAppointmentCommand;
import dev.careshop.application.clinic.appointment.port.in.ChangeAppointmentStatusCommand;
import dev.careshop.application.clinic.appointment.port.in.WritePrescriptionCommand;
import dev.careshop.application.clinic.appointment.service.BookAppointmentService;
import dev.careshop.application.clinic.appointment.service.ChangeAppointmentStatusService;
import dev.careshop.application.clinic.appointment.service.DeleteAppointmentService;
import dev.careshop.application.clinic.appointment.service.GetAppointmentService;
import dev.careshop.application.clinic.appointment.service.GetPrescriptionService;
import dev.careshop.application.clinic.appointment.service.ListAppointmentsService;
import dev.careshop.application.clinic.appointment.service.RemovePrescriptionService;
import dev.careshop.application.clinic.appointment.service.WritePrescriptionService;
import dev.careshop.application.clinic.fakes.InMemoryPatientHistoryQuery;
import dev.careshop.application.clinic.patient.port.in.PatientHistory;
import dev.careshop.application.clinic.patient.port.in.RegisterPatientCommand;
import dev.careshop.application.clinic.patient.port.in.UpdatePatientCommand;
import dev.careshop.application.clinic.patient.service.DeletePatientService;
import dev.careshop.application.clinic.patient.service.GetPatientHistoryService;
import dev.careshop.application.clinic.patient.service.GetPatientService;
import dev.careshop.application.clinic.patient.service.ListPatientsService;
import dev.careshop.application.clinic.patient.service.RegisterPatientService;
import dev.careshop.application.clinic.patient.service.UpdatePatientService;
import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.appointment.AppointmentId;
import dev.careshop.domain.clinic.appointment.AppointmentSearch;
import dev.careshop.domain.clinic.appointment.AppointmentStatus;
import dev.careshop.domain.clinic.appointment.Prescription;
import dev.careshop.domain.clinic.appointment.PrescriptionDetails;
import dev.careshop.domain.clinic.appointment.PrescriptionId;
import dev.careshop.domain.clinic.appointment.SlotTakenException;
import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.patient.Patient;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.clinic.patient.PatientSearch;
import dev.careshop.domain.shared.ConflictException;
import dev.careshop.domain.shared.DomainException;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shared.paging.PageRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The recording rules: every clinic use case that reads or changes a patient's data writes one entry for the acting
 * user (from the actor port) at the service's clock, naming the patient and the appointment or prescription concerned;
 * lists write one entry per listed record in one call; failures write nothing; doctors are not patient data.
 */
class PatientAccessRecordingTest {

    private static final PrescriptionDetails IBUPROFEN = new PrescriptionDetails("Ibuprofen", "400 mg", null);

    private final ClinicFixture clinic = new ClinicFixture();
    private final Patient ada = clinic.patient("Ada Lovelace");
    private final Doctor house = clinic.doctor("Gregory House");
    private final Appointment visit = clinic.appointment(ada, house, slot(MONDAY_9, 30));

    /** A use case on one of Ada's records (her patient record or her visit), run on the clinic of the test it is given. */
    @FunctionalInterface
    interface OnAdasRecord {
        void run(PatientAccessRecordingTest test);
    }

    /** Each row: the use case, the entry's action, whether the entry names the visit, and the service's clock's time. */
    static Stream<Arguments> useCasesOnOneOfAdasRecords() {
        return Stream.of(
                arguments(named("reading the patient", (OnAdasRecord) t ->
                        new GetPatientService(t.clinic.patients, t.clinic.recorder).get(t.ada.getId())),
                        PatientAccessAction.PATIENT_READ, false, NOW),
                arguments(named("updating the patient at the service's clock", (OnAdasRecord) t ->
                        new UpdatePatientService(t.clinic.patients, LATER_CLOCK, t.clinic.recorder(LATER_CLOCK))
                                .update(new UpdatePatientCommand(t.ada.getId(), patientProfile("Ada King"), null))),
                        PatientAccessAction.PATIENT_UPDATED, false, LATER),
                arguments(named("deleting the patient", (OnAdasRecord) t ->
                        new DeletePatientService(t.clinic.patients, t.clinic.recorder).delete(t.ada.getId())),
                        PatientAccessAction.PATIENT_DELETED, false, NOW),
                arguments(named("reading the patient's history", (OnAdasRecord) t -> {
                    InMemoryPatientHistoryQuery histories = new InMemoryPatientHistoryQuery();
                    histories.put(new PatientHistory(t.ada.getId(), "Ada Lovelace", LocalDate.of(1985, 6, 15), List.of()));
                    new GetPatientHistoryService(histories, t.clinic.recorder).history(t.ada.getId());
                }), PatientAccessAction.HISTORY_READ, false, NOW),
                arguments(named("reading the appointment", (OnAdasRecord) t ->
                        new GetAppointmentService(t.clinic.appointments, t.clinic.recorder).get(t.visit.getId())),
                        PatientAccessAction.APPOINTMENT_READ, true, NOW),
                arguments(named("changing the appointment's status at the service's clock", (OnAdasRecord) t ->
                        new ChangeAppointmentStatusService(t.clinic.appointments, LATER_CLOCK, t.clinic.recorder(LATER_CLOCK),
                                t.clinic.events)
                                .changeStatus(new ChangeAppointmentStatusCommand(t.visit.getId(), AppointmentStatus.ARRIVED))),
                        PatientAccessAction.APPOINTMENT_STATUS_CHANGED, true, LATER),
                arguments(named("deleting the appointment names the patient whose it was", (OnAdasRecord) t ->
                        new DeleteAppointmentService(t.clinic.appointments, t.clinic.recorder).delete(t.visit.getId())),
                        PatientAccessAction.APPOINTMENT_DELETED, true, NOW));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("useCasesOnOneOfAdasRecords")
    void aUseCaseOnOneRecordWritesOneEntryForAdaAtTheServicesClock(OnAdasRecord useCase, PatientAccessAction action,
            boolean namesTheVisit, Instant occurredAt) {
        useCase.run(this);

        assertOnlyEntry(ada.getId(), action, namesTheVisit ? visit.getId().value() : null, occurredAt);
    }

    @Test
    void failuresRecordNothing() {
        PatientId unknownPatient = PatientId.newId();
        AppointmentId unknownAppointment = AppointmentId.newId();
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> new GetPatientService(clinic.patients, clinic.recorder).get(unknownPatient));
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> new DeletePatientService(clinic.patients, clinic.recorder).delete(unknownPatient));
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() ->
                new GetPatientHistoryService(new InMemoryPatientHistoryQuery(), clinic.recorder).history(unknownPatient));
        assertThatThrownBy(() -> new UpdatePatientService(clinic.patients, CLOCK, clinic.recorder)
                .update(new UpdatePatientCommand(ada.getId(), patientProfile("Ada King"), 99L)))
                .isInstanceOf(DomainException.class);

        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> new GetAppointmentService(clinic.appointments, clinic.recorder).get(unknownAppointment));
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> new DeleteAppointmentService(clinic.appointments, clinic.recorder).delete(unknownAppointment));
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() ->
                new GetPrescriptionService(clinic.appointments, clinic.recorder).get(visit.getId(), PrescriptionId.newId()));
        assertThatExceptionOfType(NotFoundException.class).isThrownBy(() ->
                new RemovePrescriptionService(clinic.appointments, CLOCK, clinic.recorder).remove(visit.getId(), PrescriptionId.newId()));
        assertThatExceptionOfType(ConflictException.class).isThrownBy(() ->
                new ChangeAppointmentStatusService(clinic.appointments, CLOCK, clinic.recorder, clinic.events)
                        .changeStatus(new ChangeAppointmentStatusCommand(visit.getId(), AppointmentStatus.FULFILLED)));
        assertThatThrownBy(() -> new BookAppointmentService(clinic.appointments, clinic.patients, clinic.doctors, CLOCK,
                clinic.recorder, clinic.events).book(new BookAppointmentCommand(ada.getId(), DoctorId.newId(), slot(MONDAY_9, 30), null)))
                .isInstanceOf(DomainException.class);

        assertThat(clinic.accessLog.entries()).isEmpty();
    }

    @Nested
    class Patients {

        @Test
        void registering() {
            Patient registered = new RegisterPatientService(clinic.patients, CLOCK, clinic.recorder)
                    .register(new RegisterPatientCommand(patientProfile("Grace Hopper")));

            assertOnlyEntry(registered.getId(), PatientAccessAction.PATIENT_CREATED, null, NOW);
        }

        @Test
        void listingRecordsEachPatientOnThePageInOneCall() {
            // Listed by name: Ada and Alan are the first page of two; Grace is not on it.
            Patient alan = clinic.patient("Alan Turing");
            clinic.patient("Grace Hopper");

            new ListPatientsService(clinic.patients, clinic.recorder)
                    .list(new PatientSearch(null, null), PageRequest.of(0, 2));

            assertThat(clinic.accessLog.recordCalls()).isEqualTo(1);
            assertThat(clinic.accessLog.entries())
                    .extracting(PatientAccessEntry::patientId)
                    .containsExactly(ada.getId(), alan.getId());
            assertThat(clinic.accessLog.entries()).allSatisfy(entry -> {
                assertThat(entry.action()).isEqualTo(PatientAccessAction.PATIENT_LISTED);
                assertThat(entry.actor()).isEqualTo(NURSE);
                assertThat(entry.resourceId()).isNull();
                assertThat(entry.occurredAt()).isEqualTo(NOW);
            });
            assertThat(clinic.accessLog.entries()).extracting(PatientAccessEntry::id).doesNotHaveDuplicates();
        }

        @Test
        void anEmptyPageRecordsNothing() {
            new ListPatientsService(clinic.patients, clinic.recorder)
                    .list(new PatientSearch("nobody", null), PageRequest.of(0, 20));

            assertThat(clinic.accessLog.recordCalls()).isZero();
        }

   }

    @Nested
    class AppointmentsAndPrescriptions {

        @Test
        void booking() {
            Appointment booked = new BookAppointmentService(clinic.appointments, clinic.patients, clinic.doctors, CLOCK,
                    clinic.recorder, clinic.events).book(new BookAppointmentCommand(ada.getId(), house.getId(), slot(MONDAY_9.plusSeconds(3600), 30), null));

            assertOnlyEntry(ada.getId(), PatientAccessAction.APPOINTMENT_BOOKED, booked.getId().value(), NOW);
        }

        @Test
        void listingRecordsEachAppointmentForItsPatientInOneCall() {
            Patient grace = clinic.patient("Grace Hopper");
            Appointment gracesVisit = clinic.appointment(grace, house, slot(MONDAY_9.plusSeconds(7200), 30));

            new ListAppointmentsService(clinic.appointments, clinic.recorder)
                    .list(new AppointmentSearch(null, house.getId(), null, null, null), PageRequest.of(0, 20));

            assertThat(clinic.accessLog.recordCalls()).isEqualTo(1);
            assertThat(clinic.accessLog.entries())
                    .extracting(PatientAccessEntry::patientId, PatientAccessEntry::resourceId, PatientAccessEntry::action)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(ada.getId(), visit.getId().value(), PatientAccessAction.APPOINTMENT_LISTED),
                            org.assertj.core.groups.Tuple.tuple(grace.getId(), gracesVisit.getId().value(), PatientAccessAction.APPOINTMENT_LISTED));
        }

        @Test
        void writingReadingAndRemovingAPrescriptionNameThePrescription() {
            Prescription written = new WritePrescriptionService(clinic.appointments, CLOCK, clinic.recorder)
                    .write(new WritePrescriptionCommand(visit.getId(), IBUPROFEN));
            new GetPrescriptionService(clinic.appointments, clinic.recorder).get(visit.getId(), written.id());
            new RemovePrescriptionService(clinic.appointments, CLOCK, clinic.recorder).remove(visit.getId(), written.id());

            assertThat(clinic.accessLog.entries())
                    .extracting(PatientAccessEntry::action)
                    .containsExactly(PatientAccessAction.PRESCRIPTION_WRITTEN, PatientAccessAction.PRESCRIPTION_READ,
                            PatientAccessAction.PRESCRIPTION_REMOVED);
            assertThat(clinic.accessLog.entries()).allSatisfy(entry -> {
                assertThat(entry.patientId()).isEqualTo(ada.getId());
                assertThat(entry.resourceId()).isEqualTo(written.id().value());
                assertThat(entry.actor()).isEqualTo(NURSE);
            });
        }

        @Test
        void aRefusedSlotIsOnlyKnownAfterRecordingSoTheTransactionMustRollTheEntryBack() {
            // In memory there is no transaction: the entry written before the refused INSERT stays here. The database
            // adapter's rollback removing it is PatientAccessLogApiTest's job; this pins the order the service relies on.
            assertThatExceptionOfType(SlotTakenException.class).isThrownBy(() -> new BookAppointmentService(
                    clinic.appointments, clinic.patients, clinic.doctors, CLOCK, clinic.recorder, clinic.events)
                    .book(new BookAppointmentCommand(ada.getId(), house.getId(), slot(MONDAY_9, 30), null)));

            assertThat(clinic.accessLog.entries()).extracting(PatientAccessEntry::action)
                    .containsExactly(PatientAccessAction.APPOINTMENT_BOOKED);
        }
    }

    private void assertOnlyEntry(PatientId patient, PatientAccessAction action, UUID resourceId, Instant occurredAt) {
        assertThat(clinic.accessLog.entries()).hasSize(1);
        PatientAccessEntry entry = clinic.accessLog.entries().get(0);
        assertThat(entry.patientId()).isEqualTo(patient);
        assertThat(entry.actor()).isEqualTo(NURSE);
        assertThat(entry.action()).isEqualTo(action);
        assertThat(entry.resourceId()).isEqualTo(resourceId);
        assertThat(entry.occurredAt()).isEqualTo(occurredAt);
        assertThat(entry.id().version()).as("time-ordered UUID").isEqualTo(7);
    }
}
