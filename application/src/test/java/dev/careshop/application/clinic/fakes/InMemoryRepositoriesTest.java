package dev.careshop.application.clinic.fakes;

import static dev.careshop.application.clinic.ClinicFixture.CLOCK;
import static dev.careshop.application.clinic.ClinicFixture.LATER_CLOCK;
import static dev.careshop.application.clinic.ClinicFixture.MONDAY_9;
import static dev.careshop.application.clinic.ClinicFixture.patientProfile;
import static dev.careshop.application.clinic.ClinicFixture.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.careshop.application.clinic.ClinicFixture;
import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.appointment.AppointmentSearch;
import dev.careshop.domain.clinic.appointment.AppointmentStatus;
import dev.careshop.domain.clinic.appointment.PrescriptionDetails;
import dev.careshop.domain.clinic.appointment.SlotTakenException;
import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.doctor.DoctorHasAppointmentsException;
import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.patient.Patient;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shared.paging.SortOrder;
import org.junit.jupiter.api.Test;

/** The fakes' own rules, so that the service tests can trust them. */
class InMemoryRepositoriesTest {

    private final ClinicFixture clinic = new ClinicFixture();

    @Test
    void versionStartsAtZeroStaysOnAnUnchangedSaveAndGrowsOnAChange() {
        Patient ada = Patient.rehydrate(Patient.register(patientProfile("Ada"), CLOCK).getId(), patientProfile("Ada"),
                CLOCK.instant(), CLOCK.instant(), 41);

        assertThat(clinic.patients.save(ada).getVersion()).as("insert").isZero();
        assertThat(clinic.patients.save(clinic.patients.findById(ada.getId()).orElseThrow()).getVersion())
                .as("unchanged").isZero();

        Patient loaded = clinic.patients.findById(ada.getId()).orElseThrow();
        loaded.update(patientProfile("Ada King"), null, LATER_CLOCK);
        assertThat(clinic.patients.save(loaded).getVersion()).as("changed").isEqualTo(1);
        assertThat(clinic.patients.findById(ada.getId()).orElseThrow().getVersion()).isEqualTo(1);
    }

    @Test
    void storedStateChangesOnlyThroughSave() {
        Appointment visit = clinic.appointment(clinic.patient("Ada"), clinic.doctor("House"), slot(MONDAY_9, 30));

        visit.transitionTo(AppointmentStatus.ARRIVED, CLOCK);
        Appointment loaded = clinic.appointments.findById(visit.getId()).orElseThrow();
        loaded.writePrescription(new PrescriptionDetails("Ibuprofen", "400 mg", null), CLOCK);

        Appointment stored = clinic.appointments.findById(visit.getId()).orElseThrow();
        assertThat(stored.getStatus()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(stored.getPrescriptions()).isEmpty();
    }

    @Test
    void anAppointmentNeverClashesWithItself() {
        Appointment visit = clinic.appointment(clinic.patient("Ada"), clinic.doctor("House"), slot(MONDAY_9, 30));
        visit.transitionTo(AppointmentStatus.ARRIVED, CLOCK);

        assertThat(clinic.appointments.save(visit).getStatus()).isEqualTo(AppointmentStatus.ARRIVED);
    }

    @Test
    void anOverlappingAppointmentOfTheSameDoctorIsRefused() {
        Doctor house = clinic.doctor("House");
        clinic.appointment(clinic.patient("Ada"), house, slot(MONDAY_9, 30));
        Patient grace = clinic.patient("Grace");

        assertThatExceptionOfType(SlotTakenException.class)
                .isThrownBy(() -> clinic.appointment(grace, house, slot(MONDAY_9.plusSeconds(60), 5)));
        assertThat(clinic.appointments.count()).isEqualTo(1);
    }

    @Test
    void doctorDeleteAnswersWhetherItExistedAndRefusesWhileAppointmentsReferToThem() {
        Doctor house = clinic.doctor("House");
        clinic.appointment(clinic.patient("Ada"), house, slot(MONDAY_9, 30));

        assertThat(clinic.doctors.delete(DoctorId.newId())).isFalse();
        assertThatExceptionOfType(DoctorHasAppointmentsException.class).isThrownBy(() -> clinic.doctors.delete(house.getId()));
        assertThat(clinic.doctors.existsById(house.getId())).isTrue();
        assertThat(clinic.doctors.delete(clinic.doctor("Wilson").getId())).isTrue();
    }

    @Test
    void anUnknownSortPropertyIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> clinic.appointments.search(
                new AppointmentSearch(null, null, null, null, null), PageRequest.of(0, 20, SortOrder.asc("password"))));
    }
}
