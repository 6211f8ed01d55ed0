package dev.careshop.adapter.persistence.clinic.doctor;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DoctorSpringDataRepository extends JpaRepository<DoctorJpaEntity, UUID>,
        JpaSpecificationExecutor<DoctorJpaEntity> {

    /** One statement; the foreign key from appointments refuses it while appointments refer to the doctor. */
    @Modifying
    @Query("delete from DoctorJpaEntity d where d.id = :id")
    int deleteByIdReturningCount(@Param("id") UUID id);
}
