package dev.careshop.adapter.persistence.clinic.appointment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
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

    /**
     * One statement; the database cascades to the prescriptions. Answers the deleted appointment's patient (none when
     * there was no such appointment), which the access trail needs, without a read before the delete.
     */
    @Query(value = "DELETE FROM appointments WHERE id = :id RETURNING patient_id", nativeQuery = true)
    List<UUID> deleteReturningPatientId(@Param("id") UUID id);
}
