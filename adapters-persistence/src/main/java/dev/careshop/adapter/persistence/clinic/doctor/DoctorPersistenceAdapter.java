package dev.careshop.adapter.persistence.clinic.doctor;

import static dev.careshop.adapter.persistence.shared.Paging.toPage;
import static dev.careshop.adapter.persistence.shared.Paging.toPageable;

import dev.careshop.adapter.persistence.shared.ConstraintViolations;
import dev.careshop.adapter.persistence.shared.Filters;
import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.doctor.DoctorHasAppointmentsException;
import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.doctor.DoctorRepository;
import dev.careshop.domain.clinic.doctor.DoctorSearch;
import dev.careshop.domain.shared.DuplicateValueException;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(propagation = Propagation.MANDATORY)
public class DoctorPersistenceAdapter implements DoctorRepository {

    private static final Sort DEFAULT_SORT = Sort.by("name");
    private static final String UNIQUE_EMAIL = "uq_doctors_email";
    private static final String APPOINTMENT_DOCTOR_FK = "fk_appointments_doctor";

    private final DoctorSpringDataRepository repository;
    private final DoctorEntityMapper mapper;

    DoctorPersistenceAdapter(DoctorSpringDataRepository repository, DoctorEntityMapper mapper) {
        this.repository = repository;
        this.mapper = mapper;
    }

    @Override
    public Optional<Doctor> findById(DoctorId id) {
        return repository.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public boolean existsById(DoctorId id) {
        return repository.existsById(id.value());
    }

    @Override
    public Doctor save(Doctor doctor) {
        DoctorJpaEntity entity = repository.findById(doctor.getId().value()).orElseGet(DoctorJpaEntity::new);
        mapper.copy(doctor, entity);
        try {
            return mapper.toDomain(repository.saveAndFlush(entity));
        } catch (DataIntegrityViolationException e) {
            if (ConstraintViolations.violates(e, UNIQUE_EMAIL)) {
                throw new DuplicateValueException("email", "another doctor already has the email " + doctor.getProfile().email());
            }
            throw e;
        }
    }

    @Override
    public boolean delete(DoctorId id) {
        try {
            return repository.deleteByIdReturningCount(id.value()) > 0;
        } catch (DataIntegrityViolationException e) {
            if (ConstraintViolations.violates(e, APPOINTMENT_DOCTOR_FK)) {
                throw new DoctorHasAppointmentsException(id);
            }
            throw e;
        }
    }

    @Override
    public Page<Doctor> search(DoctorSearch search, PageRequest pageRequest) {
        return toPage(repository.findAll(Filters.equalIgnoringCase("specialization", search.specialization()),
                toPageable(pageRequest, DEFAULT_SORT)), mapper::toDomain);
    }
}
