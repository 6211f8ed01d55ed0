package dev.careshop.domain.shared;

/** A command refers to another aggregate that does not exist, e.g. booking with an unknown doctor. */
public class MissingReferenceException extends DomainException {

    private final String field;

    public MissingReferenceException(String field, String kind, Object id) {
        super(kind + " " + id + " does not exist");
        this.field = field;
    }

    /** The property of the request that holds the dangling reference, e.g. {@code doctorId}. */
    public String field() {
        return field;
    }
}
