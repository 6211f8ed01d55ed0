package dev.careshop.domain.clinic.patient;

import dev.careshop.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

public record PatientId(UUID value) {

    public PatientId {
        Objects.requireNonNull(value, "value");
    }

    public static PatientId newId() {
        return new PatientId(Ids.timeOrdered());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
