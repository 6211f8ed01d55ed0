package dev.careshop.application.clinic.fakes;

import dev.careshop.application.clinic.access.port.in.PatientAccessEntry;
import dev.careshop.application.clinic.access.port.out.PatientAccessLogPort;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The access trail in memory. It also counts the calls to {@link #record}, each of which the real adapter writes as
 * one statement, so tests can check that a list page is recorded at once.
 */
public final class InMemoryPatientAccessLog implements PatientAccessLogPort {

    private static final Comparator<PatientAccessEntry> NEWEST_FIRST = Comparator
            .comparing(PatientAccessEntry::occurredAt)
            .thenComparing(PatientAccessEntry::id)
            .reversed();

    private final List<PatientAccessEntry> entries = new ArrayList<>();
    private int recordCalls;

    @Override
    public void record(List<PatientAccessEntry> newEntries) {
        if (newEntries.isEmpty()) {
            throw new IllegalArgumentException("recording nothing would still cost a statement");
        }
        recordCalls++;
        entries.addAll(newEntries);
    }

    @Override
    public Page<PatientAccessEntry> findByPatient(PatientId patientId, PageRequest pageRequest) {
        List<PatientAccessEntry> all = entries.stream()
                .filter(entry -> entry.patientId().equals(patientId))
                .sorted(NEWEST_FIRST)
                .toList();
        List<PatientAccessEntry> content = all.stream().skip(pageRequest.offset()).limit(pageRequest.size()).toList();
        return new Page<>(content, pageRequest.page(), pageRequest.size(), all.size());
    }

    /** Every entry, in the order recorded. */
    public List<PatientAccessEntry> entries() {
        return List.copyOf(entries);
    }

    /** How many times {@link #record} was called: the statements the real adapter would have run. */
    public int recordCalls() {
        return recordCalls;
    }
}
