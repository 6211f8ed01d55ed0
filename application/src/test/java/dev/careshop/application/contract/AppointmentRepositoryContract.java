package dev.careshop.application.contract;

import static dev.careshop.application.clinic.ClinicFixture.CLOCK;
import static dev.careshop.application.clinic.ClinicFixture.LATER_CLOCK;
import static dev.careshop.application.clinic.ClinicFixture.MONDAY_9;
import static dev.careshop.application.clinic.ClinicFixture.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.appointment.AppointmentId;
import dev.careshop.domain.clinic.appointment.AppointmentRepository;
import dev.careshop.domain.clinic.appointment.AppointmentSearch;
import dev.careshop.domain.clinic.appointment.AppointmentStatus;
import dev.careshop.domain.clinic.appointment.Prescription;
import dev.careshop.domain.clinic.appointment.PrescriptionDetails;
import dev.careshop.domain.clinic.appointment.SlotTakenException;
import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.patient.Patient;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.shared.MissingReferenceException;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shared.paging.SortOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the clinic's use cases rely on from {@link AppointmentRepository}; run against the fake and the JPA adapter. */
public abstract class AppointmentRepositoryContract extends ClinicRepositoryContract {

    private static final long HOUR = 3600;

    private Patient ada;
    private Doctor house;

    protected AppointmentRepositoryContract(ClinicRepositories clinic) {
        super(clinic);
    }

    private AppointmentRepository appointments() {
        return clinic.appointments();
    }

    private Patient ada() {
        if (ada == null) {
            ada = patient("Ada");
        }
        return ada;
    }

    private Doctor house() {
        if (house == null) {
            house = doctor("House");
        }
        return house;
    }

    @Test
    void aBookedAppointmentIsStoredAtVersionZeroAndReadBackWithItsPrescriptions() {
        Appointment visit = book(ada(), house(), MONDAY_9);
        assertThat(visit.getVersion()).isZero();
        assertThat(appointments().findById(visit.getId())).get().usingRecursiveComparison().ignoringFields("events").isEqualTo(visit);

        Appointment loaded = appointments().findById(visit.getId()).orElseThrow();
        loaded.transitionTo(AppointmentStatus.ARRIVED, LATER_CLOCK);
        Prescription ibuprofen = loaded.writePrescription(new PrescriptionDetails("Ibuprofen", "400 mg", null), LATER_CLOCK);
        loaded.writePrescription(new PrescriptionDetails("Paracetamol", "500 mg", "after meals"), LATER_CLOCK);
        Appointment changed = appointments().save(loaded);

        assertThat(changed.getVersion()).isEqualTo(1);
        assertThat(changed.getPrescriptions()).hasSize(2);
        clinic.nextUseCase().run();
        Appointment read = appointments().findById(visit.getId()).orElseThrow();
        assertThat(read.getStatus()).isEqualTo(AppointmentStatus.ARRIVED);
        assertThat(read.getPrescriptions()).containsExactlyInAnyOrderElementsOf(changed.getPrescriptions());

        read.removePrescription(ibuprofen.id(), LATER_CLOCK);
        appointments().save(read);
        clinic.nextUseCase().run();
        assertThat(appointments().findById(visit.getId()).orElseThrow().getPrescriptions())
                .extracting(p -> p.details().medicineName()).containsExactly("Paracetamol");
    }

    @Test
    void storedStateChangesOnlyThroughSave() {
        Appointment visit = book(ada(), house(), MONDAY_9);

        visit.transitionTo(AppointmentStatus.ARRIVED, CLOCK);
        Appointment loaded = appointments().findById(visit.getId()).orElseThrow();
        loaded.writePrescription(new PrescriptionDetails("Ibuprofen", "400 mg", null), CLOCK);

        Appointment stored = appointments().findById(visit.getId()).orElseThrow();
        assertThat(stored.getStatus()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(stored.getPrescriptions()).isEmpty();
    }

    @Test
    void anUnknownAppointmentIsNeitherFoundNorDeleted() {
        AppointmentId unknown = AppointmentId.newId();

        assertThat(appointments().findById(unknown)).isEmpty();
        assertThat(appointments().delete(unknown)).isEmpty();
    }

    @Test
    void deletingAnAppointmentAnswersWhosePatientItWas() {
        Appointment visit = book(ada(), house(), MONDAY_9);

        assertThat(appointments().delete(visit.getId())).contains(ada().getId());
        clinic.nextUseCase().run();
        assertThat(appointments().findById(visit.getId())).isEmpty();
        assertThat(appointments().existsByDoctorId(house().getId())).isFalse();
    }

    @Test
    void existsByDoctorIdTellsWhetherAnyAppointmentRefersToTheDoctor() {
        book(ada(), house(), MONDAY_9);

        assertThat(appointments().existsByDoctorId(house().getId())).isTrue();
        assertThat(appointments().existsByDoctorId(doctor("Wilson").getId())).isFalse();
    }

    @Test
    void aCancelledAppointmentFreesItsTimeAndAnAppointmentNeverClashesWithItself() {
        Appointment first = book(ada(), house(), MONDAY_9);
        first.transitionTo(AppointmentStatus.ARRIVED, LATER_CLOCK);
        assertThat(appointments().save(first).getStatus()).isEqualTo(AppointmentStatus.ARRIVED);

        Appointment second = book(ada(), doctor("Wilson"), MONDAY_9);
        second.transitionTo(AppointmentStatus.CANCELLED, LATER_CLOCK);
        appointments().save(second);

        assertThat(book(ada(), clinic.doctors().findById(second.getDoctorId()).orElseThrow(), MONDAY_9)).isNotNull();
        assertThat(book(ada(), house(), MONDAY_9.plusSeconds(1800))).as("back to back").isNotNull();
    }

    @Test
    void anAppointmentOverlappingAnotherOfTheSameDoctorIsRefused() {
        book(ada(), house(), MONDAY_9);
        Patient grace = patient("Grace");

        assertThatExceptionOfType(SlotTakenException.class).isThrownBy(() -> book(grace, house(), MONDAY_9.plusSeconds(60)));
    }

    @Test
    void anAppointmentOfAPatientWhoDoesNotExistIsRefused() {
        Appointment orphan = Appointment.book(PatientId.newId(), house().getId(), slot(MONDAY_9, 30), "Check-up", CLOCK);

        assertThatExceptionOfType(MissingReferenceException.class).isThrownBy(() -> appointments().save(orphan))
                .satisfies(e -> assertThat(e.field()).isEqualTo("patientId"));
    }

    @Test
    void anAppointmentWithADoctorWhoDoesNotExistIsRefused() {
        Appointment orphan = Appointment.book(ada().getId(), DoctorId.newId(), slot(MONDAY_9, 30), "Check-up", CLOCK);

        assertThatExceptionOfType(MissingReferenceException.class).isThrownBy(() -> appointments().save(orphan))
                .satisfies(e -> assertThat(e.field()).isEqualTo("doctorId"));
    }

    @Test
    void searchFiltersByPatientDoctorStatusAndAHalfOpenTimeRangeNewestFirst() {
        Patient grace = patient("Grace");
        Doctor wilson = doctor("Wilson");
        Appointment nine = book(ada(), house(), MONDAY_9);
        Appointment ten = book(grace, house(), MONDAY_9.plusSeconds(HOUR));
        Appointment eleven = book(ada(), wilson, MONDAY_9.plusSeconds(2 * HOUR));
        eleven.transitionTo(AppointmentStatus.CANCELLED, LATER_CLOCK);
        appointments().save(eleven);
        PageRequest all = PageRequest.of(0, 10);

        assertThat(ids(appointments().search(new AppointmentSearch(null, null, null, null, null), all)))
                .containsExactly(eleven.getId(), ten.getId(), nine.getId());
        assertThat(ids(appointments().search(new AppointmentSearch(ada().getId(), null, null, null, null), all)))
                .containsExactly(eleven.getId(), nine.getId());
        assertThat(ids(appointments().search(new AppointmentSearch(null, house().getId(), null, null, null), all)))
                .containsExactly(ten.getId(), nine.getId());
        assertThat(ids(appointments().search(new AppointmentSearch(null, null, AppointmentStatus.CANCELLED, null, null), all)))
                .containsExactly(eleven.getId());
        assertThat(ids(appointments().search(new AppointmentSearch(null, null, null, MONDAY_9.plusSeconds(HOUR),
                MONDAY_9.plusSeconds(2 * HOUR)), all))).as("from inclusive, to exclusive").containsExactly(ten.getId());
        assertThat(ids(appointments().search(new AppointmentSearch(null, null, null, null, null),
                PageRequest.of(0, 10, SortOrder.asc("startsAt"))))).containsExactly(nine.getId(), ten.getId(), eleven.getId());
    }

    @Test
    void searchPagesCountEveryMatchEvenBeyondTheEnd() {
        for (int hour = 0; hour < 3; hour++) {
            book(ada(), house(), MONDAY_9.plusSeconds(hour * HOUR));
        }
        AppointmentSearch adas = new AppointmentSearch(ada().getId(), null, null, null, null);

        Page<Appointment> second = appointments().search(adas, PageRequest.of(1, 2));
        assertThat(second.content()).extracting(a -> a.getSlot().startsAt()).containsExactly(MONDAY_9);
        assertThat(second.totalElements()).isEqualTo(3);
        PageChecks.emptyBeyondTheEndCountingEveryMatch(appointments().search(adas, PageRequest.of(4, 2)), 3);
    }

    private static List<AppointmentId> ids(Page<Appointment> page) {
        return page.content().stream().map(Appointment::getId).toList();
    }
}
