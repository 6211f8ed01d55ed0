package dev.careshop.application.clinic.doctor.service;

import dev.careshop.application.clinic.doctor.port.in.FindDoctorsUseCase;
import dev.careshop.application.shared.UseCase;
import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.doctor.DoctorRepository;
import dev.careshop.domain.clinic.doctor.DoctorSearch;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;

@UseCase(readOnly = true)
public class FindDoctorsService implements FindDoctorsUseCase {

    private final DoctorRepository doctors;

    public FindDoctorsService(DoctorRepository doctors) {
        this.doctors = doctors;
    }

    @Override
    public Doctor get(DoctorId id) {
        return doctors.findById(id).orElseThrow(() -> new NotFoundException("doctor", id));
    }

    @Override
    public Page<Doctor> list(DoctorSearch search, PageRequest pageRequest) {
        return doctors.search(search, pageRequest);
    }
}
