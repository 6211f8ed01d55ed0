package dev.careshop.adapter.web.clinic.appointment;

import dev.careshop.domain.clinic.appointment.AppointmentStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

@Schema(name = "ChangeAppointmentStatusRequest",
        description = "BOOKED → ARRIVED → FULFILLED; BOOKED or ARRIVED → CANCELLED; BOOKED → NOSHOW. Anything else is a 409.")
public record ChangeStatusRequest(@Schema(example = "ARRIVED") @NotNull AppointmentStatus status) {
}
