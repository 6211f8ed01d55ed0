package dev.careshop.adapter.persistence.archfixture;

import dev.careshop.domain.clinic.patient.Patient;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.clinic.patient.PatientRepository;
import dev.careshop.domain.clinic.patient.PatientSearch;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import java.util.Optional;

/** Breaks rule 8: a repository port implementation not named *PersistenceAdapter. */
public class PatientStore implements PatientRepository {

    @Override
    public Optional<Patient> findById(PatientId id) {
        return Optional.empty();
    }

    @Override
    public boolean existsById(PatientId id) {
        return false;
    }

    @Override
    public Patient save(Patient patient) {
        return patient;
    }

    @Override
    public boolean delete(PatientId id) {
        return false;
    }

    @Override
    public Page<Patient> search(PatientSearch search, PageRequest pageRequest) {
        return null;
    }
}
