package dev.careshop.domain.shared;

/** The addressed aggregate (or a part of it) does not exist. */
public class NotFoundException extends DomainException {

    public NotFoundException(String kind, Object id) {
        super(kind + " " + id + " was not found");
    }
}
