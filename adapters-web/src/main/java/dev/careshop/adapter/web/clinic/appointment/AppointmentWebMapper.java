package dev.careshop.adapter.web.clinic.appointment;

import dev.careshop.adapter.web.shared.WebMapperConfig;
import dev.careshop.application.clinic.appointment.port.in.BookAppointmentCommand;
import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.appointment.Prescription;
import dev.careshop.domain.clinic.appointment.PrescriptionDetails;
import dev.careshop.domain.clinic.appointment.TimeSlot;
import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.patient.PatientId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(config = WebMapperConfig.class)
interface AppointmentWebMapper {

    default BookAppointmentCommand toCommand(BookAppointmentRequest request) {
        int minutes = request.durationMinutes() == null ? TimeSlot.DEFAULT_MINUTES : request.durationMinutes();
        return new BookAppointmentCommand(new PatientId(request.patientId()), new DoctorId(request.doctorId()),
                new TimeSlot(request.startsAt(), minutes), request.reason());
    }

    PrescriptionDetails toDetails(PrescriptionRequest request);

    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "patientId", source = "patientId.value")
    @Mapping(target = "doctorId", source = "doctorId.value")
    @Mapping(target = "startsAt", source = "slot.startsAt")
    @Mapping(target = "endsAt", expression = "java(appointment.getSlot().endsAt())")
    @Mapping(target = "durationMinutes", source = "slot.durationMinutes")
    AppointmentResponse toResponse(Appointment appointment);

    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "medicineName", source = "details.medicineName")
    @Mapping(target = "dosage", source = "details.dosage")
    @Mapping(target = "instructions", source = "details.instructions")
    PrescriptionResponse toResponse(Prescription prescription);
}
