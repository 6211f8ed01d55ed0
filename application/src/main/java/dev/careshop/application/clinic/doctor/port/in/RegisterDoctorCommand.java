package dev.careshop.application.clinic.doctor.port.in;

import dev.careshop.domain.clinic.doctor.DoctorProfile;
import java.util.Objects;

public record RegisterDoctorCommand(DoctorProfile profile) {

    public RegisterDoctorCommand {
        Objects.requireNonNull(profile, "profile");
    }
}
