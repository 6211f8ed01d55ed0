package dev.careshop.application.clinic.patient.service;

import static dev.careshop.application.clinic.ClinicFixture.CLOCK;
import static dev.careshop.application.clinic.ClinicFixture.patientProfile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careshop.application.clinic.ClinicFixture;
import dev.careshop.application.clinic.patient.port.in.ListPatientsUseCase;
import dev.careshop.domain.clinic.patient.Gender;
import dev.careshop.domain.clinic.patient.Patient;
import dev.careshop.domain.clinic.patient.PatientSearch;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shared.paging.SortOrder;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ListPatientsServiceTest {

    private static final PatientSearch ANY = new PatientSearch(null, null);

    private final ClinicFixture clinic = new ClinicFixture();
    private final ListPatientsUseCase listPatients = new ListPatientsService(clinic.patients, clinic.recorder);

    @BeforeEach
    void storeFourPatients() {
        store("Grace Hopper", LocalDate.of(1906, 12, 9), Gender.FEMALE);
        store("Alan Turing", LocalDate.of(1912, 6, 23), Gender.MALE);
        store("Ada Lovelace", LocalDate.of(1915, 12, 10), Gender.FEMALE);
        store("Edsger Dijkstra", LocalDate.of(1930, 5, 11), Gender.MALE);
    }

    private void store(String name, LocalDate birthDate, Gender gender) {
        clinic.patients.save(Patient.register(patientProfile(name, birthDate, gender), CLOCK));
    }

    private static List<String> names(Page<Patient> page) {
        return page.content().stream().map(p -> p.getProfile().name()).toList();
    }

    @Test
    void filtersByNameContainingIgnoringCase() {
        assertThat(names(listPatients.list(new PatientSearch("  hOp ", null), PageRequest.of(0, 20))))
                .containsExactly("Grace Hopper");
        assertThat(names(listPatients.list(new PatientSearch("TUR", null), PageRequest.of(0, 20))))
                .containsExactly("Alan Turing");
    }

    @Test
    void filtersByGender() {
        Page<Patient> page = listPatients.list(new PatientSearch(null, Gender.MALE), PageRequest.of(0, 20));

        assertThat(names(page)).containsExactly("Alan Turing", "Edsger Dijkstra");
        assertThat(page.totalElements()).isEqualTo(2);
    }

    @Test
    void combinesFilters() {
        Page<Patient> page = listPatients.list(new PatientSearch("ra", Gender.FEMALE), PageRequest.of(0, 20));

        assertThat(names(page)).containsExactly("Grace Hopper");
    }

    @Test
    void pagesAndSorts() {
        PageRequest secondPageByBirthDateDesc = PageRequest.of(1, 3, SortOrder.desc("birthDate"));

        Page<Patient> page = listPatients.list(ANY, secondPageByBirthDateDesc);

        assertThat(names(page)).containsExactly("Grace Hopper");
        assertThat(names(listPatients.list(ANY, PageRequest.of(0, 3, SortOrder.desc("birthDate")))))
                .containsExactly("Edsger Dijkstra", "Ada Lovelace", "Alan Turing");
        assertThat(page.number()).isEqualTo(1);
        assertThat(page.size()).isEqualTo(3);
        assertThat(page.totalElements()).isEqualTo(4);
        assertThat(page.totalPages()).isEqualTo(2);
    }

    @Test
    void noMatchIsAnEmptyPage() {
        Page<Patient> page = listPatients.list(new PatientSearch("Nobody", null), PageRequest.of(0, 20));

        assertThat(page.content()).isEmpty();
        assertThat(page.totalElements()).isZero();
    }
}
