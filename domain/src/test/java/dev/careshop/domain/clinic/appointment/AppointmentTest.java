package dev.careshop.domain.clinic.appointment;

import static dev.careshop.domain.shared.TestClock.CLOCK;
import static dev.careshop.domain.shared.TestClock.LATER;
import static dev.careshop.domain.shared.TestClock.LATER_CLOCK;
import static dev.careshop.domain.shared.TestClock.NOW;
import static dev.careshop.domain.shared.DomainAssertions.assertInvalid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.shared.ConflictException;
import dev.careshop.domain.shared.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AppointmentTest {


    private static final PatientId PATIENT = new PatientId(UUID.randomUUID());
    private static final DoctorId DOCTOR = new DoctorId(UUID.randomUUID());
    private static final TimeSlot SLOT = new TimeSlot(Instant.parse("2026-03-16T10:00:00Z"), 30);
    private static final PrescriptionDetails AMOXICILLIN = new PrescriptionDetails("Amoxicillin", "500 mg", null);
    private static final PrescriptionDetails IBUPROFEN = new PrescriptionDetails("Ibuprofen", "400 mg", "After meals");

    private static Appointment booked() {
        return Appointment.book(PATIENT, DOCTOR, SLOT, "Sore throat", CLOCK);
    }

    private static Appointment withReason(String reason) {
        return Appointment.book(PATIENT, DOCTOR, SLOT, reason, CLOCK);
    }

    private static Appointment storedIn(AppointmentStatus status, Prescription... prescriptions) {
        return Appointment.rehydrate(new AppointmentId(UUID.randomUUID()), PATIENT, DOCTOR, SLOT, "Sore throat",
                status, List.of(prescriptions), NOW, NOW, 3);
    }

    private static Prescription prescription(PrescriptionDetails details) {
        return new Prescription(new PrescriptionId(UUID.randomUUID()), details, NOW);
    }

    @Nested
    class Book {

        @Test
        void startsBooked() {
            assertThat(booked().getStatus()).isEqualTo(AppointmentStatus.BOOKED);
        }

        @Test
        void startsWithoutPrescriptions() {
            assertThat(booked().getPrescriptions()).isEmpty();
        }

        @Test
        void refersToPatientAndDoctorAndKeepsTheSlot() {
            Appointment appointment = booked();

            assertThat(appointment.getPatientId()).isEqualTo(PATIENT);
            assertThat(appointment.getDoctorId()).isEqualTo(DOCTOR);
            assertThat(appointment.getSlot()).isEqualTo(SLOT);
        }

        @Test
        void stampsCreatedAndUpdatedAtWithTheClock() {
            Appointment appointment = booked();

            assertThat(appointment.getCreatedAt()).isEqualTo(NOW);
            assertThat(appointment.getUpdatedAt()).isEqualTo(NOW);
            assertThat(appointment.getVersion()).isZero();
        }

        @Test
        void assignsATimeOrderedIdOfItsOwn() {
            Appointment first = booked();
            Appointment second = booked();

            assertThat(first.getId().value().version()).isEqualTo(7);
            assertThat(first.getId()).isNotEqualTo(second.getId());
        }

        @Test
        void refusesMissingPatientDoctorOrSlot() {
            assertThatNullPointerException().isThrownBy(() -> Appointment.book(null, DOCTOR, SLOT, null, CLOCK));
            assertThatNullPointerException().isThrownBy(() -> Appointment.book(PATIENT, null, SLOT, null, CLOCK));
            assertThatNullPointerException().isThrownBy(() -> Appointment.book(PATIENT, DOCTOR, null, null, CLOCK));
        }
    }

    @Nested
    class Reason {

        @Test
        void isTrimmed() {
            assertThat(withReason("  Sore throat \n").getReason()).isEqualTo("Sore throat");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", "\t\n"})
        void isOptional(String reason) {
            assertThat(withReason(reason).getReason()).isNull();
        }

        @Test
        void accepts500Characters() {
            assertThat(withReason("r".repeat(500)).getReason()).hasSize(500);
        }

        @Test
        void refuses501Characters() {
            assertInvalid("reason", () -> withReason("r".repeat(501)));
        }
    }

    @Nested
    class TransitionTo {

        /** The only moves an appointment may make; every other pair of statuses, staying put included, is refused. */
        private static final Map<AppointmentStatus, Set<AppointmentStatus>> ALLOWED = Map.of(
                AppointmentStatus.BOOKED, EnumSet.of(AppointmentStatus.ARRIVED, AppointmentStatus.CANCELLED, AppointmentStatus.NOSHOW),
                AppointmentStatus.ARRIVED, EnumSet.of(AppointmentStatus.FULFILLED, AppointmentStatus.CANCELLED));

        static Stream<Arguments> allowedMoves() {
            return moves(true);
        }

        static Stream<Arguments> everyOtherMove() {
            return moves(false);
        }

        private static Stream<Arguments> moves(boolean allowed) {
            return Arrays.stream(AppointmentStatus.values()).flatMap(from -> Arrays.stream(AppointmentStatus.values())
                    .filter(to -> ALLOWED.getOrDefault(from, Set.of()).contains(to) == allowed)
                    .map(to -> Arguments.of(from, to)));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @MethodSource("allowedMoves")
        void movesToAnAllowedStatus(AppointmentStatus from, AppointmentStatus to) {
            Appointment appointment = storedIn(from);

            appointment.transitionTo(to, LATER_CLOCK);

            assertThat(appointment.getStatus()).isEqualTo(to);
            assertThat(appointment.getUpdatedAt()).isEqualTo(LATER);
            assertThat(appointment.getCreatedAt()).isEqualTo(NOW);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @MethodSource("everyOtherMove")
        void refusesAnyOtherStatusAndStaysWhereItWas(AppointmentStatus from, AppointmentStatus to) {
            Appointment appointment = storedIn(from);

            assertThatExceptionOfType(IllegalStatusTransitionException.class)
                    .isThrownBy(() -> appointment.transitionTo(to, LATER_CLOCK))
                    .isInstanceOf(ConflictException.class)
                    .withMessageContaining(from + " to " + to);
            assertThat(appointment.getStatus()).isEqualTo(from);
            assertThat(appointment.getUpdatedAt()).isEqualTo(NOW);
        }

        @Test
        void walksTheWholeHappyPath() {
            Appointment appointment = booked();

            appointment.transitionTo(AppointmentStatus.ARRIVED, CLOCK);
            appointment.transitionTo(AppointmentStatus.FULFILLED, LATER_CLOCK);

            assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.FULFILLED);
        }

        @Test
        void refusesMissingTarget() {
            Appointment appointment = booked();

            assertThatNullPointerException().isThrownBy(() -> appointment.transitionTo(null, LATER_CLOCK));
            assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.BOOKED);
        }
    }

    @Nested
    class WritePrescription {

        @ParameterizedTest
        @EnumSource(names = {"BOOKED", "ARRIVED", "FULFILLED"})
        void addsThePrescription(AppointmentStatus status) {
            Appointment appointment = storedIn(status);

            Prescription written = appointment.writePrescription(AMOXICILLIN, LATER_CLOCK);

            assertThat(written.details()).isEqualTo(AMOXICILLIN);
            assertThat(written.createdAt()).isEqualTo(LATER);
            assertThat(appointment.getPrescriptions()).containsExactly(written);
            assertThat(appointment.getUpdatedAt()).isEqualTo(LATER);
        }

        @ParameterizedTest
        @EnumSource(names = {"CANCELLED", "NOSHOW"})
        void isRefusedWhenCancelledOrNoShow(AppointmentStatus status) {
            Appointment appointment = storedIn(status);

            assertThatExceptionOfType(PrescriptionNotAllowedException.class)
                    .isThrownBy(() -> appointment.writePrescription(AMOXICILLIN, LATER_CLOCK))
                    .isInstanceOf(ConflictException.class);
            assertThat(appointment.getPrescriptions()).isEmpty();
            assertThat(appointment.getUpdatedAt()).isEqualTo(NOW);
        }

        @Test
        void givesEachPrescriptionItsOwnIdAndKeepsTheOrder() {
            Appointment appointment = booked();

            Prescription first = appointment.writePrescription(AMOXICILLIN, CLOCK);
            Prescription second = appointment.writePrescription(IBUPROFEN, CLOCK);

            assertThat(first.id()).isNotEqualTo(second.id());
            assertThat(appointment.getPrescriptions()).containsExactly(first, second);
        }

        @Test
        void isRefusedAfterCancellation() {
            Appointment appointment = booked();
            appointment.transitionTo(AppointmentStatus.CANCELLED, CLOCK);

            assertThatExceptionOfType(PrescriptionNotAllowedException.class)
                    .isThrownBy(() -> appointment.writePrescription(AMOXICILLIN, LATER_CLOCK));
        }
    }

    @Nested
    class RemovePrescription {

        @Test
        void removesOnlyThatPrescription() {
            Prescription amoxicillin = prescription(AMOXICILLIN);
            Prescription ibuprofen = prescription(IBUPROFEN);
            Appointment appointment = storedIn(AppointmentStatus.ARRIVED, amoxicillin, ibuprofen);

            appointment.removePrescription(amoxicillin.id(), LATER_CLOCK);

            assertThat(appointment.getPrescriptions()).containsExactly(ibuprofen);
            assertThat(appointment.getUpdatedAt()).isEqualTo(LATER);
        }

        @Test
        void refusesAnUnknownId() {
            Prescription amoxicillin = prescription(AMOXICILLIN);
            Appointment appointment = storedIn(AppointmentStatus.ARRIVED, amoxicillin);

            assertThatExceptionOfType(NotFoundException.class)
                    .isThrownBy(() -> appointment.removePrescription(new PrescriptionId(UUID.randomUUID()), LATER_CLOCK));
            assertThat(appointment.getPrescriptions()).containsExactly(amoxicillin);
            assertThat(appointment.getUpdatedAt()).isEqualTo(NOW);
        }

        @Test
        void refusesRemovingTheSamePrescriptionTwice() {
            Appointment appointment = booked();
            Prescription written = appointment.writePrescription(AMOXICILLIN, CLOCK);
            appointment.removePrescription(written.id(), CLOCK);

            assertThatExceptionOfType(NotFoundException.class)
                    .isThrownBy(() -> appointment.removePrescription(written.id(), CLOCK));
        }
    }

    @Nested
    class Prescriptions {

        @Test
        void cannotBeChangedThroughTheGetter() {
            Appointment appointment = storedIn(AppointmentStatus.BOOKED, prescription(AMOXICILLIN));
            List<Prescription> prescriptions = appointment.getPrescriptions();

            assertThatExceptionOfType(UnsupportedOperationException.class)
                    .isThrownBy(() -> prescriptions.add(prescription(IBUPROFEN)));
            assertThatExceptionOfType(UnsupportedOperationException.class)
                    .isThrownBy(prescriptions::clear);
            assertThat(appointment.getPrescriptions()).hasSize(1);
        }

        @Test
        void areCopiedWhenRehydrated() {
            List<Prescription> stored = new ArrayList<>(List.of(prescription(AMOXICILLIN)));
            Appointment appointment = Appointment.rehydrate(new AppointmentId(UUID.randomUUID()), PATIENT, DOCTOR, SLOT,
                    null, AppointmentStatus.BOOKED, stored, NOW, NOW, 0);

            stored.clear();

            assertThat(appointment.getPrescriptions()).hasSize(1);
        }
    }

    @Nested
    class Rehydrate {

        @Test
        void keepsEveryStoredValue() {
            AppointmentId id = new AppointmentId(UUID.randomUUID());
            Prescription amoxicillin = prescription(AMOXICILLIN);

            Appointment appointment = Appointment.rehydrate(id, PATIENT, DOCTOR, SLOT, "Follow-up",
                    AppointmentStatus.FULFILLED, List.of(amoxicillin), NOW, LATER, 5);

            assertThat(appointment.getId()).isEqualTo(id);
            assertThat(appointment.getPatientId()).isEqualTo(PATIENT);
            assertThat(appointment.getDoctorId()).isEqualTo(DOCTOR);
            assertThat(appointment.getSlot()).isEqualTo(SLOT);
            assertThat(appointment.getReason()).isEqualTo("Follow-up");
            assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.FULFILLED);
            assertThat(appointment.getPrescriptions()).containsExactly(amoxicillin);
            assertThat(appointment.getCreatedAt()).isEqualTo(NOW);
            assertThat(appointment.getUpdatedAt()).isEqualTo(LATER);
            assertThat(appointment.getVersion()).isEqualTo(5);
        }
    }
}
