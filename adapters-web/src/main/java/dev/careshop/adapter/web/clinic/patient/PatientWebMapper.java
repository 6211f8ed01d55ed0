package dev.careshop.adapter.web.clinic.patient;

import dev.careshop.adapter.web.shared.WebMapperConfig;
import dev.careshop.application.clinic.patient.port.in.PatientHistory;
import dev.careshop.domain.clinic.patient.Patient;
import dev.careshop.domain.clinic.patient.PatientProfile;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = WebMapperConfig.class)
interface PatientWebMapper {

    PatientProfile toProfile(PatientRequest request);

    @Mapping(target = "id", source = "patient.id.value")
    @Mapping(target = "name", source = "patient.profile.name")
    @Mapping(target = "birthDate", source = "patient.profile.birthDate")
    @Mapping(target = "gender", source = "patient.profile.gender")
    @Mapping(target = "email", source = "patient.profile.email")
    @Mapping(target = "phone", source = "patient.profile.phone")
    @Mapping(target = "createdAt", source = "patient.createdAt")
    @Mapping(target = "updatedAt", source = "patient.updatedAt")
    @Mapping(target = "version", source = "patient.version")
    PatientResponse toResponse(Patient patient, int age);

    @Mapping(target = "patientId", source = "patientId.value")
    PatientHistoryResponse toResponse(PatientHistory history);

    @Mapping(target = "id", source = "appointmentId")
    PatientHistoryResponse.Visit toResponse(PatientHistory.Visit visit);
}
