package dev.careshop.application.clinic.patient.service;

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

    public RegisterPatientService(PatientRepository patients, Clock clock) {
        this.patients = patients;
        this.clock = clock;
    }

    @Override
    public Patient register(RegisterPatientCommand command) {
        return patients.save(Patient.register(command.profile(), clock));
    }
}
