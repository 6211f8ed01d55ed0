package dev.careshop.adapter.web.clinic.patient;

import dev.careshop.domain.clinic.appointment.AppointmentStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A patient's appointments, newest first, each with its doctor and prescriptions. */
@Schema(name = "PatientHistory")
public record PatientHistoryResponse(
        @Schema(example = "0196a3c2-7f1e-7a7b-9c55-2f4b8d1e6a10") UUID patientId,
        @Schema(example = "Ada Lovelace") String patientName,
        @Schema(example = "1985-12-10") LocalDate birthDate,
        List<Visit> appointments) {

    @Schema(name = "PatientHistoryAppointment")
    public record Visit(
            @Schema(example = "0196a3c4-1b2c-7d3e-8f40-5a6b7c8d9e0f") UUID id,
            @Schema(example = "2026-11-24T09:00:00Z") Instant startsAt,
            @Schema(example = "2026-11-24T09:30:00Z") Instant endsAt,
            @Schema(example = "30") int durationMinutes,
            @Schema(example = "FULFILLED") AppointmentStatus status,
            @Schema(example = "Persistent cough") String reason,
            Doctor doctor,
            List<Prescription> prescriptions) {
    }

    @Schema(name = "PatientHistoryDoctor")
    public record Doctor(
            @Schema(example = "0196a3c3-0a1b-7c2d-8e3f-4a5b6c7d8e9f") UUID id,
            @Schema(example = "Gregory House") String name,
            @Schema(example = "Diagnostics") String specialization) {
    }

    @Schema(name = "PatientHistoryPrescription")
    public record Prescription(
            @Schema(example = "0196a3c5-2c3d-7e4f-9051-6b7c8d9e0f1a") UUID id,
            @Schema(example = "Amoxicillin") String medicineName,
            @Schema(example = "500 mg three times a day") String dosage,
            @Schema(example = "Take with food for 7 days") String instructions,
            @Schema(example = "2026-11-24T09:20:00Z") Instant createdAt) {
    }
}
