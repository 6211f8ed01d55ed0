package dev.careshop.application.clinic.doctor.service;

import dev.careshop.application.clinic.doctor.port.in.ListDoctorsUseCase;
import dev.careshop.application.shared.UseCase;
import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.doctor.DoctorRepository;
import dev.careshop.domain.clinic.doctor.DoctorSearch;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;

@UseCase(readOnly = true)
public class ListDoctorsService implements ListDoctorsUseCase {

    private final DoctorRepository doctors;

    public ListDoctorsService(DoctorRepository doctors) {
        this.doctors = doctors;
    }

    @Override
    public Page<Doctor> list(DoctorSearch search, PageRequest pageRequest) {
        return doctors.search(search, pageRequest);
    }
}
