package dev.careshop.application.contract;

import static dev.careshop.application.clinic.ClinicFixture.LATER_CLOCK;
import static dev.careshop.application.clinic.ClinicFixture.MONDAY_9;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.doctor.DoctorHasAppointmentsException;
import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.doctor.DoctorProfile;
import dev.careshop.domain.clinic.doctor.DoctorRepository;
import dev.careshop.domain.clinic.doctor.DoctorSearch;
import dev.careshop.domain.shared.DuplicateValueException;
import dev.careshop.domain.shared.EmailAddress;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the clinic's use cases rely on from {@link DoctorRepository}; run against the fake and the JPA adapter. */
public abstract class DoctorRepositoryContract extends ClinicRepositoryContract {

    protected DoctorRepositoryContract(ClinicRepositories clinic) {
        super(clinic);
    }

    private DoctorRepository doctors() {
        return clinic.doctors();
    }

    @Test
    void aNewDoctorIsStoredAtVersionZeroAndAChangeBumpsTheVersion() {
        Doctor house = doctor("House", "Diagnostics", "house@example.org");

        StoredVersions.newAtZeroThenBumpedOnlyByAChange(house, () -> doctors().findById(house.getId()), doctors()::save,
                loaded -> loaded.update(new DoctorProfile("Gregory House", "Diagnostics", null), 0L, LATER_CLOCK), Doctor::getVersion);

        assertThat(doctors().existsById(house.getId())).isTrue();
    }

    @Test
    void anUnknownDoctorIsNeitherFoundNorExistsNorDeleted() {
        ById.unknownIsNeitherFoundNorExistsNorDeleted(DoctorId.newId(), doctors()::findById, doctors()::existsById, doctors()::delete);
    }

    @Test
    void doctorsWithoutEMailAreManyAndADoctorKeepsTheirOwnEMail() {
        Doctor house = doctor("House", "Diagnostics", "house@example.org");
        doctor("Wilson", "Oncology", null);
        doctor("Cuddy", "Endocrinology", null);

        Doctor loaded = doctors().findById(house.getId()).orElseThrow();
        loaded.update(new DoctorProfile("Gregory House", "Diagnostics", new EmailAddress("house@example.org")), 0L, LATER_CLOCK);

        assertThat(doctors().save(loaded).getProfile().email()).isEqualTo(new EmailAddress("house@example.org"));
    }

    @Test
    void anotherDoctorWithTheSameEMailIgnoringCaseIsRefused() {
        doctor("House", "Diagnostics", "house@example.org");

        assertThatExceptionOfType(DuplicateValueException.class)
                .isThrownBy(() -> doctor("Imposter", "Diagnostics", "HOUSE@example.org"))
                .satisfies(e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void deleteAnswersWhetherTheDoctorExisted() {
        Doctor wilson = doctor("Wilson", "Oncology", null);

        ById.deleteAnswersWhetherItExisted(wilson.getId(), doctors()::findById, doctors()::delete, clinic.nextUseCase());
    }

    @Test
    void aDoctorWhomAnAppointmentRefersToCannotBeDeleted() {
        Doctor house = doctor("House", "Diagnostics", null);
        book(patient("Ada"), house, MONDAY_9);

        assertThatExceptionOfType(DoctorHasAppointmentsException.class).isThrownBy(() -> doctors().delete(house.getId()));
    }

    @Test
    void searchFiltersBySpecializationIgnoringCaseSortsByNameAndCountsEveryMatch() {
        doctor("Wilson", "Oncology", null);
        doctor("House", "Diagnostics", null);
        doctor("Foreman", "Diagnostics", null);
        doctor("Chase", "Diagnostics", null);

        Page<Doctor> first = doctors().search(new DoctorSearch("diagnostics"), PageRequest.of(0, 2));
        assertThat(names(first)).containsExactly("Chase", "Foreman");
        assertThat(first.totalElements()).isEqualTo(3);
        assertThat(names(doctors().search(new DoctorSearch(null), PageRequest.of(0, 10))))
                .containsExactly("Chase", "Foreman", "House", "Wilson");

        PageChecks.emptyBeyondTheEndCountingEveryMatch(doctors().search(new DoctorSearch("DIAGNOSTICS"), PageRequest.of(3, 2)), 3);
    }

    private static List<String> names(Page<Doctor> page) {
        return page.content().stream().map(d -> d.getProfile().name()).toList();
    }
}
