package dev.careshop.adapter.persistence.clinic.appointment;

import static dev.careshop.adapter.persistence.shared.Paging.toPage;
import static dev.careshop.adapter.persistence.shared.Paging.toPageable;

import dev.careshop.adapter.persistence.shared.ConstraintViolations;
import dev.careshop.adapter.persistence.shared.Filters;
import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.appointment.AppointmentId;
import dev.careshop.domain.clinic.appointment.AppointmentRepository;
import dev.careshop.domain.clinic.appointment.AppointmentSearch;
import dev.careshop.domain.clinic.appointment.Prescription;
import dev.careshop.domain.clinic.appointment.SlotTakenException;
import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.shared.MissingReferenceException;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(propagation = Propagation.MANDATORY)
public class AppointmentPersistenceAdapter implements AppointmentRepository {

    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("startsAt"));
    private static final String NO_OVERLAP = "ex_appointments_doctor_overlap";
    private static final String PATIENT_FK = "fk_appointments_patient";
    private static final String DOCTOR_FK = "fk_appointments_doctor";

    private final AppointmentSpringDataRepository repository;
    private final AppointmentEntityMapper mapper;

    AppointmentPersistenceAdapter(AppointmentSpringDataRepository repository, AppointmentEntityMapper mapper) {
        this.repository = repository;
        this.mapper = mapper;
    }

    @Override
    public Optional<Appointment> findById(AppointmentId id) {
        return repository.findWithPrescriptionsById(id.value()).map(mapper::toDomain);
    }

    @Override
    public Appointment save(Appointment appointment) {
        // findById, not a query: within the use case the entity is already managed, prescriptions loaded, no statement.
        Optional<AppointmentJpaEntity> stored = repository.findById(appointment.getId().value());
        AppointmentJpaEntity entity = stored.orElseGet(AppointmentJpaEntity::new);
        mapper.copy(appointment, entity);
        reconcilePrescriptions(entity, appointment.getPrescriptions());
        try {
            if (stored.isEmpty()) {
                repository.save(entity);
            }
            // A managed entity is only flushed, never merged: merging would cascade to each new prescription and
            // cost a SELECT per prescription to find out that it is new.
            repository.flush();
            return mapper.toDomain(entity);
        } catch (DataIntegrityViolationException e) {
            throw translate(e, appointment);
        }
    }

    /** Prescriptions never change once written: drop the removed ones, add the new ones, leave the rest alone. */
    private void reconcilePrescriptions(AppointmentJpaEntity entity, List<Prescription> prescriptions) {
        Set<UUID> wanted = prescriptions.stream().map(p -> p.id().value()).collect(Collectors.toSet());
        entity.getPrescriptions().removeIf(stored -> !wanted.contains(stored.getId()));
        Set<UUID> stored = entity.getPrescriptions().stream().map(PrescriptionJpaEntity::getId).collect(Collectors.toSet());
        prescriptions.stream()
                .filter(prescription -> !stored.contains(prescription.id().value()))
                .forEach(prescription -> entity.getPrescriptions().add(mapper.toEntity(prescription, entity)));
    }

    private static RuntimeException translate(DataIntegrityViolationException e, Appointment appointment) {
        String constraint = ConstraintViolations.constraintName(e).orElse("");
        return switch (constraint) {
            case NO_OVERLAP -> new SlotTakenException();
            case PATIENT_FK -> new MissingReferenceException("patientId", "patient", appointment.getPatientId());
            case DOCTOR_FK -> new MissingReferenceException("doctorId", "doctor", appointment.getDoctorId());
            default -> e;
        };
    }

    @Override
    public Optional<PatientId> delete(AppointmentId id) {
        return repository.deleteReturningPatientId(id.value()).stream().findFirst().map(PatientId::new);
    }

    @Override
    public boolean existsByDoctorId(DoctorId doctorId) {
        return repository.existsByDoctorId(doctorId.value());
    }

    /** Two statements (page and count) plus one for all the page's prescriptions, whatever the page holds. */
    @Override
    public Page<Appointment> search(AppointmentSearch search, PageRequest pageRequest) {
        org.springframework.data.domain.Page<AppointmentJpaEntity> page =
                repository.findAll(matching(search), toPageable(pageRequest, DEFAULT_SORT));
        if (page.hasContent()) {
            repository.fetchPrescriptions(page.getContent().stream().map(AppointmentJpaEntity::getId).toList());
        }
        return toPage(page, mapper::toDomain);
    }

    private static Specification<AppointmentJpaEntity> matching(AppointmentSearch search) {
        Specification<AppointmentJpaEntity> spec = Filters.<AppointmentJpaEntity>equalTo(
                        "patientId", search.patientId() == null ? null : search.patientId().value())
                .and(Filters.equalTo("doctorId", search.doctorId() == null ? null : search.doctorId().value()))
                .and(Filters.equalTo("status", search.status()));
        if (search.from() != null) {
            spec = spec.and((root, query, cb) -> cb.greaterThanOrEqualTo(root.get("startsAt"), search.from()));
        }
        if (search.to() != null) {
            spec = spec.and((root, query, cb) -> cb.lessThan(root.get("startsAt"), search.to()));
        }
        return spec;
    }
}
