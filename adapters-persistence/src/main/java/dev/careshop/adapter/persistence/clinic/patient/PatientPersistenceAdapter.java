package dev.careshop.adapter.persistence.clinic.patient;

import static dev.careshop.adapter.persistence.shared.Paging.toPage;
import static dev.careshop.adapter.persistence.shared.Paging.toPageable;

import dev.careshop.adapter.persistence.shared.Filters;
import dev.careshop.domain.clinic.patient.Patient;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.clinic.patient.PatientRepository;
import dev.careshop.domain.clinic.patient.PatientSearch;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(propagation = Propagation.MANDATORY)
public class PatientPersistenceAdapter implements PatientRepository {

    private static final Sort DEFAULT_SORT = Sort.by("name");
    /** No filter at all; compared whole, so that a filter added to PatientSearch can never be taken for none. */
    private static final PatientSearch WHOLE_REGISTER = new PatientSearch(null, null);

    private final PatientSpringDataRepository repository;
    private final PatientEntityMapper mapper;

    PatientPersistenceAdapter(PatientSpringDataRepository repository, PatientEntityMapper mapper) {
        this.repository = repository;
        this.mapper = mapper;
    }

    @Override
    public Optional<Patient> findById(PatientId id) {
        return repository.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public boolean existsById(PatientId id) {
        return repository.existsById(id.value());
    }

    @Override
    public Patient save(Patient patient) {
        // Within the use case's transaction the entity is usually already managed, so this find costs no statement.
        PatientJpaEntity entity = repository.findById(patient.getId().value()).orElseGet(PatientJpaEntity::new);
        mapper.copy(patient, entity);
        return mapper.toDomain(repository.saveAndFlush(entity));
    }

    @Override
    public boolean delete(PatientId id) {
        return repository.deleteByIdReturningCount(id.value()) > 0;
    }

    /**
     * Page and count, the count only when the page is neither the first nor full; the whole register's count is its
     * size as the triggers keep it, a filtered one counts its matches.
     */
    @Override
    public Page<Patient> search(PatientSearch search, PageRequest pageRequest) {
        Pageable pageable = toPageable(pageRequest, DEFAULT_SORT);
        if (search.equals(WHOLE_REGISTER)) {
            return toPage(PageableExecutionUtils.getPage(repository.findAllBy(pageable), pageable, repository::registerSize),
                    mapper::toDomain);
        }
        return toPage(repository.findAll(matching(search), pageable), mapper::toDomain);
    }

    private static Specification<PatientJpaEntity> matching(PatientSearch search) {
        return Filters.<PatientJpaEntity>containsIgnoringCase("name", search.nameContains())
                .and(Filters.equalTo("gender", search.gender()));
    }
}
