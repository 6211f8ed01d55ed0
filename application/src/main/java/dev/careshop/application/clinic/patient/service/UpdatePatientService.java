package dev.careshop.application.clinic.patient.service;

import dev.careshop.application.clinic.access.PatientAccessRecorder;
import dev.careshop.application.clinic.access.port.in.PatientAccessAction;
import dev.careshop.application.clinic.patient.port.in.UpdatePatientCommand;
import dev.careshop.application.clinic.patient.port.in.UpdatePatientUseCase;
import dev.careshop.application.shared.UseCase;
import dev.careshop.domain.clinic.patient.Patient;
import dev.careshop.domain.clinic.patient.PatientRepository;
import dev.careshop.domain.shared.NotFoundException;
import java.time.Clock;

@UseCase
public class UpdatePatientService implements UpdatePatientUseCase {

    private final PatientRepository patients;
    private final Clock clock;
    private final PatientAccessRecorder accessLog;

    public UpdatePatientService(PatientRepository patients, Clock clock, PatientAccessRecorder accessLog) {
        this.patients = patients;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    @Override
    public Patient update(UpdatePatientCommand command) {
        Patient patient = patients.findById(command.id())
                .orElseThrow(() -> new NotFoundException("patient", command.id()));
        patient.update(command.profile(), command.expectedVersion(), clock);
        Patient stored = patients.save(patient);
        accessLog.record(PatientAccessAction.PATIENT_UPDATED, stored.getId());
        return stored;
    }
}
