package dev.careshop.domain.clinic.appointment;

import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.shared.paging.Page;
import dev.careshop.domain.shared.paging.PageRequest;
import java.util.Optional;

/** Where appointments and their prescriptions are kept. */
public interface AppointmentRepository {

    /** The appointment with all its prescriptions. */
    Optional<Appointment> findById(AppointmentId id);

    /**
     * Stores a new or changed appointment with its prescriptions and answers it as stored.
     *
     * @throws SlotTakenException when the doctor has another appointment, not cancelled, overlapping this one
     * @throws dev.careshop.domain.shared.MissingReferenceException when the patient or doctor no longer exists
     */
    Appointment save(Appointment appointment);

    /**
     * Deletes the appointment and its prescriptions; answers whose appointment it was (for the patient's access
     * trail), or empty when it did not exist.
     */
    Optional<PatientId> delete(AppointmentId id);

    boolean existsByDoctorId(DoctorId doctorId);

    Page<Appointment> search(AppointmentSearch search, PageRequest pageRequest);
}
