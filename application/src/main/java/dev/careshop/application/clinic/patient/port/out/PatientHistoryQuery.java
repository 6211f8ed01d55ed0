package dev.careshop.application.clinic.patient.port.out;

import dev.careshop.application.clinic.patient.port.in.PatientHistory;
import dev.careshop.domain.clinic.patient.PatientId;
import java.util.Optional;

/** Reads a patient's history in one database round trip; empty when the patient does not exist. */
public interface PatientHistoryQuery {

    Optional<PatientHistory> historyOf(PatientId id);
}
