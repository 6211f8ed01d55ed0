package dev.careshop.adapter.persistence.clinic.patient;

import dev.careshop.adapter.persistence.shared.PersistenceMapperConfig;
import dev.careshop.domain.clinic.patient.Patient;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.clinic.patient.PatientProfile;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

@Mapper(config = PersistenceMapperConfig.class)
interface PatientEntityMapper {

    /** Copies the patient onto a new or managed entity; the entity keeps its own version for optimistic locking. */
    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "name", source = "profile.name")
    @Mapping(target = "birthDate", source = "profile.birthDate")
    @Mapping(target = "gender", source = "profile.gender")
    @Mapping(target = "email", source = "profile.email")
    @Mapping(target = "phone", source = "profile.phone")
    @Mapping(target = "version", ignore = true)
    void copy(Patient patient, @MappingTarget PatientJpaEntity entity);

    PatientProfile toProfile(PatientJpaEntity entity);

    default Patient toDomain(PatientJpaEntity entity) {
        return Patient.rehydrate(new PatientId(entity.getId()), toProfile(entity), entity.getCreatedAt(),
                entity.getUpdatedAt(), entity.getVersion());
    }
}
