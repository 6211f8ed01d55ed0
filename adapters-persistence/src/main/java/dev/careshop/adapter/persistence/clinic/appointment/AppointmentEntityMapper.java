package dev.careshop.adapter.persistence.clinic.appointment;

import dev.careshop.adapter.persistence.shared.PersistenceMapperConfig;
import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.appointment.AppointmentId;
import dev.careshop.domain.clinic.appointment.Prescription;
import dev.careshop.domain.clinic.appointment.PrescriptionDetails;
import dev.careshop.domain.clinic.appointment.PrescriptionId;
import dev.careshop.domain.clinic.appointment.TimeSlot;
import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.patient.PatientId;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingTarget;

@Mapper(config = PersistenceMapperConfig.class)
interface AppointmentEntityMapper {

    /**
     * Copies the appointment's own fields onto a new or managed entity. Prescriptions are reconciled by the adapter,
     * so that unchanged rows are neither deleted nor re-inserted.
     */
    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "patientId", source = "patientId.value")
    @Mapping(target = "doctorId", source = "doctorId.value")
    @Mapping(target = "startsAt", source = "slot.startsAt")
    @Mapping(target = "endsAt", expression = "java(appointment.getSlot().endsAt())")
    @Mapping(target = "durationMinutes", source = "slot.durationMinutes")
    @Mapping(target = "prescriptions", ignore = true)
    @Mapping(target = "version", ignore = true)
    void copy(Appointment appointment, @MappingTarget AppointmentJpaEntity entity);

    @Mapping(target = "id", source = "prescription.id.value")
    @Mapping(target = "appointment", source = "appointment")
    @Mapping(target = "medicineName", source = "prescription.details.medicineName")
    @Mapping(target = "dosage", source = "prescription.details.dosage")
    @Mapping(target = "instructions", source = "prescription.details.instructions")
    @Mapping(target = "createdAt", source = "prescription.createdAt")
    PrescriptionJpaEntity toEntity(Prescription prescription, AppointmentJpaEntity appointment);

    PrescriptionDetails toDetails(PrescriptionJpaEntity entity);

    default Prescription toDomain(PrescriptionJpaEntity entity) {
        return new Prescription(new PrescriptionId(entity.getId()), toDetails(entity), entity.getCreatedAt());
    }

    List<Prescription> toDomain(List<PrescriptionJpaEntity> entities);

    default Appointment toDomain(AppointmentJpaEntity entity) {
        return Appointment.rehydrate(new AppointmentId(entity.getId()), new PatientId(entity.getPatientId()),
                new DoctorId(entity.getDoctorId()), new TimeSlot(entity.getStartsAt(), entity.getDurationMinutes()),
                entity.getReason(), entity.getStatus(), toDomain(entity.getPrescriptions()),
                entity.getCreatedAt(), entity.getUpdatedAt(), entity.getVersion());
    }
}
