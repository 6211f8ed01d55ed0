package dev.careshop.application.clinic.access.port.out;

import dev.careshop.application.clinic.access.port.in.PatientAccessEntry;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import java.util.List;

/** Where the patient access trail is kept. Entries are only ever added, never changed or removed. */
public interface PatientAccessLogPort {

    /**
     * Adds {@code entries} in the running transaction, all in one statement however many there are (a list page
     * records one entry per listed record), and before this method returns, so that a later failure in the same use
     * case rolls them back with everything else.
     */
    void record(List<PatientAccessEntry> entries);

    /** One page of the patient's entries, newest first (occurredAt, then id, descending). */
    Page<PatientAccessEntry> findByPatient(PatientId patientId, PageRequest pageRequest);
}
