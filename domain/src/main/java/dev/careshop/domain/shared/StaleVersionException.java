package dev.careshop.domain.shared;

/** The client changed an aggregate based on a version that is no longer current (optimistic locking). */
public class StaleVersionException extends DomainException {

    public StaleVersionException(String kind, Object id, long expected, long actual) {
        super(kind + " " + id + " is at version " + actual + ", not " + expected + "; read it again before changing it");
    }

    /** Fails unless the client's expected version, when it sent one, is the current one. */
    public static void check(String kind, Object id, Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw new StaleVersionException(kind, id, expected, actual);
        }
    }
}
