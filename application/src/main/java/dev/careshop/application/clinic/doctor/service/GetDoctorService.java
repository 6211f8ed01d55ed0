package dev.careshop.application.clinic.doctor.service;

import dev.careshop.application.clinic.doctor.port.in.GetDoctorUseCase;
import dev.careshop.application.shared.UseCase;
import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.doctor.DoctorRepository;
import dev.careshop.domain.shared.NotFoundException;

@UseCase(readOnly = true)
public class GetDoctorService implements GetDoctorUseCase {

    private final DoctorRepository doctors;

    public GetDoctorService(DoctorRepository doctors) {
        this.doctors = doctors;
    }

    @Override
    public Doctor get(DoctorId id) {
        return doctors.findById(id).orElseThrow(() -> new NotFoundException("doctor", id));
    }
}
