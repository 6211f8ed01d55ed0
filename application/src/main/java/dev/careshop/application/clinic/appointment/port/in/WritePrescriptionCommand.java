package dev.careshop.application.clinic.appointment.port.in;

import dev.careshop.domain.clinic.appointment.AppointmentId;
import dev.careshop.domain.clinic.appointment.PrescriptionDetails;
import java.util.Objects;

public record WritePrescriptionCommand(AppointmentId appointmentId, PrescriptionDetails details) {

    public WritePrescriptionCommand {
        Objects.requireNonNull(appointmentId, "appointmentId");
        Objects.requireNonNull(details, "details");
    }
}
