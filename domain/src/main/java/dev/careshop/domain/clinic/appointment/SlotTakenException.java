package dev.careshop.domain.clinic.appointment;

import dev.careshop.domain.shared.ConflictException;

/** The doctor already has an appointment (not cancelled) that overlaps the requested time. */
public class SlotTakenException extends ConflictException {

    public SlotTakenException() {
        super("the doctor already has an appointment that overlaps this time");
    }
}
