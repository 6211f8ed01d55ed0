package dev.careshop.application.clinic.fakes;

import dev.careshop.application.clinic.patient.port.in.PatientHistory;
import dev.careshop.application.clinic.patient.port.out.PatientHistoryQuery;
import dev.careshop.domain.clinic.patient.PatientId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Answers the histories a test put in; empty for any other patient, as the real query is for an unknown one. */
public final class InMemoryPatientHistoryQuery implements PatientHistoryQuery {

    private final Map<PatientId, PatientHistory> histories = new HashMap<>();

    public void put(PatientHistory history) {
        histories.put(history.patientId(), history);
    }

    @Override
    public Optional<PatientHistory> historyOf(PatientId id) {
        return Optional.ofNullable(histories.get(id));
    }
}
