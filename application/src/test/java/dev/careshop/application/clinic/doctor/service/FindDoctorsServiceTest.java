package dev.careshop.application.clinic.doctor.service;

import static dev.careshop.application.clinic.ClinicFixture.CLOCK;
import static dev.careshop.application.clinic.ClinicFixture.doctorProfile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.careshop.application.clinic.ClinicFixture;
import dev.careshop.application.clinic.doctor.port.in.FindDoctorsUseCase;
import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.doctor.DoctorSearch;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import dev.careshop.domain.shared.paging.SortOrder;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FindDoctorsServiceTest {

    private static final DoctorSearch ANY = new DoctorSearch(null);

    private final ClinicFixture clinic = new ClinicFixture();
    private final FindDoctorsUseCase findDoctors = new FindDoctorsService(clinic.doctors);

    @Nested
    class ListDoctors {

        @BeforeEach
        void storeFourDoctors() {
            store("James Wilson", "Oncology");
            store("Gregory House", "Diagnostics");
            store("Lisa Cuddy", "Endocrinology");
            store("Allison Cameron", "Immunology");
        }

        @Test
        void filtersBySpecializationExactlyIgnoringCase() {
            assertThat(names(findDoctors.list(new DoctorSearch(" oncology "), PageRequest.of(0, 20))))
                    .containsExactly("James Wilson");
            assertThat(names(findDoctors.list(new DoctorSearch("Onco"), PageRequest.of(0, 20)))).isEmpty();
        }

        @Test
        void pagesAndSorts() {
            Page<Doctor> page = findDoctors.list(ANY, PageRequest.of(1, 2, SortOrder.desc("specialization")));

            // Oncology, Immunology | Endocrinology, Diagnostics
            assertThat(names(page)).containsExactly("Lisa Cuddy", "Gregory House");
            assertThat(page.number()).isEqualTo(1);
            assertThat(page.totalElements()).isEqualTo(4);
            assertThat(page.totalPages()).isEqualTo(2);
        }

        private void store(String name, String specialization) {
            clinic.doctors.save(Doctor.register(doctorProfile(name, specialization), CLOCK));
        }
    }

    private static List<String> names(Page<Doctor> page) {
        return page.content().stream().map(d -> d.getProfile().name()).toList();
    }
}
