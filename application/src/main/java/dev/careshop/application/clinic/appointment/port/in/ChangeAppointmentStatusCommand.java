package dev.careshop.application.clinic.appointment.port.in;

import dev.careshop.domain.clinic.appointment.AppointmentId;
import dev.careshop.domain.clinic.appointment.AppointmentStatus;
import java.util.Objects;

public record ChangeAppointmentStatusCommand(AppointmentId id, AppointmentStatus status) {

    public ChangeAppointmentStatusCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
    }
}
