package dev.careshop.application.contract;

import static dev.careshop.application.clinic.ClinicFixture.CLOCK;
import static dev.careshop.application.clinic.ClinicFixture.LATER_CLOCK;
import static dev.careshop.application.clinic.ClinicFixture.MONDAY_9;
import static dev.careshop.application.clinic.ClinicFixture.patientProfile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.patient.Gender;
import dev.careshop.domain.clinic.patient.Patient;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.clinic.patient.PatientRepository;
import dev.careshop.domain.clinic.patient.PatientSearch;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shared.paging.SortOrder;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the clinic's use cases rely on from {@link PatientRepository}, whoever implements it: the in-memory fake
 * (application) and the JPA adapter (adapters-persistence) each run every case. Each test starts from an empty store.
 */
public abstract class PatientRepositoryContract extends ClinicRepositoryContract {

    protected PatientRepositoryContract(ClinicRepositories clinic) {
        super(clinic);
    }

    private PatientRepository patients() {
        return clinic.patients();
    }

    @Test
    void aNewPatientIsStoredAtVersionZeroAndAChangeBumpsTheVersion() {
        Patient ada = patient("Ada");

        Patient changed = StoredVersions.newAtZeroThenBumpedOnlyByAChange(ada, () -> patients().findById(ada.getId()),
                patients()::save, loaded -> loaded.update(patientProfile("Ada King"), 0L, LATER_CLOCK), Patient::getVersion);

        assertThat(ada.getCreatedAt()).isEqualTo(CLOCK.instant());
        assertThat(changed.getUpdatedAt()).isEqualTo(LATER_CLOCK.instant());
        assertThat(patients().existsById(ada.getId())).isTrue();
    }

    @Test
    void anUnknownPatientIsNeitherFoundNorExistsNorDeleted() {
        ById.unknownIsNeitherFoundNorExistsNorDeleted(PatientId.newId(), patients()::findById, patients()::existsById, patients()::delete);
    }

    @Test
    void deletingAPatientDeletesTheirAppointments() {
        Patient ada = patient("Ada");
        Patient grace = patient("Grace");
        Doctor house = doctor("House");
        Appointment adas = book(ada, house, MONDAY_9);
        Appointment graces = book(grace, house, MONDAY_9.plusSeconds(3600));

        assertThat(patients().delete(ada.getId())).isTrue();
        clinic.nextUseCase().run();

        assertThat(patients().findById(ada.getId())).isEmpty();
        assertThat(clinic.appointments().findById(adas.getId())).isEmpty();
        assertThat(clinic.appointments().findById(graces.getId())).isPresent();
    }

    @Test
    void searchFiltersByPartOfTheNameIgnoringCaseAndByGender() {
        patient("Ada Lovelace", LocalDate.of(1915, 12, 10), Gender.FEMALE);
        patient("Alan Turing", LocalDate.of(1912, 6, 23), Gender.MALE);
        patient("Grace Hopper", LocalDate.of(1906, 12, 9), Gender.FEMALE);

        assertThat(names(patients().search(new PatientSearch("LOVE", null), PageRequest.of(0, 10))))
                .containsExactly("Ada Lovelace");
        assertThat(names(patients().search(new PatientSearch(null, Gender.FEMALE), PageRequest.of(0, 10))))
                .containsExactly("Ada Lovelace", "Grace Hopper");
        assertThat(names(patients().search(new PatientSearch("a", Gender.MALE), PageRequest.of(0, 10))))
                .containsExactly("Alan Turing");
    }

    @Test
    void searchSortsByNameUnlessToldOtherwiseWithTheIdBreakingTies() {
        Patient twinA = patient("Twin", LocalDate.of(1990, 1, 1), Gender.FEMALE);
        Patient twinB = patient("Twin", LocalDate.of(1990, 1, 1), Gender.FEMALE);
        patient("Ada", LocalDate.of(2000, 1, 1), Gender.FEMALE);
        patient("Zoe", LocalDate.of(1950, 1, 1), Gender.FEMALE);
        PatientSearch all = new PatientSearch(null, null);
        List<PatientId> twinsById = Stream.of(twinA, twinB).map(Patient::getId)
                .sorted(Comparator.comparing(PatientId::value)).toList();

        Page<Patient> byName = patients().search(all, PageRequest.of(0, 10));
        assertThat(names(byName)).containsExactly("Ada", "Twin", "Twin", "Zoe");
        assertThat(byName.content().subList(1, 3)).extracting(Patient::getId).containsExactlyElementsOf(twinsById);
        assertThat(names(patients().search(all, PageRequest.of(0, 10, SortOrder.desc("birthDate")))))
                .containsExactly("Ada", "Twin", "Twin", "Zoe");
        assertThat(names(patients().search(all, PageRequest.of(0, 10, SortOrder.asc("birthDate")))))
                .containsExactly("Zoe", "Twin", "Twin", "Ada");
    }

    @Test
    void searchPagesThroughAllMatchesAndCountsThemEvenBeyondTheEnd() {
        for (String name : new String[] {"A", "B", "C", "D", "E"}) {
            patient(name);
        }
        PatientSearch all = new PatientSearch(null, null);
        PatientSearch females = new PatientSearch(null, Gender.FEMALE);

        Page<Patient> second = patients().search(all, PageRequest.of(1, 2));
        assertThat(names(second)).containsExactly("C", "D");
        assertThat(second.totalElements()).isEqualTo(5);
        assertThat(second.totalPages()).isEqualTo(3);
        assertThat(names(patients().search(all, PageRequest.of(2, 2)))).containsExactly("E");

        PageChecks.emptyBeyondTheEndCountingEveryMatch(patients().search(females, PageRequest.of(5, 2)), 5);
        PageChecks.emptyBeyondTheEndCountingEveryMatch(patients().search(all, PageRequest.of(5, 2)), 5);
    }

    private static List<String> names(Page<Patient> page) {
        return page.content().stream().map(p -> p.getProfile().name()).toList();
    }
}
