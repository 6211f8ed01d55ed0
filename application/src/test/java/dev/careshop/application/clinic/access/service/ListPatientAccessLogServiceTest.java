package dev.careshop.application.clinic.access.service;

import static dev.careshop.application.clinic.ClinicFixture.LATER_CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.application.clinic.ClinicFixture;
import dev.careshop.application.clinic.access.port.in.ListPatientAccessLogUseCase;
import dev.careshop.application.clinic.access.port.in.PatientAccessAction;
import dev.careshop.application.clinic.access.port.in.PatientAccessEntry;
import dev.careshop.domain.clinic.patient.Patient;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import org.junit.jupiter.api.Test;

class ListPatientAccessLogServiceTest {

    private final ClinicFixture clinic = new ClinicFixture();
    private final ListPatientAccessLogUseCase listAccessLog = new ListPatientAccessLogService(clinic.accessLog, clinic.patients);
    private final Patient ada = clinic.patient("Ada Lovelace");

    @Test
    void answersThePatientsEntriesNewestFirstInPages() {
        clinic.recorder.record(PatientAccessAction.PATIENT_READ, ada.getId());
        clinic.recorder(LATER_CLOCK).record(PatientAccessAction.HISTORY_READ, ada.getId());
        clinic.recorder.record(PatientAccessAction.PATIENT_READ, clinic.patient("Grace Hopper").getId());

        Page<PatientAccessEntry> first = listAccessLog.list(ada.getId(), PageRequest.of(0, 1));
        Page<PatientAccessEntry> second = listAccessLog.list(ada.getId(), PageRequest.of(1, 1));

        assertThat(first.totalElements()).isEqualTo(2);
        assertThat(first.content()).extracting(PatientAccessEntry::action).containsExactly(PatientAccessAction.HISTORY_READ);
        assertThat(second.content()).extracting(PatientAccessEntry::action).containsExactly(PatientAccessAction.PATIENT_READ);
    }

    @Test
    void aDeletedPatientsTrailStaysReadable() {
        clinic.recorder.record(PatientAccessAction.PATIENT_DELETED, ada.getId());
        clinic.patients.delete(ada.getId());

        assertThat(listAccessLog.list(ada.getId(), PageRequest.of(0, 20)).content()).hasSize(1);
    }

    @Test
    void anExistingPatientWithoutEntriesIsAnEmptyPage() {
        assertThat(listAccessLog.list(ada.getId(), PageRequest.of(0, 20)).content()).isEmpty();
    }

    @Test
    void aPatientWhoNeitherExistsNorHasEntriesIsNotFound() {
        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> listAccessLog.list(PatientId.newId(), PageRequest.of(0, 20)));
    }

    @Test
    void readingTheTrailIsNotRecorded() {
        listAccessLog.list(ada.getId(), PageRequest.of(0, 20));

        assertThat(clinic.accessLog.entries()).isEmpty();
    }
}
