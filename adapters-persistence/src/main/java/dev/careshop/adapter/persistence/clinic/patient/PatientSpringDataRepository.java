package dev.careshop.adapter.persistence.clinic.patient;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PatientSpringDataRepository extends JpaRepository<PatientJpaEntity, UUID>,
        JpaSpecificationExecutor<PatientJpaEntity> {

    /** One statement; the database cascades to appointments and prescriptions. */
    @Modifying
    @Query("delete from PatientJpaEntity p where p.id = :id")
    int deleteByIdReturningCount(@Param("id") UUID id);
}
