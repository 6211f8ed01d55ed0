package dev.careshop.application.contract;

import static dev.careshop.application.clinic.ClinicFixture.CLOCK;
import static dev.careshop.application.clinic.ClinicFixture.LATER_CLOCK;
import static dev.careshop.application.clinic.ClinicFixture.MONDAY_9;
import static dev.careshop.application.clinic.ClinicFixture.patientProfile;
import static dev.careshop.application.clinic.ClinicFixture.slot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.doctor.DoctorHasAppointmentsException;
import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.doctor.DoctorProfile;
import dev.careshop.domain.clinic.doctor.DoctorRepository;
import dev.careshop.domain.clinic.doctor.DoctorSearch;
import dev.careshop.domain.clinic.patient.Patient;
import dev.careshop.domain.shared.DuplicateValueException;
import dev.careshop.domain.shared.EmailAddress;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the clinic's use cases rely on from {@link DoctorRepository}; run against the fake and the JPA adapter. */
public abstract class DoctorRepositoryContract {

    private final ClinicRepositories clinic;

    protected DoctorRepositoryContract(ClinicRepositories clinic) {
        this.clinic = clinic;
    }

    private DoctorRepository doctors() {
        return clinic.doctors();
    }

    private Doctor doctor(String name, String specialization, String email) {
        return doctors().save(Doctor.register(new DoctorProfile(name, specialization,
                email == null ? null : new EmailAddress(email)), CLOCK));
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
        DoctorId unknown = DoctorId.newId();

        assertThat(doctors().findById(unknown)).isEmpty();
        assertThat(doctors().existsById(unknown)).isFalse();
        assertThat(doctors().delete(unknown)).isFalse();
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

        assertThat(doctors().delete(wilson.getId())).isTrue();
        clinic.nextUseCase().run();

        assertThat(doctors().findById(wilson.getId())).isEmpty();
        assertThat(doctors().delete(wilson.getId())).isFalse();
    }

    @Test
    void aDoctorWhomAnAppointmentRefersToCannotBeDeleted() {
        Doctor house = doctor("House", "Diagnostics", null);
        Patient ada = clinic.patients().save(Patient.register(patientProfile("Ada"), CLOCK));
        clinic.appointments().save(Appointment.book(ada.getId(), house.getId(), slot(MONDAY_9, 30), "Check-up", CLOCK));

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

        Page<Doctor> beyond = doctors().search(new DoctorSearch("DIAGNOSTICS"), PageRequest.of(3, 2));
        assertThat(beyond.content()).isEmpty();
        assertThat(beyond.totalElements()).isEqualTo(3);
    }

    private static List<String> names(Page<Doctor> page) {
        return page.content().stream().map(d -> d.getProfile().name()).toList();
    }
}
