package dev.careshop.application.clinic.appointment.service;

import dev.careshop.application.clinic.appointment.port.in.BookAppointmentCommand;
import dev.careshop.application.clinic.appointment.port.in.BookAppointmentUseCase;
import dev.careshop.application.shared.UseCase;
import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.appointment.AppointmentRepository;
import dev.careshop.domain.clinic.doctor.DoctorRepository;
import dev.careshop.domain.clinic.patient.PatientRepository;
import dev.careshop.domain.shared.MissingReferenceException;
import java.time.Clock;

/**
 * Books an appointment. Whether the doctor is free is decided by the database's exclusion constraint when the
 * appointment is stored, which also holds for concurrent bookings; a check-then-insert here could not.
 */
@UseCase
public class BookAppointmentService implements BookAppointmentUseCase {

    private final AppointmentRepository appointments;
    private final PatientRepository patients;
    private final DoctorRepository doctors;
    private final Clock clock;

    public BookAppointmentService(AppointmentRepository appointments, PatientRepository patients,
                                  DoctorRepository doctors, Clock clock) {
        this.appointments = appointments;
        this.patients = patients;
        this.doctors = doctors;
        this.clock = clock;
    }

    @Override
    public Appointment book(BookAppointmentCommand command) {
        if (!patients.existsById(command.patientId())) {
            throw new MissingReferenceException("patientId", "patient", command.patientId());
        }
        if (!doctors.existsById(command.doctorId())) {
            throw new MissingReferenceException("doctorId", "doctor", command.doctorId());
        }
        Appointment appointment = Appointment.book(command.patientId(), command.doctorId(), command.slot(),
                command.reason(), clock);
        return appointments.save(appointment);
    }
}
