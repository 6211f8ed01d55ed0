package dev.careshop.application.clinic.patient.service;

import dev.careshop.application.clinic.access.PatientAccessRecorder;
import dev.careshop.application.clinic.access.port.in.PatientAccessAction;
import dev.careshop.application.clinic.patient.port.in.GetPatientHistoryUseCase;
import dev.careshop.application.clinic.patient.port.in.PatientHistory;
import dev.careshop.application.clinic.patient.port.out.PatientHistoryQuery;
import dev.careshop.application.shared.UseCase;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.shared.NotFoundException;

/**
 * Reads a patient's history (one statement) and records {@link PatientAccessAction#HISTORY_READ} (a second one).
 * <p>
 * Not read-only any more: reading a patient's data writes an access-log entry in the same transaction (a read-only
 * transaction cannot INSERT), so the read and its audit entry commit or roll back together.
 */
@UseCase
public class GetPatientHistoryService implements GetPatientHistoryUseCase {

    private final PatientHistoryQuery historyQuery;
    private final PatientAccessRecorder accessLog;

    public GetPatientHistoryService(PatientHistoryQuery historyQuery, PatientAccessRecorder accessLog) {
        this.historyQuery = historyQuery;
        this.accessLog = accessLog;
    }

    @Override
    public PatientHistory history(PatientId id) {
        PatientHistory history = historyQuery.historyOf(id).orElseThrow(() -> new NotFoundException("patient", id));
        accessLog.record(PatientAccessAction.HISTORY_READ, id);
        return history;
    }
}
