package dev.careshop.application.event.port.out;

/** The broker could not be reached, or did not confirm every event in time. */
public class EventBrokerUnavailableException extends RuntimeException {

    public EventBrokerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
