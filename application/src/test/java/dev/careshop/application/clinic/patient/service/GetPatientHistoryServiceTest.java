package dev.careshop.application.clinic.patient.service;

import static dev.careshop.application.clinic.ClinicFixture.MONDAY_9;
import static dev.careshop.application.clinic.ClinicFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.application.clinic.ClinicFixture;
import dev.careshop.application.clinic.fakes.InMemoryPatientHistoryQuery;
import dev.careshop.application.clinic.patient.port.in.GetPatientHistoryUseCase;
import dev.careshop.application.clinic.patient.port.in.PatientHistory;
import dev.careshop.application.clinic.patient.port.in.PatientHistory.DoctorSummary;
import dev.careshop.application.clinic.patient.port.in.PatientHistory.PrescriptionLine;
import dev.careshop.application.clinic.patient.port.in.PatientHistory.Visit;
import dev.careshop.domain.clinic.appointment.AppointmentStatus;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.shared.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GetPatientHistoryServiceTest {

    private final ClinicFixture clinic = new ClinicFixture();
    private final InMemoryPatientHistoryQuery query = new InMemoryPatientHistoryQuery();
    private final GetPatientHistoryUseCase getHistory = new GetPatientHistoryService(query, clinic.recorder);

    private static PatientHistory historyOf(PatientId id, String name, List<Visit> visits) {
        return new PatientHistory(id, name, LocalDate.of(1985, 6, 15), visits);
    }

    @Test
    void answersThePatientsHistoryAsTheQueryReadIt() {
        PatientId ada = PatientId.newId();
        DoctorSummary house = new DoctorSummary(UUID.randomUUID(), "Gregory House", "Diagnostics");
        Visit visit = new Visit(UUID.randomUUID(), MONDAY_9, MONDAY_9.plusSeconds(1800), 30, AppointmentStatus.FULFILLED,
                "Cough", house, List.of(new PrescriptionLine(UUID.randomUUID(), "Ibuprofen", "400 mg", null, NOW)));
        PatientHistory history = historyOf(ada, "Ada Lovelace", List.of(visit));
        query.put(history);
        query.put(historyOf(PatientId.newId(), "Grace Hopper", List.of()));

        PatientHistory answered = getHistory.history(ada);

        assertThat(answered).isEqualTo(history);
        assertThat(answered.appointments()).singleElement()
                .satisfies(v -> assertThat(v.doctor().name()).isEqualTo("Gregory House"))
                .satisfies(v -> assertThat(v.prescriptions()).extracting(PrescriptionLine::medicineName).containsExactly("Ibuprofen"));
    }

    @Test
    void aPatientWithoutAppointmentsHasAnEmptyHistory() {
        PatientId grace = PatientId.newId();
        query.put(historyOf(grace, "Grace Hopper", List.of()));

        assertThat(getHistory.history(grace).appointments()).isEmpty();
    }

    @Test
    void unknownPatientIsNotFound() {
        query.put(historyOf(PatientId.newId(), "Grace Hopper", List.of()));
        PatientId unknown = PatientId.newId();

        assertThatExceptionOfType(NotFoundException.class)
                .isThrownBy(() -> getHistory.history(unknown))
                .withMessageContaining("patient")
                .withMessageContaining(unknown.toString());
    }
}
