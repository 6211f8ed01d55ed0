package dev.careshop.adapter.persistence.clinic.doctor;

import dev.careshop.adapter.persistence.shared.PersistenceMapperConfig;
import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.doctor.DoctorProfile;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

@Mapper(config = PersistenceMapperConfig.class)
interface DoctorEntityMapper {

    /** Copies the doctor onto a new or managed entity; the entity keeps its own version for optimistic locking. */
    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "name", source = "profile.name")
    @Mapping(target = "specialization", source = "profile.specialization")
    @Mapping(target = "email", source = "profile.email")
    @Mapping(target = "version", ignore = true)
    void copy(Doctor doctor, @MappingTarget DoctorJpaEntity entity);

    DoctorProfile toProfile(DoctorJpaEntity entity);

    default Doctor toDomain(DoctorJpaEntity entity) {
        return Doctor.rehydrate(new DoctorId(entity.getId()), toProfile(entity), entity.getCreatedAt(),
                entity.getUpdatedAt(), entity.getVersion());
    }
}
