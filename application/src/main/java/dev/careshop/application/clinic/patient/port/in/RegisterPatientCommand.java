package dev.careshop.application.clinic.patient.port.in;

import dev.careshop.domain.clinic.patient.PatientProfile;
import java.util.Objects;

public record RegisterPatientCommand(PatientProfile profile) {

    public RegisterPatientCommand {
        Objects.requireNonNull(profile, "profile");
    }
}
