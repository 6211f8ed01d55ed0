package dev.careshop.adapter.persistence.clinic.patient;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PatientSpringDataRepository extends JpaRepository<PatientJpaEntity, UUID>,
        JpaSpecificationExecutor<PatientJpaEntity> {

    /** A page of the whole register, without a count: the total comes from {@link #registerSize()}. */
    List<PatientJpaEntity> findAllBy(Pageable pageable);

    /** The number of patients, kept by triggers (V7__patient_register_size.sql): one row read, no count. */
    @Query(value = "SELECT patient_count FROM patient_register_size", nativeQuery = true)
    long registerSize();

    /** One statement; the database cascades to appointments and prescriptions. */
    @Modifying
    @Query("delete from PatientJpaEntity p where p.id = :id")
    int deleteByIdReturningCount(@Param("id") UUID id);
}
