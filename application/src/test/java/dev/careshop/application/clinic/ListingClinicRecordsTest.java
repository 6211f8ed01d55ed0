package dev.careshop.application.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

import dev.careshop.application.clinic.doctor.service.FindDoctorsService;
import dev.careshop.application.clinic.patient.service.ListPatientsService;
import dev.careshop.domain.clinic.doctor.DoctorSearch;
import dev.careshop.domain.clinic.patient.PatientSearch;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What listing patients (List Patients) and doctors (Find Doctors) shares: without a filter or a sort, everyone is
 * listed by name and counted. Each kind's filters and sort fields are in its service's test.
 */
class ListingClinicRecordsTest {

    private final ClinicFixture clinic = new ClinicFixture();

    /**
     * @param storeOne stores a record of the kind with that name
     * @param listAll  the use case's list with no filter, no sort, on one page of {@code request}'s size
     */
    private record Listing(BiConsumer<ClinicFixture, String> storeOne,
                           BiFunction<ClinicFixture, PageRequest, Page<String>> listAll) {
    }

    static Stream<Named<Listing>> listings() {
        return Stream.of(
                named("patients", new Listing(ClinicFixture::patient,
                        (clinic, request) -> new ListPatientsService(clinic.patients, clinic.recorder)
                                .list(new PatientSearch(null, null), request).map(p -> p.getProfile().name()))),
                named("doctors", new Listing(ClinicFixture::doctor,
                        (clinic, request) -> new FindDoctorsService(clinic.doctors)
                                .list(new DoctorSearch(null), request).map(d -> d.getProfile().name()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listings")
    void listsEveryoneByNameByDefaultAndCountsThem(Listing listing) {
        Stream.of("Grace Hopper", "Alan Turing", "Ada Lovelace", "Edsger Dijkstra")
                .forEach(name -> listing.storeOne().accept(clinic, name));

        Page<String> page = listing.listAll().apply(clinic, PageRequest.of(0, 20));

        assertThat(page.content()).containsExactly("Ada Lovelace", "Alan Turing", "Edsger Dijkstra", "Grace Hopper");
        assertThat(page.totalElements()).isEqualTo(4);
    }
}
