package dev.careshop.adapter.persistence.clinic.appointment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppointmentSpringDataRepository extends JpaRepository<AppointmentJpaEntity, UUID>,
        JpaSpecificationExecutor<AppointmentJpaEntity> {

    /** The appointment and its prescriptions in one statement. */
    @EntityGraph(attributePaths = "prescriptions")
    Optional<AppointmentJpaEntity> findWithPrescriptionsById(UUID id);

    /** Loads the prescriptions of a whole page of appointments in one statement. */
    @Query("select distinct a from AppointmentJpaEntity a left join fetch a.prescriptions where a.id in :ids")
    List<AppointmentJpaEntity> fetchPrescriptions(@Param("ids") Collection<UUID> ids);

    boolean existsByDoctorId(UUID doctorId);

    /** One statement; the database cascades to the prescriptions. */
    @Modifying
    @Query("delete from AppointmentJpaEntity a where a.id = :id")
    int deleteByIdReturningCount(@Param("id") UUID id);
}
