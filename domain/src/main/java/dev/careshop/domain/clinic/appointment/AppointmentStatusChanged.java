package dev.careshop.domain.clinic.appointment;

import java.time.Instant;
import java.util.UUID;

public record AppointmentStatusChanged(UUID eventId, UUID appointmentId, AppointmentStatus from, AppointmentStatus to,
                                       Instant occurredAt) implements AppointmentEvent {
}
