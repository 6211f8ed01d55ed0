package dev.careshop.application.clinic.doctor.port.in;

import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.doctor.DoctorId;

public interface GetDoctorUseCase {

    Doctor get(DoctorId id);
}
