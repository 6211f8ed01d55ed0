package dev.careshop.application.clinic.fakes;

import dev.careshop.application.fakes.InMemoryRepository;
import dev.careshop.application.fakes.Table;
import dev.careshop.domain.clinic.appointment.Appointment;
import dev.careshop.domain.clinic.appointment.AppointmentId;
import dev.careshop.domain.clinic.appointment.AppointmentRepository;
import dev.careshop.domain.clinic.appointment.AppointmentSearch;
import dev.careshop.domain.clinic.appointment.AppointmentStatus;
import dev.careshop.domain.clinic.appointment.SlotTakenException;
import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.shared.MissingReferenceException;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Appointments in memory, with the database's rule that services rely on: a doctor never has two appointments that
 * are not {@code CANCELLED} and whose time slots overlap (the exclusion constraint), so {@link #save} refuses such an
 * appointment with {@link SlotTakenException} and stores nothing; and the patient and doctor must exist (the foreign keys).
 */
public final class InMemoryAppointmentRepository extends InMemoryRepository<AppointmentId, Appointment>
        implements AppointmentRepository {

    private static final Map<String, Comparator<Appointment>> SORTABLE = Map.of(
            "startsAt", Comparator.comparing(a -> a.getSlot().startsAt()),
            "status", Comparator.comparing(Appointment::getStatus),
            "createdAt", Comparator.comparing(Appointment::getCreatedAt),
            "updatedAt", Comparator.comparing(Appointment::getUpdatedAt));

    private final Predicate<PatientId> patientExists;
    private final Predicate<DoctorId> doctorExists;

    /** The predicates say whether the patient and doctor an appointment refers to exist (the foreign keys). */
    public InMemoryAppointmentRepository(Predicate<PatientId> patientExists, Predicate<DoctorId> doctorExists) {
        super(new Table<>(Appointment::getId, Appointment::getVersion,
                        a -> Arrays.asList(a.getPatientId(), a.getDoctorId(), a.getSlot(), a.getReason(), a.getStatus(),
                                a.getPrescriptions(), a.getCreatedAt(), a.getUpdatedAt()),
                        (a, version) -> Appointment.rehydrate(a.getId(), a.getPatientId(), a.getDoctorId(), a.getSlot(),
                                a.getReason(), a.getStatus(), a.getPrescriptions(), a.getCreatedAt(), a.getUpdatedAt(), version)),
                Comparator.comparing(a -> a.getId().value()));
        this.patientExists = patientExists;
        this.doctorExists = doctorExists;
    }

    @Override
    public Appointment save(Appointment appointment) {
        if (!patientExists.test(appointment.getPatientId())) {
            throw new MissingReferenceException("patientId", "patient", appointment.getPatientId());
        }
        if (!doctorExists.test(appointment.getDoctorId())) {
            throw new MissingReferenceException("doctorId", "doctor", appointment.getDoctorId());
        }
        if (appointment.getStatus() != AppointmentStatus.CANCELLED && anotherRowHas(appointment, other -> clashes(other, appointment))) {
            throw new SlotTakenException();
        }
        return super.save(appointment);
    }

    private static boolean clashes(Appointment stored, Appointment candidate) {
        return stored.getDoctorId().equals(candidate.getDoctorId())
                && stored.getStatus() != AppointmentStatus.CANCELLED
                && stored.getSlot().overlaps(candidate.getSlot());
    }

    @Override
    public Optional<PatientId> delete(AppointmentId id) {
        Optional<PatientId> patient = table.find(id).map(Appointment::getPatientId);
        table.remove(id);
        return patient;
    }

    @Override
    public boolean existsByDoctorId(DoctorId doctorId) {
        return table.all().anyMatch(a -> a.getDoctorId().equals(doctorId));
    }

    @Override
    public Page<Appointment> search(AppointmentSearch search, PageRequest pageRequest) {
        return page(table.all().filter(a -> matches(search, a)), pageRequest, SORTABLE, SORTABLE.get("startsAt").reversed());
    }

    private static boolean matches(AppointmentSearch search, Appointment a) {
        return (search.patientId() == null || search.patientId().equals(a.getPatientId()))
                && (search.doctorId() == null || search.doctorId().equals(a.getDoctorId()))
                && (search.status() == null || search.status() == a.getStatus())
                && (search.from() == null || !a.getSlot().startsAt().isBefore(search.from()))
                && (search.to() == null || a.getSlot().startsAt().isBefore(search.to()));
    }

    /** The cascade of deleting a patient: their appointments go with them. */
    void deleteAllOfPatient(PatientId patientId) {
        table.removeIf(a -> a.getPatientId().equals(patientId));
    }
}
