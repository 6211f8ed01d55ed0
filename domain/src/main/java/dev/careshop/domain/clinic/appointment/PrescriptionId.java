package dev.careshop.domain.clinic.appointment;

import dev.careshop.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

public record PrescriptionId(UUID value) {

    public PrescriptionId {
        Objects.requireNonNull(value, "value");
    }

    public static PrescriptionId newId() {
        return new PrescriptionId(Ids.timeOrdered());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
