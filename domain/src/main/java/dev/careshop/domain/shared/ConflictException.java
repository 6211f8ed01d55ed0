package dev.careshop.domain.shared;

/** The request is well-formed but clashes with the current state: a taken slot, an illegal transition. */
public class ConflictException extends DomainException {

    public ConflictException(String message) {
        super(message);
    }
}
