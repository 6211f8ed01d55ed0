package dev.careshop.application.clinic.doctor.port.in;

import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.doctor.DoctorSearch;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;

/** The reads of a plain CRUD aggregate, one query use case (docs/extending.md). */
public interface FindDoctorsUseCase {

    Doctor get(DoctorId id);

    Page<Doctor> list(DoctorSearch search, PageRequest pageRequest);
}
