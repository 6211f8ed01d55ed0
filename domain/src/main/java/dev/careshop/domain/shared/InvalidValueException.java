package dev.careshop.domain.shared;

/** A value that breaks a rule of its own type: a date out of range, a blank name. */
public class InvalidValueException extends DomainException {

    private final String field;

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The name of the offending property as clients know it, e.g. {@code birthDate}. */
    public String field() {
        return field;
    }
}
