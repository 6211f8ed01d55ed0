package dev.careshop.domain.clinic.patient;

import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import java.util.Optional;

/** Where patients are kept. */
public interface PatientRepository {

    Optional<Patient> findById(PatientId id);

    boolean existsById(PatientId id);

    /** Stores a new or changed patient and answers it as stored (new version, timestamps). */
    Patient save(Patient patient);

    /** Deletes the patient with their appointments and prescriptions; answers whether the patient existed. */
    boolean delete(PatientId id);

    Page<Patient> search(PatientSearch search, PageRequest pageRequest);
}
