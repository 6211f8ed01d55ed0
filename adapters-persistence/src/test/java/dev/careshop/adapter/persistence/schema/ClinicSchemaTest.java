package dev.careshop.adapter.persistence.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The clinic schema enforces its rules by itself: these tests write plain SQL, bypassing every line of Java, and
 * expect PostgreSQL to refuse what the domain would refuse. The constraint names asserted here are the ones the
 * persistence adapters translate into domain exceptions.
 */
class ClinicSchemaTest extends SchemaTest {

    @Test
    void overlappingAppointmentsOfOneDoctorAreRefused() throws SQLException {
        UUID doctor = doctor(null);
        appointment(patient(), doctor, "2030-01-01T09:00:00Z", 30, "BOOKED");

        assertViolation(() -> appointment(patient(), doctor, "2030-01-01T09:29:00Z", 30, "BOOKED"),
                "ex_appointments_doctor_overlap");
        assertViolation(() -> appointment(patient(), doctor, "2030-01-01T08:45:00Z", 480, "NOSHOW"),
                "ex_appointments_doctor_overlap");
    }

    @Test
    void backToBackAppointmentsAndOtherDoctorsAreFine() throws SQLException {
        UUID doctor = doctor(null);
        appointment(patient(), doctor, "2030-02-01T09:00:00Z", 30, "BOOKED");

        assertThatCode(() -> appointment(patient(), doctor, "2030-02-01T09:30:00Z", 30, "BOOKED")).doesNotThrowAnyException();
        assertThatCode(() -> appointment(patient(), doctor(null), "2030-02-01T09:00:00Z", 30, "BOOKED")).doesNotThrowAnyException();
    }

    @Test
    void cancelledAppointmentsFreeTheirTime() throws SQLException {
        UUID doctor = doctor(null);
        UUID first = appointment(patient(), doctor, "2030-03-01T09:00:00Z", 30, "BOOKED");
        update("UPDATE appointments SET status = 'CANCELLED' WHERE id = ?", first);

        assertThatCode(() -> appointment(patient(), doctor, "2030-03-01T09:00:00Z", 30, "BOOKED")).doesNotThrowAnyException();
        assertViolation(() -> update("UPDATE appointments SET status = 'BOOKED' WHERE id = ?", first),
                "ex_appointments_doctor_overlap");
    }

    @Test
    void endMustAgreeWithTheDuration() throws SQLException {
        UUID doctor = doctor(null);
        UUID appointment = appointment(patient(), doctor, "2030-04-01T09:00:00Z", 30, "BOOKED");

        assertViolation(() -> update("UPDATE appointments SET duration_minutes = 45 WHERE id = ?", appointment),
                "ck_appointments_ends_after_duration");
    }

    @Test
    void enumerationsAndRangesAreChecked() throws SQLException {
        UUID doctor = doctor(null);

        assertViolation(() -> appointment(patient(), doctor, "2030-05-01T09:00:00Z", 4, "BOOKED"), "appointments_duration_minutes_check");
        assertViolation(() -> appointment(patient(), doctor, "2030-05-01T10:00:00Z", 30, "MAYBE"), "appointments_status_check");
        assertViolation(() -> update("UPDATE patients SET gender = 'X' WHERE id = ?", patient()), "patients_gender_check");
        assertViolation(() -> update("UPDATE patients SET birth_date = DATE '1899-12-31' WHERE id = ?", patient()),
                "patients_birth_date_check");
        assertViolation(() -> update("UPDATE patients SET name = '   ' WHERE id = ?", patient()), "patients_name_check");
    }

    @Test
    void doctorEmailsAreUniqueIgnoringCase() throws SQLException {
        String email = "dr-" + UUID.randomUUID() + "@example.org";
        doctor(email);

        assertViolation(() -> doctor(email.toUpperCase()), "uq_doctors_email");
        assertThatCode(() -> doctor(null)).as("many doctors without e-mail").doesNotThrowAnyException();
        assertThatCode(() -> doctor(null)).doesNotThrowAnyException();
    }

    @Test
    void aDoctorWithAppointmentsCannotBeDeleted() throws SQLException {
        UUID doctor = doctor(null);
        appointment(patient(), doctor, "2030-06-01T09:00:00Z", 30, "FULFILLED");

        assertViolation(() -> update("DELETE FROM doctors WHERE id = ?", doctor), "fk_appointments_doctor");
    }

    @Test
    void deletingAPatientDeletesTheirAppointmentsAndPrescriptions() throws SQLException {
        UUID patient = patient();
        UUID appointment = appointment(patient, doctor(null), "2030-07-01T09:00:00Z", 30, "FULFILLED");
        UUID prescription = prescription(appointment);

        update("DELETE FROM patients WHERE id = ?", patient);

        assertThat(count("SELECT count(*) FROM appointments WHERE id = ?", appointment)).isZero();
        assertThat(count("SELECT count(*) FROM prescriptions WHERE id = ?", prescription)).isZero();
    }

    @Test
    void deletingAnAppointmentDeletesItsPrescriptions() throws SQLException {
        UUID appointment = appointment(patient(), doctor(null), "2030-08-01T09:00:00Z", 30, "ARRIVED");
        UUID prescription = prescription(appointment);

        update("DELETE FROM appointments WHERE id = ?", appointment);

        assertThat(count("SELECT count(*) FROM prescriptions WHERE id = ?", prescription)).isZero();
    }

    private UUID patient() throws SQLException {
        return insert("""
                INSERT INTO patients (id, name, birth_date, gender, created_at, updated_at, version)
                VALUES (?, 'Ada', DATE '1985-12-10', 'FEMALE', now(), now(), 0)""");
    }

    private UUID doctor(String email) throws SQLException {
        return insert("""
                INSERT INTO doctors (id, name, specialization, email, created_at, updated_at, version)
                VALUES (?, 'House', 'Diagnostics', ?, now(), now(), 0)""", email);
    }

    private UUID appointment(UUID patient, UUID doctor, String startsAt, int minutes, String status) throws SQLException {
        Instant start = Instant.parse(startsAt);
        return insert("""
                INSERT INTO appointments (id, patient_id, doctor_id, starts_at, ends_at, duration_minutes, status,
                                          created_at, updated_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, now(), now(), 0)""",
                patient, doctor, Timestamp.from(start), Timestamp.from(start.plusSeconds(60L * minutes)), minutes, status);
    }

    private UUID prescription(UUID appointment) throws SQLException {
        return insert("""
                INSERT INTO prescriptions (id, appointment_id, medicine_name, dosage, created_at)
                VALUES (?, ?, 'Amoxicillin', '500 mg', now())""", appointment);
    }
}
