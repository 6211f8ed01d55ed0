package dev.careshop.application.clinic.patient.service;

import dev.careshop.application.clinic.access.PatientAccessRecorder;
import dev.careshop.application.clinic.access.port.in.PatientAccessAction;
import dev.careshop.application.clinic.patient.port.in.RegisterPatientCommand;
import dev.careshop.application.clinic.patient.port.in.RegisterPatientUseCase;
import dev.careshop.application.shared.UseCase;
import dev.careshop.domain.clinic.patient.Patient;
import dev.careshop.domain.clinic.patient.PatientRepository;
import java.time.Clock;

@UseCase
public class RegisterPatientService implements RegisterPatientUseCase {

    private final PatientRepository patients;
    private final Clock clock;
    private final PatientAccessRecorder accessLog;

    public RegisterPatientService(PatientRepository patients, Clock clock, PatientAccessRecorder accessLog) {
        this.patients = patients;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    @Override
    public Patient register(RegisterPatientCommand command) {
        Patient stored = patients.save(Patient.register(command.profile(), clock));
        accessLog.record(PatientAccessAction.PATIENT_CREATED, stored.getId());
        return stored;
    }
}
