package dev.careshop.application.clinic.doctor.service;

import static dev.careshop.application.clinic.ClinicFixture.CLOCK;
import static dev.careshop.application.clinic.ClinicFixture.MONDAY_9;
import static dev.careshop.application.clinic.ClinicFixture.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.application.clinic.ClinicFixture;
import dev.careshop.application.clinic.doctor.port.in.DeleteDoctorUseCase;
import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.appointment.AppointmentStatus;
import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.doctor.DoctorHasAppointmentsException;
import dev.careshop.domain.clinic.patient.Patient;
import org.junit.jupiter.api.Test;

class DeleteDoctorServiceTest {

    private final ClinicFixture clinic = new ClinicFixture();
    private final DeleteDoctorUseCase deleteDoctor = new DeleteDoctorService(clinic.doctors, clinic.appointments);

    @Test
    void deletesADoctorWithoutAppointments() {
        Doctor house = clinic.doctor("Gregory House");
        Doctor wilson = clinic.doctor("James Wilson");

        deleteDoctor.delete(house.getId());

        assertThat(clinic.doctors.existsById(house.getId())).isFalse();
        assertThat(clinic.doctors.existsById(wilson.getId())).isTrue();
    }

    @Test
    void aDoctorWhoseColleagueHasAppointmentsCanStillGo() {
        Patient ada = clinic.patient("Ada Lovelace");
        Doctor house = clinic.doctor("Gregory House");
        Doctor wilson = clinic.doctor("James Wilson");
        clinic.appointment(ada, wilson, slot(MONDAY_9, 30));

        deleteDoctor.delete(house.getId());

        assertThat(clinic.doctors.existsById(house.getId())).isFalse();
    }


    @Test
    void aDoctorWithAppointmentsIsRefusedAndStaysWithTheAppointments() {
        Patient ada = clinic.patient("Ada Lovelace");
        Doctor house = clinic.doctor("Gregory House");
        Appointment visit = clinic.appointment(ada, house, slot(MONDAY_9, 30));

        assertThatExceptionOfType(DoctorHasAppointmentsException.class)
                .isThrownBy(() -> deleteDoctor.delete(house.getId()))
                .withMessageContaining(house.getId().toString());

        assertThat(clinic.doctors.findById(house.getId())).isPresent();
        assertThat(clinic.appointments.findById(visit.getId())).isPresent();
    }

    @Test
    void evenCancelledAppointmentsKeepTheDoctor() {
        Patient ada = clinic.patient("Ada Lovelace");
        Doctor house = clinic.doctor("Gregory House");
        Appointment visit = clinic.appointment(ada, house, slot(MONDAY_9, 30));
        visit.transitionTo(AppointmentStatus.CANCELLED, CLOCK);
        clinic.appointments.save(visit);

        assertThatExceptionOfType(DoctorHasAppointmentsException.class)
                .isThrownBy(() -> deleteDoctor.delete(house.getId()));
        assertThat(clinic.doctors.existsById(house.getId())).isTrue();
    }

    @Test
    void onceTheAppointmentsAreGoneTheDoctorCanBeDeleted() {
        Patient ada = clinic.patient("Ada Lovelace");
        Doctor house = clinic.doctor("Gregory House");
        Appointment visit = clinic.appointment(ada, house, slot(MONDAY_9, 30));
        assertThatExceptionOfType(DoctorHasAppointmentsException.class)
                .isThrownBy(() -> deleteDoctor.delete(house.getId()));

        clinic.appointments.delete(visit.getId());
        deleteDoctor.delete(house.getId());

        assertThat(clinic.doctors.existsById(house.getId())).isFalse();
    }
}
