package dev.careshop.application.clinic.patient.service;

import dev.careshop.application.clinic.patient.port.in.GetPatientHistoryUseCase;
import dev.careshop.application.clinic.patient.port.in.PatientHistory;
import dev.careshop.application.clinic.patient.port.out.PatientHistoryQuery;
import dev.careshop.application.shared.UseCase;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.shared.NotFoundException;

@UseCase(readOnly = true)
public class GetPatientHistoryService implements GetPatientHistoryUseCase {

    private final PatientHistoryQuery historyQuery;

    public GetPatientHistoryService(PatientHistoryQuery historyQuery) {
        this.historyQuery = historyQuery;
    }

    @Override
    public PatientHistory history(PatientId id) {
        return historyQuery.historyOf(id).orElseThrow(() -> new NotFoundException("patient", id));
    }
}
