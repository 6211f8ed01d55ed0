package dev.careshop.adapter.web.clinic.appointment;

import static dev.careshop.adapter.web.shared.ProblemType.CONFLICT;
import static dev.careshop.adapter.web.shared.ProblemType.NOT_FOUND;
import static dev.careshop.adapter.web.shared.ProblemType.MISSING_REFERENCE;

import dev.careshop.adapter.web.shared.Locations;
import dev.careshop.adapter.web.shared.PageParams;
import dev.careshop.adapter.web.shared.PageResponse;
import dev.careshop.adapter.web.shared.ProblemResponses;
import dev.careshop.adapter.web.shared.SendsETag;
import dev.careshop.adapter.web.shared.Versions;
import dev.careshop.application.clinic.appointment.port.in.BookAppointmentUseCase;
import dev.careshop.application.clinic.appointment.port.in.ChangeAppointmentStatusCommand;
import dev.careshop.application.clinic.appointment.port.in.ChangeAppointmentStatusUseCase;
import dev.careshop.application.clinic.appointment.port.in.DeleteAppointmentUseCase;
import dev.careshop.application.clinic.appointment.port.in.GetAppointmentUseCase;
import dev.careshop.application.clinic.appointment.port.in.ListAppointmentsUseCase;
import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.appointment.AppointmentId;
import dev.careshop.domain.clinic.appointment.AppointmentSearch;
import dev.careshop.domain.clinic.appointment.AppointmentStatus;
import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.patient.PatientId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/appointments")
@Tag(name = "Appointments")
public class AppointmentController {

    static final Set<String> SORTABLE = Set.of("startsAt", "status", "createdAt", "updatedAt");

    private final BookAppointmentUseCase bookAppointment;
    private final GetAppointmentUseCase getAppointment;
    private final ListAppointmentsUseCase listAppointments;
    private final DeleteAppointmentUseCase deleteAppointment;
    private final ChangeAppointmentStatusUseCase changeStatus;
    private final AppointmentWebMapper mapper;

    AppointmentController(BookAppointmentUseCase bookAppointment, GetAppointmentUseCase getAppointment,
                          ListAppointmentsUseCase listAppointments, DeleteAppointmentUseCase deleteAppointment,
                          ChangeAppointmentStatusUseCase changeStatus, AppointmentWebMapper mapper) {
        this.bookAppointment = bookAppointment;
        this.getAppointment = getAppointment;
        this.listAppointments = listAppointments;
        this.deleteAppointment = deleteAppointment;
        this.changeStatus = changeStatus;
        this.mapper = mapper;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @SendsETag
    @Operation(operationId = "bookAppointment", summary = "Book an appointment",
            description = "409 when the doctor already has an overlapping appointment that is not cancelled; 422 when the patient or doctor does not exist.")
    @ProblemResponses({CONFLICT, MISSING_REFERENCE})
    ResponseEntity<AppointmentResponse> book(@Valid @RequestBody BookAppointmentRequest request) {
        Appointment appointment = bookAppointment.book(mapper.toCommand(request));
        return ResponseEntity.created(Locations.childOfCurrentRequest(appointment.getId()))
                .eTag(Versions.etag(appointment.getVersion()))
                .body(mapper.toResponse(appointment));
    }

    @GetMapping
    @Operation(operationId = "listAppointments", summary = "List appointments",
            description = "Filters combine; from/to bound the start time (from ≤ startsAt < to). Sortable by startsAt, status, createdAt, updatedAt; default startsAt descending.")
    PageResponse<AppointmentResponse> list(
            @RequestParam(required = false) UUID patientId,
            @RequestParam(required = false) UUID doctorId,
            @RequestParam(required = false) AppointmentStatus status,
            @Parameter(description = "earliest start, inclusive", example = "2026-11-01T00:00:00Z") @RequestParam(required = false) Instant from,
            @Parameter(description = "latest start, exclusive", example = "2026-12-01T00:00:00Z") @RequestParam(required = false) Instant to,
            @Valid @ParameterObject PageParams paging) {
        AppointmentSearch search = new AppointmentSearch(
                patientId == null ? null : new PatientId(patientId),
                doctorId == null ? null : new DoctorId(doctorId),
                status, from, to);
        return PageResponse.of(listAppointments.list(search, paging.toPageRequest(SORTABLE)), mapper::toResponse);
    }

    @GetMapping("/{id}")
    @SendsETag
    @Operation(operationId = "getAppointment", summary = "Read an appointment with its prescriptions", description = "The ETag is the appointment's version.")
    @ProblemResponses(NOT_FOUND)
    ResponseEntity<AppointmentResponse> get(@PathVariable UUID id) {
        Appointment appointment = getAppointment.get(new AppointmentId(id));
        return Versions.okWithETag(appointment.getVersion(), mapper.toResponse(appointment));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteAppointment", summary = "Delete an appointment", description = "Also deletes its prescriptions.")
    @ProblemResponses(NOT_FOUND)
    void delete(@PathVariable UUID id) {
        deleteAppointment.delete(new AppointmentId(id));
    }

    @PostMapping("/{id}/status")
    @SendsETag
    @Operation(operationId = "changeAppointmentStatus", summary = "Change an appointment's status",
            description = "BOOKED → ARRIVED → FULFILLED; BOOKED or ARRIVED → CANCELLED; BOOKED → NOSHOW. Any other transition is a 409.")
    @ProblemResponses({NOT_FOUND, CONFLICT})
    ResponseEntity<AppointmentResponse> changeStatus(@PathVariable UUID id, @Valid @RequestBody ChangeStatusRequest request) {
        Appointment appointment = changeStatus.changeStatus(new ChangeAppointmentStatusCommand(new AppointmentId(id), request.status()));
        return Versions.okWithETag(appointment.getVersion(), mapper.toResponse(appointment));
    }
}
