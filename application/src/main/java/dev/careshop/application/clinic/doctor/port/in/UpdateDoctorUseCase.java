package dev.careshop.application.clinic.doctor.port.in;

import dev.careshop.domain.clinic.doctor.Doctor;

public interface UpdateDoctorUseCase {

    Doctor update(UpdateDoctorCommand command);
}
