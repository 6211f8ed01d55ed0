package dev.careshop.adapter.web.clinic.doctor;

import static dev.careshop.adapter.web.shared.ProblemType.CONFLICT;
import static dev.careshop.adapter.web.shared.ProblemType.NOT_FOUND;
import static dev.careshop.adapter.web.shared.ProblemType.PRECONDITION_FAILED;

import dev.careshop.adapter.web.shared.Locations;
import dev.careshop.adapter.web.shared.PageParams;
import dev.careshop.adapter.web.shared.PageResponse;
import dev.careshop.adapter.web.shared.ProblemResponses;
import dev.careshop.adapter.web.shared.SendsETag;
import dev.careshop.adapter.web.shared.Versions;
import dev.careshop.application.clinic.doctor.port.in.DeleteDoctorUseCase;
import dev.careshop.application.clinic.doctor.port.in.FindDoctorsUseCase;
import dev.careshop.application.clinic.doctor.port.in.RegisterDoctorCommand;
import dev.careshop.application.clinic.doctor.port.in.RegisterDoctorUseCase;
import dev.careshop.application.clinic.doctor.port.in.UpdateDoctorCommand;
import dev.careshop.application.clinic.doctor.port.in.UpdateDoctorUseCase;
import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.doctor.DoctorSearch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Set;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/doctors")
@Tag(name = "Doctors")
public class DoctorController {

    static final Set<String> SORTABLE = Set.of("name", "specialization", "createdAt", "updatedAt");

    private final RegisterDoctorUseCase registerDoctor;
    private final UpdateDoctorUseCase updateDoctor;
    private final DeleteDoctorUseCase deleteDoctor;
    private final FindDoctorsUseCase findDoctors;
    private final DoctorWebMapper mapper;

    DoctorController(RegisterDoctorUseCase registerDoctor, UpdateDoctorUseCase updateDoctor, DeleteDoctorUseCase deleteDoctor,
                     FindDoctorsUseCase findDoctors, DoctorWebMapper mapper) {
        this.registerDoctor = registerDoctor;
        this.updateDoctor = updateDoctor;
        this.deleteDoctor = deleteDoctor;
        this.findDoctors = findDoctors;
        this.mapper = mapper;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @SendsETag
    @Operation(operationId = "registerDoctor", summary = "Register a doctor")
    @ProblemResponses(CONFLICT)
    ResponseEntity<DoctorResponse> register(@Valid @RequestBody DoctorRequest request) {
        Doctor doctor = registerDoctor.register(new RegisterDoctorCommand(mapper.toProfile(request)));
        return ResponseEntity.created(Locations.childOfCurrentRequest(doctor.getId()))
                .eTag(Versions.etag(doctor.getVersion()))
                .body(mapper.toResponse(doctor));
    }

    @GetMapping
    @Operation(operationId = "listDoctors", summary = "List doctors", description = "Sortable by name, specialization, createdAt, updatedAt; default name.")
    PageResponse<DoctorResponse> list(
            @Parameter(description = "exact specialization, case-insensitive") @RequestParam(required = false) String specialization,
            @Valid @ParameterObject PageParams paging) {
        return PageResponse.of(findDoctors.list(new DoctorSearch(specialization), paging.toPageRequest(SORTABLE)),
                mapper::toResponse);
    }

    @GetMapping("/{id}")
    @SendsETag
    @Operation(operationId = "getDoctor", summary = "Read a doctor", description = "The ETag is the doctor's version.")
    @ProblemResponses(NOT_FOUND)
    ResponseEntity<DoctorResponse> get(@PathVariable UUID id) {
        Doctor doctor = findDoctors.get(new DoctorId(id));
        return Versions.okWithETag(doctor.getVersion(), mapper.toResponse(doctor));
    }

    @PutMapping("/{id}")
    @SendsETag
    @Operation(operationId = "updateDoctor", summary = "Replace a doctor's details",
            description = "Send the ETag of your last read in If-Match to refuse the update (412) if someone changed the doctor since.")
    @ProblemResponses({NOT_FOUND, CONFLICT, PRECONDITION_FAILED})
    ResponseEntity<DoctorResponse> update(@PathVariable UUID id, @Valid @RequestBody DoctorRequest request,
                                          @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Doctor doctor = updateDoctor.update(
                new UpdateDoctorCommand(new DoctorId(id), mapper.toProfile(request), Versions.expectedVersion(ifMatch)));
        return Versions.okWithETag(doctor.getVersion(), mapper.toResponse(doctor));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteDoctor", summary = "Delete a doctor", description = "Refused with 409 while the doctor has appointments: they are medical records.")
    @ProblemResponses({NOT_FOUND, CONFLICT})
    void delete(@PathVariable UUID id) {
        deleteDoctor.delete(new DoctorId(id));
    }
}
