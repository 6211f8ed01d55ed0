package dev.careshop.adapter.web.clinic.patient;

import static dev.careshop.adapter.web.shared.ProblemType.NOT_FOUND;
import static dev.careshop.adapter.web.shared.ProblemType.PRECONDITION_FAILED;

import dev.careshop.adapter.web.shared.Locations;
import dev.careshop.adapter.web.shared.PageParams;
import dev.careshop.adapter.web.shared.PageResponse;
import dev.careshop.adapter.web.shared.ProblemResponses;
import dev.careshop.adapter.web.shared.SendsETag;
import dev.careshop.adapter.web.shared.Versions;
import dev.careshop.application.clinic.patient.port.in.DeletePatientUseCase;
import dev.careshop.application.clinic.patient.port.in.GetPatientHistoryUseCase;
import dev.careshop.application.clinic.patient.port.in.GetPatientUseCase;
import dev.careshop.application.clinic.patient.port.in.ListPatientsUseCase;
import dev.careshop.application.clinic.patient.port.in.RegisterPatientCommand;
import dev.careshop.application.clinic.patient.port.in.RegisterPatientUseCase;
import dev.careshop.application.clinic.patient.port.in.UpdatePatientCommand;
import dev.careshop.application.clinic.patient.port.in.UpdatePatientUseCase;
import dev.careshop.domain.clinic.patient.Gender;
import dev.careshop.domain.clinic.patient.Patient;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.clinic.patient.PatientSearch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
@RequestMapping("/api/patients")
@Tag(name = "Patients")
public class PatientController {

    static final Set<String> SORTABLE = Set.of("name", "birthDate", "createdAt", "updatedAt");

    private final RegisterPatientUseCase registerPatient;
    private final UpdatePatientUseCase updatePatient;
    private final DeletePatientUseCase deletePatient;
    private final GetPatientUseCase getPatient;
    private final ListPatientsUseCase listPatients;
    private final GetPatientHistoryUseCase patientHistory;
    private final PatientWebMapper mapper;
    private final Clock clock;

    PatientController(RegisterPatientUseCase registerPatient, UpdatePatientUseCase updatePatient,
                      DeletePatientUseCase deletePatient, GetPatientUseCase getPatient, ListPatientsUseCase listPatients,
                      GetPatientHistoryUseCase patientHistory, PatientWebMapper mapper, Clock clock) {
        this.registerPatient = registerPatient;
        this.updatePatient = updatePatient;
        this.deletePatient = deletePatient;
        this.getPatient = getPatient;
        this.listPatients = listPatients;
        this.patientHistory = patientHistory;
        this.mapper = mapper;
        this.clock = clock;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @SendsETag
    @Operation(operationId = "registerPatient", summary = "Register a patient")
    ResponseEntity<PatientResponse> register(@Valid @RequestBody PatientRequest request) {
        Patient patient = registerPatient.register(new RegisterPatientCommand(mapper.toProfile(request)));
        return ResponseEntity.created(Locations.childOfCurrentRequest(patient.getId()))
                .eTag(Versions.etag(patient.getVersion()))
                .body(toResponse(patient));
    }

    @GetMapping
    @Operation(operationId = "listPatients", summary = "List patients", description = "Sortable by name, birthDate, createdAt, updatedAt; default name.")
    PageResponse<PatientResponse> list(
            @Parameter(description = "part of the name, case-insensitive") @RequestParam(required = false) String name,
            @RequestParam(required = false) Gender gender,
            @Valid @ParameterObject PageParams paging) {
        return PageResponse.of(listPatients.list(new PatientSearch(name, gender), paging.toPageRequest(SORTABLE)),
                this::toResponse);
    }

    @GetMapping("/{id}")
    @SendsETag
    @Operation(operationId = "getPatient", summary = "Read a patient", description = "The ETag is the patient's version.")
    @ProblemResponses(NOT_FOUND)
    ResponseEntity<PatientResponse> get(@PathVariable UUID id) {
        Patient patient = getPatient.get(new PatientId(id));
        return Versions.okWithETag(patient.getVersion(), toResponse(patient));
    }

    @PutMapping("/{id}")
    @SendsETag
    @Operation(operationId = "updatePatient", summary = "Replace a patient's details",
            description = "Send the ETag of your last read in If-Match to refuse the update (412) if someone changed the patient since.")
    @ProblemResponses({NOT_FOUND, PRECONDITION_FAILED})
    ResponseEntity<PatientResponse> update(@PathVariable UUID id, @Valid @RequestBody PatientRequest request,
                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        Patient patient = updatePatient.update(
                new UpdatePatientCommand(new PatientId(id), mapper.toProfile(request), Versions.expectedVersion(ifMatch)));
        return Versions.okWithETag(patient.getVersion(), toResponse(patient));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deletePatient", summary = "Delete a patient", description = "Also deletes the patient's appointments and their prescriptions.")
    @ProblemResponses(NOT_FOUND)
    void delete(@PathVariable UUID id) {
        deletePatient.delete(new PatientId(id));
    }

    @GetMapping("/{id}/history")
    @Operation(operationId = "getPatientHistory", summary = "Read a patient's history",
            description = "All appointments, newest first, each with its doctor and prescriptions, read in one database round trip.")
    @ProblemResponses(NOT_FOUND)
    PatientHistoryResponse history(@PathVariable UUID id) {
        return mapper.toResponse(patientHistory.history(new PatientId(id)));
    }

    private PatientResponse toResponse(Patient patient) {
        return mapper.toResponse(patient, patient.ageOn(LocalDate.now(clock)));
    }
}
