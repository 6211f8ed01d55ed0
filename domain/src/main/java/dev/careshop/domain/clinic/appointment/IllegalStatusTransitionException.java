package dev.careshop.domain.clinic.appointment;

import dev.careshop.domain.shared.ConflictException;

public class IllegalStatusTransitionException extends ConflictException {

    public IllegalStatusTransitionException(AppointmentId id, AppointmentStatus from, AppointmentStatus to) {
        super("appointment " + id + " cannot go from " + from + " to " + to
                + (from.next().isEmpty() ? " (" + from + " is final)" : "; allowed next: " + from.next().stream().sorted().toList()));
    }
}
