package dev.careshop.application.clinic.fakes;

import dev.careshop.application.fakes.Pages;
import dev.careshop.application.fakes.Table;
import dev.careshop.domain.clinic.doctor.Doctor;
import dev.careshop.domain.clinic.doctor.DoctorHasAppointmentsException;
import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.doctor.DoctorRepository;
import dev.careshop.domain.clinic.doctor.DoctorSearch;
import dev.careshop.domain.shared.DuplicateValueException;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Doctors in memory, with the database's rules: the e-mail is unique among doctors, and a doctor whom an appointment
 * in the shared {@link InMemoryAppointmentRepository} refers to cannot be deleted (the foreign key).
 */
public final class InMemoryDoctorRepository implements DoctorRepository {

    private static final Comparator<Doctor> BY_ID = Comparator.comparing(d -> d.getId().value());
    private static final Map<String, Comparator<Doctor>> SORTABLE = Map.of(
            "name", Comparator.comparing(d -> d.getProfile().name()),
            "specialization", Comparator.comparing(d -> d.getProfile().specialization()),
            "createdAt", Comparator.comparing(Doctor::getCreatedAt),
            "updatedAt", Comparator.comparing(Doctor::getUpdatedAt));

    private final Table<DoctorId, Doctor> table = new Table<>(
            Doctor::getId,
            Doctor::getVersion,
            d -> List.of(d.getProfile(), d.getCreatedAt(), d.getUpdatedAt()),
            (d, version) -> Doctor.rehydrate(d.getId(), d.getProfile(), d.getCreatedAt(), d.getUpdatedAt(), version));
    private final InMemoryAppointmentRepository appointments;

    public InMemoryDoctorRepository(InMemoryAppointmentRepository appointments) {
        this.appointments = appointments;
    }

    @Override
    public Optional<Doctor> findById(DoctorId id) {
        return table.find(id);
    }

    @Override
    public boolean existsById(DoctorId id) {
        return table.contains(id);
    }

    @Override
    public Doctor save(Doctor doctor) {
        // EmailAddress is stored lower-case, so equality is already case-insensitive.
        if (doctor.getProfile().email() != null && table.all().anyMatch(other -> !other.getId().equals(doctor.getId())
                && Objects.equals(other.getProfile().email(), doctor.getProfile().email()))) {
            throw new DuplicateValueException("email", "another doctor already has the email " + doctor.getProfile().email());
        }
        return table.save(doctor);
    }

    @Override
    public boolean delete(DoctorId id) {
        if (!table.contains(id)) {
            return false;
        }
        if (appointments.existsByDoctorId(id)) {
            throw new DoctorHasAppointmentsException(id);
        }
        return table.remove(id);
    }

    @Override
    public Page<Doctor> search(DoctorSearch search, PageRequest pageRequest) {
        return Pages.page(table.all().filter(d -> search.specialization() == null
                        || d.getProfile().specialization().equalsIgnoreCase(search.specialization())),
                pageRequest, SORTABLE, SORTABLE.get("name"), BY_ID);
    }

    public int count() {
        return table.size();
    }
}
