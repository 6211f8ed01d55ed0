package dev.careshop.application.clinic.doctor.port.in;

import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.doctor.DoctorSearch;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;

public interface ListDoctorsUseCase {

    Page<Doctor> list(DoctorSearch search, PageRequest pageRequest);
}
