package dev.careshop.application.clinic.appointment.port.in;

import dev.careshop.domain.clinic.appointment.Prescription;

public interface WritePrescriptionUseCase {

    Prescription write(WritePrescriptionCommand command);
}
