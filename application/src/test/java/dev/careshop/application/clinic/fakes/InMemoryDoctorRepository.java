package dev.careshop.application.clinic.fakes;

import dev.careshop.application.fakes.InMemoryRepository;
import dev.careshop.application.fakes.Table;
import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.doctor.DoctorHasAppointmentsException;
import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.doctor.DoctorRepository;
import dev.careshop.domain.clinic.doctor.DoctorSearch;
import dev.careshop.domain.shared.DuplicateValueException;
import dev.careshop.domain.shared.EmailAddress;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;

/**
 * Doctors in memory, with the database's rules: the e-mail is unique among doctors, and a doctor whom an appointment
 * in the shared {@link InMemoryAppointmentRepository} refers to cannot be deleted (the foreign key).
 */
public final class InMemoryDoctorRepository extends InMemoryRepository<DoctorId, Doctor> implements DoctorRepository {

    private static final Map<String, Comparator<Doctor>> SORTABLE = Map.of(
            "name", Comparator.comparing(d -> d.getProfile().name()),
            "specialization", Comparator.comparing(d -> d.getProfile().specialization()),
            "createdAt", Comparator.comparing(Doctor::getCreatedAt),
            "updatedAt", Comparator.comparing(Doctor::getUpdatedAt));

    private final InMemoryAppointmentRepository appointments;

    public InMemoryDoctorRepository(InMemoryAppointmentRepository appointments) {
        super(Table.ofValueAndTimes(Doctor::getId, Doctor::getVersion, Doctor::getProfile, Doctor::getCreatedAt, Doctor::getUpdatedAt,
                Doctor::rehydrate), Comparator.comparing(d -> d.getId().value()));
        this.appointments = appointments;
    }

    @Override
    public Doctor save(Doctor doctor) {
        // EmailAddress is stored lower-case, so equality is already case-insensitive.
        EmailAddress email = doctor.getProfile().email();
        if (email != null && anotherRowHas(doctor, other -> Objects.equals(other.getProfile().email(), email))) {
            throw new DuplicateValueException("email", "another doctor already has the email " + email);
        }
        return super.save(doctor);
    }

    @Override
    public boolean delete(DoctorId id) {
        return deleteUnlessReferenced(id, appointments::existsByDoctorId, DoctorHasAppointmentsException::new);
    }

    @Override
    public Page<Doctor> search(DoctorSearch search, PageRequest pageRequest) {
        return page(table.all().filter(d -> search.specialization() == null
                        || d.getProfile().specialization().equalsIgnoreCase(search.specialization())),
                pageRequest, SORTABLE, SORTABLE.get("name"));
    }
}
