package dev.careshop.adapter.persistence.clinic.patient;

import dev.careshop.domain.clinic.appointment.AppointmentStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One row of the history query: the patient, joined to each appointment (if any), its doctor and each of its
 * prescriptions (if any). Appointment and prescription columns are {@code null} where the outer joins found nothing.
 */
record PatientHistoryRow(
        UUID patientId, String patientName, LocalDate birthDate,
        UUID appointmentId, Instant startsAt, Instant endsAt, Integer durationMinutes, AppointmentStatus status, String reason,
        UUID doctorId, String doctorName, String specialization,
        UUID prescriptionId, String medicineName, String dosage, String instructions, Instant prescribedAt) {
}
