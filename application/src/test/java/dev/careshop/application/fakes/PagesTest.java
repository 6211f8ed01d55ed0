package dev.careshop.application.fakes;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.careshop.application.clinic.ClinicFixture;
import dev.careshop.domain.clinic.appointment.AppointmentSearch;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shared.paging.SortOrder;
import org.junit.jupiter.api.Test;

/**
 * What only the fakes promise. Everything else they share with the JPA adapters is a repository contract
 * ({@code application.contract}), which both run.
 */
class PagesTest {

    @Test
    void anUnknownSortPropertyIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ClinicFixture().appointments.search(
                new AppointmentSearch(null, null, null, null, null), PageRequest.of(0, 20, SortOrder.asc("password"))));
    }
}
