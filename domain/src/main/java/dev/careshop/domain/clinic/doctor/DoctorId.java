package dev.careshop.domain.clinic.doctor;

import dev.careshop.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

public record DoctorId(UUID value) {

    public DoctorId {
        Objects.requireNonNull(value, "value");
    }

    public static DoctorId newId() {
        return new DoctorId(Ids.timeOrdered());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
