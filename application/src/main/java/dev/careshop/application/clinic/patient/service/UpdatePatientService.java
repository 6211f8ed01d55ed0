package dev.careshop.application.clinic.patient.service;

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

    public UpdatePatientService(PatientRepository patients, Clock clock) {
        this.patients = patients;
        this.clock = clock;
    }

    @Override
    public Patient update(UpdatePatientCommand command) {
        Patient patient = patients.findById(command.id())
                .orElseThrow(() -> new NotFoundException("patient", command.id()));
        patient.update(command.profile(), command.expectedVersion(), clock);
        return patients.save(patient);
    }
}
