package dev.careshop.domain.clinic.appointment;

import dev.careshop.domain.shared.event.DomainEvent;
import java.util.UUID;

/** An event of one appointment's stream. */
public sealed interface AppointmentEvent extends DomainEvent permits AppointmentBooked, AppointmentStatusChanged {

    UUID appointmentId();

    @Override
    default String aggregateType() {
        return "Appointment";
    }

    @Override
    default UUID aggregateId() {
        return appointmentId();
    }
}
