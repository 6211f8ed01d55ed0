package dev.careshop.adapter.web.clinic.appointment;

import static dev.careshop.adapter.web.shared.ProblemType.CONFLICT;
import static dev.careshop.adapter.web.shared.ProblemType.NOT_FOUND;

import dev.careshop.adapter.web.shared.Locations;
import dev.careshop.adapter.web.shared.ProblemResponses;
import dev.careshop.application.clinic.appointment.port.in.GetPrescriptionUseCase;
import dev.careshop.application.clinic.appointment.port.in.RemovePrescriptionUseCase;
import dev.careshop.application.clinic.appointment.port.in.WritePrescriptionCommand;
import dev.careshop.application.clinic.appointment.port.in.WritePrescriptionUseCase;
import dev.careshop.domain.clinic.appointment.AppointmentId;
import dev.careshop.domain.clinic.appointment.Prescription;
import dev.careshop.domain.clinic.appointment.PrescriptionId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Prescriptions belong to their appointment; every change goes through the appointment aggregate. */
@RestController
@RequestMapping("/api/appointments/{appointmentId}/prescriptions")
@Tag(name = "Appointments")
public class PrescriptionController {

    private final WritePrescriptionUseCase writePrescription;
    private final GetPrescriptionUseCase getPrescription;
    private final RemovePrescriptionUseCase removePrescription;
    private final AppointmentWebMapper mapper;

    PrescriptionController(WritePrescriptionUseCase writePrescription, GetPrescriptionUseCase getPrescription,
                           RemovePrescriptionUseCase removePrescription, AppointmentWebMapper mapper) {
        this.writePrescription = writePrescription;
        this.getPrescription = getPrescription;
        this.removePrescription = removePrescription;
        this.mapper = mapper;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(operationId = "writePrescription", summary = "Write a prescription during an appointment",
            description = "409 when the appointment is CANCELLED or NOSHOW.")
    @ProblemResponses({NOT_FOUND, CONFLICT})
    ResponseEntity<PrescriptionResponse> write(@PathVariable UUID appointmentId, @Valid @RequestBody PrescriptionRequest request) {
        Prescription prescription = writePrescription.write(
                new WritePrescriptionCommand(new AppointmentId(appointmentId), mapper.toDetails(request)));
        return ResponseEntity.created(Locations.childOfCurrentRequest(prescription.id())).body(mapper.toResponse(prescription));
    }

    @GetMapping("/{prescriptionId}")
    @Operation(operationId = "getPrescription", summary = "Read a prescription")
    @ProblemResponses(NOT_FOUND)
    PrescriptionResponse get(@PathVariable UUID appointmentId, @PathVariable UUID prescriptionId) {
        return mapper.toResponse(getPrescription.get(new AppointmentId(appointmentId), new PrescriptionId(prescriptionId)));
    }

    @DeleteMapping("/{prescriptionId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "removePrescription", summary = "Remove a prescription")
    @ProblemResponses(NOT_FOUND)
    void remove(@PathVariable UUID appointmentId, @PathVariable UUID prescriptionId) {
        removePrescription.remove(new AppointmentId(appointmentId), new PrescriptionId(prescriptionId));
    }
}
