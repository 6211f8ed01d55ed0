package dev.careshop.application.clinic.patient.port.in;

import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.clinic.patient.PatientProfile;
import java.util.Objects;

/** Replace a patient's profile; {@code expectedVersion} (from {@code If-Match}) is optional. */
public record UpdatePatientCommand(PatientId id, PatientProfile profile, Long expectedVersion) {

    public UpdatePatientCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
    }
}
