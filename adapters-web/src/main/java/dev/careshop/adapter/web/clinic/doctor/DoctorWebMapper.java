package dev.careshop.adapter.web.clinic.doctor;

import dev.careshop.adapter.web.shared.WebMapperConfig;
import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.doctor.DoctorProfile;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = WebMapperConfig.class)
interface DoctorWebMapper {

    DoctorProfile toProfile(DoctorRequest request);

    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "name", source = "profile.name")
    @Mapping(target = "specialization", source = "profile.specialization")
    @Mapping(target = "email", source = "profile.email")
    DoctorResponse toResponse(Doctor doctor);
}
