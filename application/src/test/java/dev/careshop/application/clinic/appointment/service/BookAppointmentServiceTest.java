package dev.careshop.application.clinic.appointment.service;

import static dev.careshop.application.clinic.ClinicFixture.CLOCK;
import static dev.careshop.application.clinic.ClinicFixture.MONDAY_9;
import static dev.careshop.application.clinic.ClinicFixture.NOW;
import static dev.careshop.application.clinic.ClinicFixture.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.api.Named.named;

import dev.careshop.application.clinic.ClinicFixture;
import dev.careshop.application.clinic.appointment.port.in.BookAppointmentCommand;
import dev.careshop.application.clinic.appointment.port.in.BookAppointmentUseCase;
import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.appointment.AppointmentStatus;
import dev.careshop.domain.clinic.appointment.SlotTakenException;
import dev.careshop.domain.clinic.appointment.TimeSlot;
import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.patient.Patient;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.shared.InvalidValueException;
import dev.careshop.domain.shared.MissingReferenceException;
import java.time.Duration;
import java.time.LocalTime;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BookAppointmentServiceTest {

    private static final TimeSlot NINE_TO_HALF_PAST = slot(MONDAY_9, 30);

    private final ClinicFixture clinic = new ClinicFixture();
    private final BookAppointmentUseCase bookAppointment =
            new BookAppointmentService(clinic.appointments, clinic.patients, clinic.doctors, CLOCK, clinic.recorder, clinic.events);

    private final Patient ada = clinic.patient("Ada Lovelace");
    private final Patient grace = clinic.patient("Grace Hopper");
    private final Doctor house = clinic.doctor("Gregory House");

    private Appointment book(Patient patient, Doctor doctor, TimeSlot slot) {
        return bookAppointment.book(new BookAppointmentCommand(patient.getId(), doctor.getId(), slot, "Check-up"));
    }

    @Test
    void storesABookedAppointmentAndAnswersItAsStored() {
        Appointment booked = bookAppointment.book(
                new BookAppointmentCommand(ada.getId(), house.getId(), NINE_TO_HALF_PAST, "  Persistent cough  "));

        Appointment stored = clinic.appointments.findById(booked.getId()).orElseThrow();
        assertThat(stored.getPatientId()).isEqualTo(ada.getId());
        assertThat(stored.getDoctorId()).isEqualTo(house.getId());
        assertThat(stored.getSlot()).isEqualTo(NINE_TO_HALF_PAST);
        assertThat(stored.getReason()).isEqualTo("Persistent cough");
        assertThat(stored.getStatus()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(stored.getPrescriptions()).isEmpty();
        assertThat(stored.getVersion()).isZero();
        assertThat(booked.getStatus()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(booked.getVersion()).isZero();
    }

    @Test
    void stampsCreatedAndUpdatedAtWithTheServicesClock() {
        Appointment booked = book(ada, house, NINE_TO_HALF_PAST);

        Appointment stored = clinic.appointments.findById(booked.getId()).orElseThrow();
        assertThat(stored.getCreatedAt()).isEqualTo(NOW);
        assertThat(stored.getUpdatedAt()).isEqualTo(NOW);
    }

    @Test
    void unknownPatientIsAMissingReferenceOnPatientIdAndNothingIsStored() {
        PatientId unknown = PatientId.newId();

        assertThatExceptionOfType(MissingReferenceException.class)
                .isThrownBy(() -> bookAppointment.book(
                        new BookAppointmentCommand(unknown, house.getId(), NINE_TO_HALF_PAST, null)))
                .satisfies(e -> assertThat(e.field()).isEqualTo("patientId"))
                .withMessageContaining(unknown.toString());
        assertThat(clinic.appointments.count()).isZero();
    }

    @Test
    void unknownDoctorIsAMissingReferenceOnDoctorIdAndNothingIsStored() {
        DoctorId unknown = DoctorId.newId();

        assertThatExceptionOfType(MissingReferenceException.class)
                .isThrownBy(() -> bookAppointment.book(
                        new BookAppointmentCommand(ada.getId(), unknown, NINE_TO_HALF_PAST, null)))
                .satisfies(e -> assertThat(e.field()).isEqualTo("doctorId"))
                .withMessageContaining(unknown.toString());
        assertThat(clinic.appointments.count()).isZero();
    }

    @Test
    void aDeletedPatientCannotBeBooked() {
        clinic.patients.delete(grace.getId());

        assertThatExceptionOfType(MissingReferenceException.class)
                .isThrownBy(() -> book(grace, house, NINE_TO_HALF_PAST))
                .satisfies(e -> assertThat(e.field()).isEqualTo("patientId"));
        assertThat(clinic.appointments.count()).isZero();
    }

    @ParameterizedTest(name = "{0} for {1} min overlaps 09:00-09:30")
    @CsvSource({
            "09:00, 30",  // the same slot
            "08:45, 30",  // ends inside
            "09:15, 30",  // starts inside
            "08:00, 120", // surrounds it
            "09:10, 5",   // lies within it
            "09:29, 5"})  // the last minute
    void anOverlappingSlotOfTheSameDoctorIsTakenAndNothingIsStored(String startsAt, int minutes) {
        Appointment first = book(ada, house, NINE_TO_HALF_PAST);
        TimeSlot clashing = slot(MONDAY_9.plus(Duration.between(LocalTime.of(9, 0), LocalTime.parse(startsAt))), minutes);

        assertThatExceptionOfType(SlotTakenException.class).isThrownBy(() -> book(grace, house, clashing));

        assertThat(clinic.appointments.count()).isEqualTo(1);
        assertThat(clinic.appointments.findById(first.getId())).isPresent();
    }

    @Test
    void backToBackSlotsDoNotOverlap() {
        book(ada, house, NINE_TO_HALF_PAST);

        book(grace, house, slot(MONDAY_9.plusSeconds(30 * 60), 30));
        book(grace, house, slot(MONDAY_9.minusSeconds(15 * 60), 15));

        assertThat(clinic.appointments.count()).isEqualTo(3);
    }

    @Test
    void anotherDoctorMayBeBookedAtTheSameTime() {
        Doctor wilson = clinic.doctor("James Wilson");
        book(ada, house, NINE_TO_HALF_PAST);

        Appointment second = book(grace, wilson, NINE_TO_HALF_PAST);

        assertThat(clinic.appointments.findById(second.getId())).isPresent();
    }

    static Stream<Named<BiConsumer<ClinicFixture, Appointment>>> waysToLetASlotGo() {
        return Stream.of(
                named("cancelled", (clinic, appointment) -> {
                    appointment.transitionTo(AppointmentStatus.CANCELLED, CLOCK);
                    clinic.appointments.save(appointment);
                }),
                named("deleted", (clinic, appointment) ->
                        new DeleteAppointmentService(clinic.appointments, clinic.recorder).delete(appointment.getId())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("waysToLetASlotGo")
    void aCancelledOrDeletedAppointmentDoesNotHoldItsSlot(BiConsumer<ClinicFixture, Appointment> letGo) {
        letGo.accept(clinic, book(ada, house, NINE_TO_HALF_PAST));

        Appointment rebooked = book(grace, house, NINE_TO_HALF_PAST);

        assertThat(clinic.appointments.findById(rebooked.getId())).get()
                .extracting(Appointment::getStatus).isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void aTooLongReasonIsRefusedAndNothingIsStored() {
        String essay = "x".repeat(Appointment.REASON_MAX + 1);

        assertThatExceptionOfType(InvalidValueException.class)
                .isThrownBy(() -> bookAppointment.book(
                        new BookAppointmentCommand(ada.getId(), house.getId(), NINE_TO_HALF_PAST, essay)))
                .satisfies(e -> assertThat(e.field()).isEqualTo("reason"));
        assertThat(clinic.appointments.count()).isZero();
    }
}
