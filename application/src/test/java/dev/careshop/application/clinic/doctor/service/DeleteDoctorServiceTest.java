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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeleteDoctorServiceTest {

    private final ClinicFixture clinic = new ClinicFixture();
    private final DeleteDoctorUseCase deleteDoctor = new DeleteDoctorService(clinic.doctors, clinic.appointments);

    private final Patient ada = clinic.patient("Ada Lovelace");
    private final Doctor house = clinic.doctor("Gregory House");

    @Test
    void aDoctorWhoseColleagueHasAppointmentsCanStillGo() {
        Doctor wilson = clinic.doctor("James Wilson");
        clinic.appointment(ada, wilson, slot(MONDAY_9, 30));

        deleteDoctor.delete(house.getId());

        assertThat(clinic.doctors.existsById(house.getId())).isFalse();
    }

    @ParameterizedTest(name = "cancelled: {0}")
    @ValueSource(booleans = {false, true})
    void aDoctorWithAnAppointmentEvenACancelledOneIsRefusedAndStaysWithTheAppointment(boolean cancelled) {
        Appointment visit = clinic.appointment(ada, house, slot(MONDAY_9, 30));
        if (cancelled) {
            visit.transitionTo(AppointmentStatus.CANCELLED, CLOCK);
            clinic.appointments.save(visit);
        }

        assertThatExceptionOfType(DoctorHasAppointmentsException.class)
                .isThrownBy(() -> deleteDoctor.delete(house.getId()))
                .withMessageContaining(house.getId().toString());

        assertThat(clinic.doctors.findById(house.getId())).isPresent();
        assertThat(clinic.appointments.findById(visit.getId())).isPresent();
    }

    @Test
    void onceTheAppointmentsAreGoneTheDoctorCanBeDeleted() {
        Appointment visit = clinic.appointment(ada, house, slot(MONDAY_9, 30));
        assertThatExceptionOfType(DoctorHasAppointmentsException.class).isThrownBy(() -> deleteDoctor.delete(house.getId()));

        clinic.appointments.delete(visit.getId());
        deleteDoctor.delete(house.getId());

        assertThat(clinic.doctors.existsById(house.getId())).isFalse();
    }
}
