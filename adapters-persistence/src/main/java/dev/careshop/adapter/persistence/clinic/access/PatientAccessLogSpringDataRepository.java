package dev.careshop.adapter.persistence.clinic.access;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PatientAccessLogSpringDataRepository extends JpaRepository<PatientAccessLogJpaEntity, UUID> {

    /** Served by {@code ix_patient_access_log_patient_occurred} in the order the trail is read. */
    Page<PatientAccessLogJpaEntity> findByPatientId(UUID patientId, Pageable pageable);
}
