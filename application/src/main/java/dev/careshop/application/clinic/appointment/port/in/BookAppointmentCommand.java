package dev.careshop.application.clinic.appointment.port.in;

import dev.careshop.domain.clinic.appointment.TimeSlot;
import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.patient.PatientId;
import java.util.Objects;

public record BookAppointmentCommand(PatientId patientId, DoctorId doctorId, TimeSlot slot, String reason) {

    public BookAppointmentCommand {
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(doctorId, "doctorId");
        Objects.requireNonNull(slot, "slot");
    }
}
