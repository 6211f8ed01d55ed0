package dev.careshop.application.idempotency.port.in;

/** What a request with an idempotency key may do, decided before it runs. */
public sealed interface Claim {

    /** The key is new (or its answer expired): run the request, then remember its answer. */
    record Run() implements Claim {
    }

    /** The same request ran before: answer what it answered, and change nothing. */
    record Replay(StoredResponse response) implements Claim {
    }

    /** A request with this key is running right now: the client should retry a little later. */
    record InFlight() implements Claim {
    }

    /** The key was used for a different request (another method, path or body). */
    record KeyReused() implements Claim {
    }
}
