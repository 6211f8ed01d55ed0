package dev.careshop.domain.clinic.doctor;

import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import java.util.Optional;

/** Where doctors are kept. */
public interface DoctorRepository {

    Optional<Doctor> findById(DoctorId id);

    boolean existsById(DoctorId id);

    /**
     * Stores a new or changed doctor and answers it as stored.
     *
     * @throws dev.careshop.domain.shared.DuplicateValueException when another doctor has the same e-mail
     */
    Doctor save(Doctor doctor);

    /**
     * Deletes the doctor; answers whether the doctor existed.
     *
     * @throws DoctorHasAppointmentsException when appointments still refer to the doctor
     */
    boolean delete(DoctorId id);

    Page<Doctor> search(DoctorSearch search, PageRequest pageRequest);
}
