package dev.careshop.domain.shared;

/**
 * Root of every failure the domain reports. Each subclass names a category of failure
 * that the web adapter turns into one HTTP status, so the domain never speaks HTTP itself.
 */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }
}
