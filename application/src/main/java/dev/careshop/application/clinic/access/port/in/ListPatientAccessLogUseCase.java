package dev.careshop.application.clinic.access.port.in;

import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;

/** A patient's access trail, newest first, for an administrator. */
public interface ListPatientAccessLogUseCase {

    /**
     * One page of the trail, by {@code occurredAt} then id, both descending (the page request's sort is ignored).
     *
     * @throws dev.careshop.domain.shared.NotFoundException when the patient does not exist and never had an entry; a
     *                                                     deleted patient's trail stays readable
     */
    Page<PatientAccessEntry> list(PatientId patientId, PageRequest pageRequest);
}
