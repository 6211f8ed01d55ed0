package dev.careshop.application.clinic.doctor.port.in;

import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.doctor.DoctorProfile;
import java.util.Objects;

/** Replace a doctor's profile; {@code expectedVersion} (from {@code If-Match}) is optional. */
public record UpdateDoctorCommand(DoctorId id, DoctorProfile profile, Long expectedVersion) {

    public UpdateDoctorCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
    }
}
