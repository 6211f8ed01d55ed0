package dev.careshop.application.clinic.appointment.service;

import dev.careshop.application.clinic.access.PatientAccessRecorder;
import dev.careshop.application.clinic.access.port.in.PatientAccessAction;
import dev.careshop.application.clinic.appointment.port.in.BookAppointmentCommand;
import dev.careshop.application.clinic.appointment.port.in.BookAppointmentUseCase;
import dev.careshop.application.event.port.out.AppendEventsPort;
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
    private final PatientAccessRecorder accessLog;
    private final AppendEventsPort events;

    public BookAppointmentService(AppointmentRepository appointments, PatientRepository patients,
                                  DoctorRepository doctors, Clock clock, PatientAccessRecorder accessLog,
                                  AppendEventsPort events) {
        this.appointments = appointments;
        this.patients = patients;
        this.doctors = doctors;
        this.clock = clock;
        this.accessLog = accessLog;
        this.events = events;
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
        // Recorded before the appointment is stored: whether the slot is free is only known at the INSERT, and a
        // refused slot (409) rolls this entry back with the booking, since both are in the use case's transaction.
        accessLog.record(PatientAccessAction.APPOINTMENT_BOOKED, appointment.getPatientId(), appointment.getId().value());
        Appointment stored = appointments.save(appointment);
        events.append(appointment.takeEvents());
        return stored;
    }
}
