package dev.careshop.domain.clinic.appointment;

import dev.careshop.domain.clinic.doctor.DoctorId;
import dev.careshop.domain.clinic.patient.PatientId;
import dev.careshop.domain.shared.Ids;
import dev.careshop.domain.shared.NotFoundException;
import dev.careshop.domain.shared.Text;
import dev.careshop.domain.shared.event.DomainEvent;
import dev.careshop.domain.shared.event.RecordedEvents;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A patient's visit to a doctor, with the prescriptions written during it. It refers to patient and doctor by id
 * only. Whether the doctor is free at that time is a question across all appointments, so the repository answers
 * it (a database exclusion constraint), not this object.
 */
public final class Appointment {

    public static final int REASON_MAX = 500;

    private final AppointmentId id;
    private final PatientId patientId;
    private final DoctorId doctorId;
    private final TimeSlot slot;
    private final String reason;
    private AppointmentStatus status;
    private final List<Prescription> prescriptions;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;
    private final RecordedEvents events = new RecordedEvents();

    private Appointment(AppointmentId id, PatientId patientId, DoctorId doctorId, TimeSlot slot, String reason,
                        AppointmentStatus status, List<Prescription> prescriptions,
                        Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.patientId = Objects.requireNonNull(patientId, "patientId");
        this.doctorId = Objects.requireNonNull(doctorId, "doctorId");
        this.slot = Objects.requireNonNull(slot, "slot");
        this.reason = reason;
        this.status = Objects.requireNonNull(status, "status");
        this.prescriptions = new ArrayList<>(prescriptions);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        this.version = version;
    }

    public static Appointment book(PatientId patientId, DoctorId doctorId, TimeSlot slot, String reason, Clock clock) {
        Instant now = clock.instant();
        Appointment appointment = new Appointment(AppointmentId.newId(), patientId, doctorId, slot,
                Text.optional("reason", reason, REASON_MAX), AppointmentStatus.BOOKED, List.of(), now, now, 0);
        appointment.events.record(new AppointmentBooked(Ids.timeOrdered(), appointment.id.value(), patientId.value(),
                doctorId.value(), slot.startsAt(), slot.durationMinutes(), now));
        return appointment;
    }

    /** Rebuilds an appointment from storage; no rule is checked again. */
    public static Appointment rehydrate(AppointmentId id, PatientId patientId, DoctorId doctorId, TimeSlot slot,
                                        String reason, AppointmentStatus status, List<Prescription> prescriptions,
                                        Instant createdAt, Instant updatedAt, long version) {
        return new Appointment(id, patientId, doctorId, slot, reason, status, prescriptions, createdAt, updatedAt, version);
    }

    public void transitionTo(AppointmentStatus target, Clock clock) {
        Objects.requireNonNull(target, "target");
        if (!status.canBecome(target)) {
            throw new IllegalStatusTransitionException(id, status, target);
        }
        AppointmentStatus from = status;
        status = target;
        updatedAt = clock.instant();
        events.record(new AppointmentStatusChanged(Ids.timeOrdered(), id.value(), from, target, updatedAt));
    }

    public Prescription writePrescription(PrescriptionDetails details, Clock clock) {
        if (!status.acceptsPrescriptions()) {
            throw new PrescriptionNotAllowedException(id, status);
        }
        Prescription prescription = new Prescription(PrescriptionId.newId(), details, clock.instant());
        prescriptions.add(prescription);
        updatedAt = prescription.createdAt();
        return prescription;
    }

    public void removePrescription(PrescriptionId prescriptionId, Clock clock) {
        if (!prescriptions.removeIf(prescription -> prescription.id().equals(prescriptionId))) {
            throw new NotFoundException("prescription", prescriptionId);
        }
        updatedAt = clock.instant();
    }

    /** The events raised since this appointment was booked or loaded, oldest first; each is handed out once. */
    public List<DomainEvent> takeEvents() {
        return events.takeAll();
    }

    public AppointmentId getId() {
        return id;
    }

    public PatientId getPatientId() {
        return patientId;
    }

    public DoctorId getDoctorId() {
        return doctorId;
    }

    public TimeSlot getSlot() {
        return slot;
    }

    public String getReason() {
        return reason;
    }

    public AppointmentStatus getStatus() {
        return status;
    }

    public List<Prescription> getPrescriptions() {
        return List.copyOf(prescriptions);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
