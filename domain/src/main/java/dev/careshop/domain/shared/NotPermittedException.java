package dev.careshop.domain.shared;

/**
 * The acting user may see the addressed resource but not do this to it (a staff member changing another user's
 * record, a customer placing an order in someone else's name). Where the actor may not even see the resource, the
 * use case answers {@link NotFoundException} instead, so that its existence is not revealed.
 */
public class NotPermittedException extends DomainException {

    public NotPermittedException(String message) {
        super(message);
    }
}
