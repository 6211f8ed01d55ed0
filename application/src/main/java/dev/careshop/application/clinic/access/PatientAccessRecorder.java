package dev.careshop.application.clinic.access;

import dev.careshop.application.clinic.access.port.in.PatientAccessAction;
import dev.careshop.application.clinic.access.port.in.PatientAccessEntry;
import dev.careshop.application.clinic.access.port.out.PatientAccessLogPort;
import dev.careshop.application.identity.actor.port.out.CurrentActorPort;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.identity.Actor;
import dev.careshop.domain.shared.Ids;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * How the clinic's use cases write the patient access trail: they name the action and the patient (and the
 * appointment or prescription concerned); the recorder adds who is acting, from {@link CurrentActorPort}, and when,
 * from the service's clock. It writes into the use case's own transaction, so an entry exists exactly when the use
 * case succeeded: a use case that fails after recording rolls its entries back.
 */
public final class PatientAccessRecorder {

    private final PatientAccessLogPort log;
    private final CurrentActorPort currentActor;
    private final Clock clock;

    public PatientAccessRecorder(PatientAccessLogPort log, CurrentActorPort currentActor, Clock clock) {
        this.log = log;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** Access to the patient as a whole (their record or history). */
    public void record(PatientAccessAction action, PatientId patient) {
        record(action, patient, null);
    }

    /** Access to one of the patient's appointments or prescriptions, {@code resourceId}. */
    public void record(PatientAccessAction action, PatientId patient, UUID resourceId) {
        log.record(List.of(entry(currentActor.current(), Instant.now(clock), action, patient, resourceId)));
    }

    /**
     * One entry per listed record, all written at once (one statement for the whole page); an empty page writes
     * nothing. {@code resourceId} may answer {@code null} for records that are the patient.
     */
    public <T> void recordEach(PatientAccessAction action, List<T> records, Function<T, PatientId> patient,
                               Function<T, UUID> resourceId) {
        if (records.isEmpty()) {
            return;
        }
        Actor actor = currentActor.current();
        Instant now = Instant.now(clock);
        log.record(records.stream()
                .map(listed -> entry(actor, now, action, patient.apply(listed), resourceId.apply(listed)))
                .toList());
    }

    private static PatientAccessEntry entry(Actor actor, Instant at, PatientAccessAction action, PatientId patient,
                                            UUID resourceId) {
        return new PatientAccessEntry(Ids.timeOrdered(), patient, actor, action, resourceId, at);
    }
}
