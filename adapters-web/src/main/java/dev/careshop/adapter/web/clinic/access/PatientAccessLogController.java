package dev.careshop.adapter.web.clinic.access;

import static dev.careshop.adapter.web.shared.ProblemType.NOT_FOUND;

import dev.careshop.adapter.web.shared.PageParams;
import dev.careshop.adapter.web.shared.PageResponse;
import dev.careshop.adapter.web.shared.ProblemResponses;
import dev.careshop.application.clinic.access.port.in.ListPatientAccessLogUseCase;
import dev.careshop.domain.clinic.patient.PatientId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Set;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The patient access trail, for administrators (the rule is in bootstrap's {@code EndpointAccessRules}). */
@RestController
@Tag(name = "Patients")
public class PatientAccessLogController {

    /** A trail is read in one order, newest first; any {@code sort} is refused (400) rather than silently ignored. */
    private static final Set<String> SORTABLE = Set.of();

    private final ListPatientAccessLogUseCase listAccessLog;

    PatientAccessLogController(ListPatientAccessLogUseCase listAccessLog) {
        this.listAccessLog = listAccessLog;
    }

    @GetMapping("/api/patients/{id}/access-log")
    @Operation(operationId = "listPatientAccessLog", summary = "Read who accessed a patient's data (administrators)",
            description = "Every read or change of the patient, their history, appointments and prescriptions, newest "
                    + "first (occurredAt, then id); not sortable. A deleted patient's trail stays readable; 404 only "
                    + "when the patient does not exist and has no entries.")
    @ProblemResponses(NOT_FOUND)
    PageResponse<PatientAccessEntryResponse> list(@PathVariable UUID id, @Valid @ParameterObject PageParams paging) {
        return PageResponse.of(listAccessLog.list(new PatientId(id), paging.toPageRequest(SORTABLE)),
                PatientAccessEntryResponse::of);
    }
}
