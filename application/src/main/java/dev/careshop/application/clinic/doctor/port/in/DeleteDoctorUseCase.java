package dev.careshop.application.clinic.doctor.port.in;

import dev.careshop.domain.clinic.doctor.DoctorId;

public interface DeleteDoctorUseCase {

    /** Deletes the doctor; refused while appointments refer to them. */
    void delete(DoctorId id);
}
