package dev.careshop.domain.clinic.appointment;

import java.time.Instant;
import java.util.UUID;

/** An appointment was booked. Patient and doctor are named by id only: the reason for the visit stays inside. */
public record AppointmentBooked(UUID eventId, UUID appointmentId, UUID patientId, UUID doctorId, Instant startsAt,
                                int durationMinutes, Instant occurredAt) implements AppointmentEvent {
}
