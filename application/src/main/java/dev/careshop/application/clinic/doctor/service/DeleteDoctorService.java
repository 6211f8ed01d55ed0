package dev.careshop.application.clinic.doctor.service;

import dev.careshop.application.clinic.doctor.port.in.DeleteDoctorUseCase;
import dev.careshop.application.shared.UseCase;
import dev.careshop.domain.clinic.appointment.AppointmentRepository;
import dev.careshop.domain.clinic.doctor.DoctorHasAppointmentsException;
import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.doctor.DoctorRepository;
import dev.careshop.domain.shared.NotFoundException;

@UseCase
public class DeleteDoctorService implements DeleteDoctorUseCase {

    private final DoctorRepository doctors;
    private final AppointmentRepository appointments;

    public DeleteDoctorService(DoctorRepository doctors, AppointmentRepository appointments) {
        this.doctors = doctors;
        this.appointments = appointments;
    }

    @Override
    public void delete(DoctorId id) {
        if (!doctors.existsById(id)) {
            throw new NotFoundException("doctor", id);
        }
        // Checked here for a clear answer; the foreign key (ON DELETE RESTRICT) still guards a booking that races us.
        if (appointments.existsByDoctorId(id)) {
            throw new DoctorHasAppointmentsException(id);
        }
        doctors.delete(id);
    }
}
