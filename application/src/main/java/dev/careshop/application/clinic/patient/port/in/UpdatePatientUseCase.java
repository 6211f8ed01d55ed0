package dev.careshop.application.clinic.patient.port.in;

import dev.careshop.domain.clinic.patient.Patient;

public interface UpdatePatientUseCase {

    Patient update(UpdatePatientCommand command);
}
