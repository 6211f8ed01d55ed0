package dev.careshop.application.clinic.appointment.service;

import static dev.careshop.application.clinic.ClinicFixture.CLOCK;
import static dev.careshop.application.clinic.ClinicFixture.MONDAY_9;
import static dev.careshop.application.clinic.ClinicFixture.slot;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careshop.application.clinic.ClinicFixture;
import dev.careshop.application.clinic.appointment.port.in.ListAppointmentsUseCase;
import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.appointment.AppointmentSearch;
import dev.careshop.domain.clinic.appointment.AppointmentStatus;
import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.patient.Patient;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shared.paging.SortOrder;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ListAppointmentsServiceTest {

    private static final AppointmentSearch ANY = new AppointmentSearch(null, null, null, null, null);
    private static final PageRequest FIRST_20 = PageRequest.of(0, 20);

    private final ClinicFixture clinic = new ClinicFixture();
    private final ListAppointmentsUseCase listAppointments = new ListAppointmentsService(clinic.appointments, clinic.recorder);

    private final Patient ada = clinic.patient("Ada Lovelace");
    private final Patient grace = clinic.patient("Grace Hopper");
    private final Doctor house = clinic.doctor("Gregory House");
    private final Doctor wilson = clinic.doctor("James Wilson");

    private final Appointment adaWithHouseAt9 = clinic.appointment(ada, house, slot(at(9), 30));
    private final Appointment graceWithHouseAt10 = clinic.appointment(grace, house, slot(at(10), 30));
    private final Appointment adaWithWilsonAt11 = clinic.appointment(ada, wilson, slot(at(11), 30));
    private final Appointment graceWithWilsonAt12 = cancelled(clinic.appointment(grace, wilson, slot(at(12), 30)));

    private static Instant at(int hour) {
        return MONDAY_9.plusSeconds((hour - 9) * 3600L);
    }

    private Appointment cancelled(Appointment appointment) {
        appointment.transitionTo(AppointmentStatus.CANCELLED, CLOCK);
        return clinic.appointments.save(appointment);
    }

    private Page<Appointment> list(AppointmentSearch search) {
        return listAppointments.list(search, FIRST_20);
    }

    @Test
    void listsAllNewestFirstByDefault() {
        Page<Appointment> page = list(ANY);

        assertThat(page.content()).extracting(Appointment::getId).containsExactly(
                graceWithWilsonAt12.getId(), adaWithWilsonAt11.getId(), graceWithHouseAt10.getId(), adaWithHouseAt9.getId());
        assertThat(page.totalElements()).isEqualTo(4);
    }

    @Test
    void filtersByPatient() {
        assertThat(list(new AppointmentSearch(ada.getId(), null, null, null, null)).content())
                .extracting(Appointment::getId)
                .containsExactly(adaWithWilsonAt11.getId(), adaWithHouseAt9.getId());
    }

    @Test
    void filtersByDoctor() {
        assertThat(list(new AppointmentSearch(null, house.getId(), null, null, null)).content())
                .extracting(Appointment::getId)
                .containsExactly(graceWithHouseAt10.getId(), adaWithHouseAt9.getId());
    }

    @Test
    void filtersByStatus() {
        assertThat(list(new AppointmentSearch(null, null, AppointmentStatus.CANCELLED, null, null)).content())
                .extracting(Appointment::getId)
                .containsExactly(graceWithWilsonAt12.getId());
    }

    @Test
    void filtersByStartFromInclusiveToExclusive() {
        assertThat(list(new AppointmentSearch(null, null, null, at(10), at(12))).content())
                .extracting(Appointment::getId)
                .containsExactly(adaWithWilsonAt11.getId(), graceWithHouseAt10.getId());
    }

    @Test
    void combinesFilters() {
        assertThat(list(new AppointmentSearch(grace.getId(), wilson.getId(), AppointmentStatus.BOOKED, null, null)).content())
                .isEmpty();
        assertThat(list(new AppointmentSearch(grace.getId(), wilson.getId(), null, at(9), null)).content())
                .extracting(Appointment::getId)
                .containsExactly(graceWithWilsonAt12.getId());
    }

    @Test
    void pagesAndSorts() {
        Page<Appointment> page = listAppointments.list(ANY, PageRequest.of(1, 3, SortOrder.asc("startsAt")));

        assertThat(page.content()).extracting(Appointment::getId).containsExactly(graceWithWilsonAt12.getId());
        assertThat(page.number()).isEqualTo(1);
        assertThat(page.size()).isEqualTo(3);
        assertThat(page.totalElements()).isEqualTo(4);
        assertThat(page.totalPages()).isEqualTo(2);
    }
}
