package dev.careshop.application.clinic.patient.port.in;

import dev.careshop.domain.clinic.appointment.AppointmentStatus;
import dev.careshop.domain.clinic.patient.PatientId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Read model answered by {@link GetPatientHistoryUseCase}: a patient's appointments, newest first, each with its
 * doctor and prescriptions. Built by one query, so it is a flat, immutable snapshot rather than aggregates.
 */
public record PatientHistory(PatientId patientId, String patientName, LocalDate birthDate, List<Visit> appointments) {

    public PatientHistory {
        appointments = List.copyOf(appointments);
    }

    public record Visit(UUID appointmentId, Instant startsAt, Instant endsAt, int durationMinutes,
                        AppointmentStatus status, String reason, DoctorSummary doctor, List<PrescriptionLine> prescriptions) {

        public Visit {
            prescriptions = List.copyOf(prescriptions);
        }
    }

    public record DoctorSummary(UUID id, String name, String specialization) {
    }

    public record PrescriptionLine(UUID id, String medicineName, String dosage, String instructions, Instant createdAt) {
    }
}
