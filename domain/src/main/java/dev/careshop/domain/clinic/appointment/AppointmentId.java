package dev.careshop.domain.clinic.appointment;

import dev.careshop.domain.shared.Ids;
import java.util.Objects;
import java.util.UUID;

public record AppointmentId(UUID value) {

    public AppointmentId {
        Objects.requireNonNull(value, "value");
    }

    public static AppointmentId newId() {
        return new AppointmentId(Ids.timeOrdered());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
