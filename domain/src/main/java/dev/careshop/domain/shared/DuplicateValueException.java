package dev.careshop.domain.shared;

/** A value that must be unique is already taken by another aggregate. */
public class DuplicateValueException extends ConflictException {

    private final String field;

    public DuplicateValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
