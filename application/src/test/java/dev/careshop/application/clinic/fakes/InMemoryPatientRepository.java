package dev.careshop.application.clinic.fakes;

import dev.careshop.application.fakes.InMemoryRepository;
import dev.careshop.application.fakes.Table;
import dev.careshop.domain.clinic.patient.Patient;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.clinic.patient.PatientRepository;
import dev.careshop.domain.clinic.patient.PatientSearch;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

/** Patients in memory. Deleting a patient deletes their appointments, as the database's cascade does. */
public final class InMemoryPatientRepository extends InMemoryRepository<PatientId, Patient> implements PatientRepository {

    private static final Map<String, Comparator<Patient>> SORTABLE = Map.of(
            "name", Comparator.comparing(p -> p.getProfile().name()),
            "birthDate", Comparator.comparing(p -> p.getProfile().birthDate()),
            "createdAt", Comparator.comparing(Patient::getCreatedAt),
            "updatedAt", Comparator.comparing(Patient::getUpdatedAt));

    private final InMemoryAppointmentRepository appointments;

    public InMemoryPatientRepository(InMemoryAppointmentRepository appointments) {
        super(Table.ofValueAndTimes(Patient::getId, Patient::getVersion, Patient::getProfile, Patient::getCreatedAt, Patient::getUpdatedAt,
                Patient::rehydrate), Comparator.comparing(p -> p.getId().value()));
        this.appointments = appointments;
    }

    @Override
    public boolean delete(PatientId id) {
        if (!table.remove(id)) {
            return false;
        }
        appointments.deleteAllOfPatient(id);
        return true;
    }

    @Override
    public Page<Patient> search(PatientSearch search, PageRequest pageRequest) {
        return page(table.all().filter(p -> matches(search, p)), pageRequest, SORTABLE, SORTABLE.get("name"));
    }

    private static boolean matches(PatientSearch search, Patient patient) {
        return (search.nameContains() == null || lower(patient.getProfile().name()).contains(lower(search.nameContains())))
                && (search.gender() == null || search.gender() == patient.getProfile().gender());
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
