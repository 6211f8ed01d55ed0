package dev.careshop.bootstrap.clinic;

import static dev.careshop.bootstrap.support.SqlStatementCounter.CONFIRMING_THE_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.ClinicApi;
import dev.careshop.bootstrap.support.HttpTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Reads cost a constant number of SQL statements, whatever the number of rows or child rows (SPEC.md §2).
 * Each test measures the same request over a small and a large data set and requires equal counts; the expected
 * absolute numbers document the design (and catch a regression that adds a statement to every read).
 * <p>
 * Every request that reads or changes a patient's data also writes the patient access trail: one more statement
 * (the "+1" below), one JDBC batch however many records a list page holds. Doctors are not patient data.
 */
class StatementCountTest extends HttpTest {

    private static final Instant FIRST_SLOT = Instant.parse("2031-03-03T08:00:00Z");

    @Test
    void patientHistoryIsOneReadWithOneOrTwentyAppointments() throws Exception {
        UUID small = patientWithAppointments(1, 1);
        UUID large = patientWithAppointments(20, 3);

        long forOne = sqlStatements.count(() -> mvc.perform(get("/api/patients/" + small + "/history"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.appointments.length()").value(1)));
        long forTwenty = sqlStatements.count(() -> mvc.perform(get("/api/patients/" + large + "/history"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.appointments.length()").value(20))
                .andExpect(jsonPath("$.appointments[19].prescriptions.length()").value(3)));

        assertThat(forTwenty).as("the token's user, the history's one query, +1 the access-log insert").isEqualTo(forOne).isEqualTo(CONFIRMING_THE_USER + 2);
    }

    @Test
    void appointmentWithItsPrescriptionsIsOneRead() throws Exception {
        ClinicApi clinic = clinic();
        UUID doctor = clinic.doctor();
        UUID fewPrescriptions = clinic.appointment(clinic.patient(), doctor, FIRST_SLOT.plus(Duration.ofDays(400)), 30);
        clinic.prescription(fewPrescriptions, "Only one");
        UUID manyPrescriptions = clinic.appointment(clinic.patient(), doctor, FIRST_SLOT.plus(Duration.ofDays(401)), 30);
        times(25, i -> clinic.prescription(manyPrescriptions, "Medicine " + i));

        long forOne = sqlStatements.count(() -> mvc.perform(get("/api/appointments/" + fewPrescriptions)).andExpect(status().isOk()));
        long forMany = sqlStatements.count(() -> mvc.perform(get("/api/appointments/" + manyPrescriptions))
                .andExpect(status().isOk()).andExpect(jsonPath("$.prescriptions.length()").value(25)));

        assertThat(forMany).as("the token's user, the appointment with its prescriptions, +1 the access-log insert").isEqualTo(forOne).isEqualTo(CONFIRMING_THE_USER + 2);
    }

    @Test
    void appointmentListPageLoadsAllPrescriptionsOfThePageAtOnce() throws Exception {
        ClinicApi clinic = clinic();
        UUID quietDoctor = clinic.doctor();
        UUID busyDoctor = clinic.doctor();
        UUID patient = clinic.patient();
        for (int i = 0; i < 3; i++) {
            UUID appointment = clinic.appointment(patient, quietDoctor, FIRST_SLOT.plus(Duration.ofHours(i)), 30);
            clinic.prescription(appointment, "Quiet " + i);
        }
        for (int i = 0; i < 30; i++) {
            UUID appointment = clinic.appointment(patient, busyDoctor, FIRST_SLOT.plus(Duration.ofHours(i)), 30);
            clinic.prescription(appointment, "Busy " + i);
            clinic.prescription(appointment, "Busy bis " + i);
        }

        long quiet = statementsForAPage(get("/api/appointments").param("doctorId", quietDoctor.toString()), 2);
        long busy = sqlStatements.count(() -> mvc.perform(get("/api/appointments").param("doctorId", busyDoctor.toString()).param("size", "25"))
                .andExpect(jsonPath("$.content.length()").value(25))
                .andExpect(jsonPath("$.content[24].prescriptions.length()").value(2)));

        assertThat(busy).as("the token's user, page, count, the page's prescriptions, +1 the access-log insert for the whole page")
                .isEqualTo(quiet).isEqualTo(CONFIRMING_THE_USER + 4);
    }

    @Test
    void writingAPrescriptionCostsTheSameWhateverTheAppointmentAlreadyHolds() throws Exception {
        ClinicApi clinic = clinic();
        UUID doctor = clinic.doctor();
        UUID empty = clinic.appointment(clinic.patient(), doctor, FIRST_SLOT.plus(Duration.ofDays(500)), 30);
        UUID full = clinic.appointment(clinic.patient(), doctor, FIRST_SLOT.plus(Duration.ofDays(501)), 30);
        times(30, i -> clinic.prescription(full, "Medicine " + i));

        long first = sqlStatements.count(() -> clinic.prescription(empty, "First"));
        long thirtyFirst = sqlStatements.count(() -> clinic.prescription(full, "Thirty-first"));

        assertThat(thirtyFirst).as("the token's user, load with prescriptions, insert one, bump the appointment's version, +1 the access-log insert")
                .isEqualTo(first).isEqualTo(CONFIRMING_THE_USER + 4);
    }

    @Test
    void bookingCostsTheSameWhateverTheDoctorsDiary() throws Exception {
        ClinicApi clinic = clinic();
        UUID patient = clinic.patient();
        UUID newDoctor = clinic.doctor();
        UUID busyDoctor = clinic.doctor();
        times(40, i -> clinic.appointment(patient, busyDoctor, FIRST_SLOT.plus(Duration.ofDays(600)).plus(Duration.ofHours(i)), 30));

        Instant later = FIRST_SLOT.plus(Duration.ofDays(700));
        long forNewDoctor = sqlStatements.count(() -> clinic.appointment(patient, newDoctor, later, 30));
        long forBusyDoctor = sqlStatements.count(() -> clinic.appointment(patient, busyDoctor, later, 30));

        assertThat(forBusyDoctor)
                .as("the token's user, patient exists, doctor exists, +1 the access-log insert, id is free, insert, event")
                .isEqualTo(forNewDoctor).isEqualTo(CONFIRMING_THE_USER + 6);
    }

    private UUID patientWithAppointments(int appointments, int prescriptionsEach) throws Exception {
        ClinicApi clinic = clinic();
        UUID patient = clinic.patient();
        UUID doctor = clinic.doctor();
        for (int i = 0; i < appointments; i++) {
            UUID appointment = clinic.appointment(patient, doctor, FIRST_SLOT.plus(Duration.ofDays(i)), 30);
            for (int j = 0; j < prescriptionsEach; j++) {
                clinic.prescription(appointment, "Medicine " + j);
            }
        }
        return patient;
    }
}
