package dev.careshop.bootstrap.clinic;

import static dev.careshop.bootstrap.support.SqlStatementCounter.CONFIRMING_THE_USER;
import static dev.careshop.bootstrap.support.Json.body;
import static dev.careshop.bootstrap.support.Json.id;
import static dev.careshop.bootstrap.support.Json.postJson;
import static dev.careshop.bootstrap.support.Json.putJson;
import static dev.careshop.bootstrap.support.Json.read;
import static dev.careshop.bootstrap.support.ProblemExpectations.invalid;
import static dev.careshop.bootstrap.support.ProblemExpectations.noLeak;
import static dev.careshop.bootstrap.support.ProblemExpectations.notFound;
import static dev.careshop.bootstrap.support.ProblemExpectations.problem;
import static dev.careshop.bootstrap.support.TestData.UNKNOWN_ID;
import static dev.careshop.bootstrap.support.TestData.marker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.Auth;
import dev.careshop.bootstrap.support.ClinicApi;
import dev.careshop.bootstrap.support.HttpTest;
import dev.careshop.bootstrap.support.Identities.Identity;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The patient access trail: every read or change of a patient's data, done by a member of staff, leaves exactly one
 * row naming that staff user, the patient, the action, the record concerned and a time within the request; failing
 * requests leave none; and administrators alone read the trail through {@code GET /api/patients/{id}/access-log}.
 * <p>
 * The world (patients, doctors, appointments) is arranged as the default administrator; the access under test is done
 * as a fresh staff user, and rows are read straight from {@code patient_access_log} by that user's id, so the
 * arrangement's own rows never get in the way.
 */
@DisplayName("Patient access trail")
class PatientAccessLogApiTest extends HttpTest {

    private static final Instant FIRST_SLOT = Instant.parse("2032-05-03T08:00:00Z");

    private Identity staff;
    private ClinicApi clinic;
    private UUID patient;
    private UUID doctor;

    /** One row of {@code patient_access_log}. */
    record Row(UUID id, UUID patientId, UUID actorId, String actorUsername, String actorRole, String action,
               UUID resourceId, Instant occurredAt) {
    }

    @BeforeEach
    void arrange() throws Exception {
        staff = identities().staff("audit");
        clinic = clinic();
        patient = clinic.patient();
        doctor = clinic.doctor();
    }

    @Nested
    @DisplayName("records, for each kind of access, one row naming the staff user who called")
    class EachKindOfAccess {

        @Test
        void registeringAPatient() throws Exception {
            Instant before = now();
            UUID registered = id(body(asStaff(postJson("/api/patients", """
                    {"name": "Audited Registration", "birthDate": "1970-01-01", "gender": "OTHER"}
                    """)).andExpect(status().isCreated())));

            assertOneRow(registered, "PATIENT_CREATED", null, before);
        }

        @Test
        void readingAPatient() throws Exception {
            recordsOneRow(get("/api/patients/" + patient), status().isOk(), patient, "PATIENT_READ", null);
        }

        @Test
        void updatingAPatient() throws Exception {
            recordsOneRow(putJson("/api/patients/" + patient, """
                    {"name": "Renamed Patient", "birthDate": "1985-12-10", "gender": "FEMALE"}
                    """), status().isOk(), patient, "PATIENT_UPDATED", null);
        }

        @Test
        void deletingAPatientKeepsTheirWholeTrailReadable() throws Exception {
            recordsOneRow(delete("/api/patients/" + patient), status().isNoContent(), patient, "PATIENT_DELETED", null);
            mvc.perform(get(accessLog(patient)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[0].action").value("PATIENT_DELETED"))
                    .andExpect(jsonPath("$.content[1].action").value("PATIENT_CREATED"))
                    .andExpect(jsonPath("$.page.totalElements").value(2));
        }

        @Test
        void readingAPatientsHistory() throws Exception {
            recordsOneRow(get("/api/patients/" + patient + "/history"), status().isOk(), patient, "HISTORY_READ", null);
        }

        @Test
        void bookingAnAppointment() throws Exception {
            Instant before = now();
            UUID appointment = id(body(asStaff(postJson("/api/appointments", booking(patient, FIRST_SLOT)))
                    .andExpect(status().isCreated())));

            assertOneRow(patient, "APPOINTMENT_BOOKED", appointment, before);
        }

        @Test
        void readingAnAppointment() throws Exception {
            UUID appointment = clinic.appointment(patient, doctor, FIRST_SLOT, 30);

            recordsOneRow(get("/api/appointments/" + appointment), status().isOk(), patient, "APPOINTMENT_READ", appointment);
        }

        @Test
        void changingAnAppointmentsStatus() throws Exception {
            UUID appointment = clinic.appointment(patient, doctor, FIRST_SLOT, 30);

            recordsOneRow(postJson("/api/appointments/" + appointment + "/status", "{\"status\": \"ARRIVED\"}"), status().isOk(),
                    patient, "APPOINTMENT_STATUS_CHANGED", appointment);
        }

        @Test
        void deletingAnAppointment() throws Exception {
            UUID appointment = clinic.appointment(patient, doctor, FIRST_SLOT, 30);

            recordsOneRow(delete("/api/appointments/" + appointment), status().isNoContent(),
                    patient, "APPOINTMENT_DELETED", appointment);
        }

        @Test
        void writingAPrescription() throws Exception {
            UUID appointment = clinic.appointment(patient, doctor, FIRST_SLOT, 30);

            Instant before = now();
            UUID prescription = id(body(asStaff(postJson("/api/appointments/" + appointment + "/prescriptions", """
                    {"medicineName": "Ibuprofen", "dosage": "200 mg"}
                    """)).andExpect(status().isCreated())));

            assertOneRow(patient, "PRESCRIPTION_WRITTEN", prescription, before);
        }

        @Test
        void readingAPrescription() throws Exception {
            UUID appointment = clinic.appointment(patient, doctor, FIRST_SLOT, 30);
            UUID prescription = clinic.prescription(appointment, "Ibuprofen");

            recordsOneRow(get("/api/appointments/" + appointment + "/prescriptions/" + prescription), status().isOk(), patient, "PRESCRIPTION_READ", prescription);
        }

        @Test
        void removingAPrescription() throws Exception {
            UUID appointment = clinic.appointment(patient, doctor, FIRST_SLOT, 30);
            UUID prescription = clinic.prescription(appointment, "Ibuprofen");

            recordsOneRow(delete("/api/appointments/" + appointment + "/prescriptions/" + prescription), status().isNoContent(), patient, "PRESCRIPTION_REMOVED", prescription);
        }

        @Test
        void doctorsAreNotPatientDataAndLeaveNoRow() throws Exception {
            UUID created = id(body(asStaff(postJson("/api/doctors", """
                    {"name": "Dr Audit", "specialization": "Dermatology"}
                    """)).andExpect(status().isCreated())));
            asStaff(get("/api/doctors/" + created)).andExpect(status().isOk());
            asStaff(get("/api/doctors")).andExpect(status().isOk());
            asStaff(delete("/api/doctors/" + created)).andExpect(status().isNoContent());

            assertThat(rowsByStaff()).isEmpty();
        }
    }

    @Nested
    @DisplayName("records a list page as one row per listed record, in one statement")
    class Lists {

        @Test
        void aPatientPageRecordsEachPatientOnThePage() throws Exception {
            String group = "Listed-" + marker();
            List<UUID> listed = List.of(clinic.patient(group + " 1"), clinic.patient(group + " 2"),
                    clinic.patient(group + " 3"), clinic.patient(group + " 4"));

            Instant before = now();
            asStaff(get("/api/patients").param("name", group).param("size", "10"))
                    .andExpect(jsonPath("$.content.length()").value(4));
            Instant after = Instant.now();

            List<Row> rows = rowsByStaff();
            assertThat(rows).extracting(Row::patientId).containsExactlyInAnyOrderElementsOf(listed);
            assertThat(rows).allSatisfy(row -> assertRow(row, row.patientId(), "PATIENT_LISTED", null, before, after));
        }

        @Test
        void aPatientPageOfOneAndOfFortyCostTheSameStatements() throws Exception {
            String group = "Counted-" + marker();
            for (int i = 0; i < 40; i++) {
                clinic.patient(group + " " + i);
            }

            long one = sqlStatements.count(() -> asStaff(get("/api/patients").param("name", group).param("size", "1"))
                    .andExpect(jsonPath("$.content.length()").value(1)));
            long forty = sqlStatements.count(() -> asStaff(get("/api/patients").param("name", group).param("size", "40"))
                    .andExpect(jsonPath("$.content.length()").value(40)));

            assertThat(forty).as("the token's user, page, count, and one access-log insert for the whole page").isEqualTo(one).isEqualTo(CONFIRMING_THE_USER + 3);
            assertThat(rowsByStaff()).hasSize(41);
        }

        @Test
        void anAppointmentPageRecordsEachAppointmentForItsPatient() throws Exception {
            UUID otherPatient = clinic.patient();
            UUID first = clinic.appointment(patient, doctor, FIRST_SLOT, 30);
            UUID second = clinic.appointment(otherPatient, doctor, FIRST_SLOT.plus(Duration.ofHours(1)), 30);
            UUID third = clinic.appointment(patient, doctor, FIRST_SLOT.plus(Duration.ofHours(2)), 30);

            Instant before = now();
            long statements = sqlStatements.count(() -> asStaff(get("/api/appointments").param("doctorId", doctor.toString()).param("size", "3"))
                    .andExpect(jsonPath("$.content.length()").value(3)));
            Instant after = Instant.now();

            assertThat(statements).as("the token's user, page, count, the page's prescriptions, one access-log insert").isEqualTo(CONFIRMING_THE_USER + 4);
            List<Row> rows = rowsByStaff();
            assertThat(rows).extracting(Row::resourceId).containsExactlyInAnyOrder(first, second, third);
            assertThat(rows).allSatisfy(row -> assertRow(row, row.resourceId().equals(second) ? otherPatient : patient,
                    "APPOINTMENT_LISTED", row.resourceId(), before, after));
        }

        @Test
        void anEmptyPageRecordsNothing() throws Exception {
            long statements = sqlStatements.count(() -> asStaff(get("/api/patients").param("name", "Nobody-" + marker()))
                    .andExpect(jsonPath("$.content.length()").value(0)));

            assertThat(statements).as("the token's user, the page only: an empty first page needs no count and no insert").isEqualTo(CONFIRMING_THE_USER + 1);
            assertThat(rowsByStaff()).isEmpty();
        }
    }

    @Nested
    @DisplayName("records nothing for a request that fails")
    class Failures {

        @Test
        void notFound404() throws Exception {
            UUID appointment = clinic.appointment(patient, doctor, FIRST_SLOT, 30);

            asStaff(get("/api/patients/" + UNKNOWN_ID)).andExpect(notFound());
            asStaff(get("/api/patients/" + UNKNOWN_ID + "/history")).andExpect(notFound());
            asStaff(delete("/api/patients/" + UNKNOWN_ID)).andExpect(notFound());
            asStaff(get("/api/appointments/" + UNKNOWN_ID)).andExpect(notFound());
            asStaff(delete("/api/appointments/" + UNKNOWN_ID)).andExpect(notFound());
            asStaff(get("/api/appointments/" + appointment + "/prescriptions/" + UNKNOWN_ID)).andExpect(notFound());
            asStaff(delete("/api/appointments/" + appointment + "/prescriptions/" + UNKNOWN_ID)).andExpect(notFound());

            assertThat(rowsByStaff()).isEmpty();
        }

        @Test
        void conflict409AndPreconditionFailed412() throws Exception {
            UUID appointment = clinic.appointment(patient, doctor, FIRST_SLOT, 30);
            clinic.changeStatus(appointment, "CANCELLED");

            asStaff(postJson("/api/appointments/" + appointment + "/status", "{\"status\": \"FULFILLED\"}"))
                    .andExpect(status().isConflict());
            asStaff(postJson("/api/appointments/" + appointment + "/prescriptions", """
                    {"medicineName": "Ibuprofen", "dosage": "200 mg"}
                    """)).andExpect(status().isConflict());
            asStaff(putJson("/api/patients/" + patient, """
                    {"name": "Renamed Patient", "birthDate": "1985-12-10", "gender": "FEMALE"}
                    """).header("If-Match", "\"999\"")).andExpect(status().isPreconditionFailed());

            assertThat(rowsByStaff()).isEmpty();
        }

        @Test
        void invalid400AndUnprocessable422() throws Exception {
            asStaff(putJson("/api/patients/" + patient, "{\"name\": \"\", \"birthDate\": \"1985-12-10\", \"gender\": \"FEMALE\"}"))
                    .andExpect(invalid("name"));
            asStaff(get("/api/patients").param("size", "1000")).andExpect(status().isBadRequest());
            asStaff(get("/api/appointments").param("sort", "secret")).andExpect(status().isBadRequest());
            asStaff(postJson("/api/appointments", """
                    {"patientId": "%s", "doctorId": "%s", "startsAt": "%s"}
                    """.formatted(patient, UNKNOWN_ID, FIRST_SLOT))).andExpect(status().is(422));

            assertThat(rowsByStaff()).isEmpty();
        }

        @Test
        void aUseCaseThatFailsAfterRecordingRollsItsRowBack() throws Exception {
            clinic.appointment(clinic.patient(), doctor, FIRST_SLOT, 30);
            long booked = sqlStatements.count(() -> asStaff(postJson("/api/appointments",
                    booking(patient, FIRST_SLOT.plus(Duration.ofDays(1))))).andExpect(status().isCreated()));
            jdbc.update("DELETE FROM patient_access_log WHERE actor_id = ?", staff.id());

            // Booking records APPOINTMENT_BOOKED before the appointment's INSERT, which the doctor's exclusion
            // constraint refuses: the same statements run as for a booking that succeeds, the audit insert among them,
            // up to the refused INSERT (a booking that succeeds then writes its event to the outbox)...
            long refused = sqlStatements.count(() -> asStaff(postJson("/api/appointments", booking(patient, FIRST_SLOT)))
                    .andExpect(status().isConflict()));

            assertThat(booked).as("the token's user, patient, doctor, access-log insert, id free, insert, event")
                    .isEqualTo(CONFIRMING_THE_USER + 6);
            assertThat(refused).as("the same but the event").isEqualTo(CONFIRMING_THE_USER + 5);
            // ...and the 409 rolled the inserted row back with the booking.
            assertThat(rowsByStaff()).isEmpty();
        }
    }

    @Nested
    @DisplayName("GET /api/patients/{id}/access-log")
    class Endpoint {

        @Test
        void answersEveryFieldNewestFirstAndPaged() throws Exception {
            UUID appointment = clinic.appointment(patient, doctor, FIRST_SLOT, 30);
            asStaff(get("/api/patients/" + patient)).andExpect(status().isOk());
            asStaff(get("/api/appointments/" + appointment)).andExpect(status().isOk());
            asStaff(get("/api/patients/" + patient + "/history")).andExpect(status().isOk());
            Row history = rowsByStaff().get(2);

            // Arranged as the administrator: PATIENT_CREATED, APPOINTMENT_BOOKED; then the staff's three reads.
            String first = body(mvc.perform(get(accessLog(patient)).param("size", "2"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.page.size").value(2))
                    .andExpect(jsonPath("$.page.number").value(0))
                    .andExpect(jsonPath("$.page.totalElements").value(5))
                    .andExpect(jsonPath("$.page.totalPages").value(3))
                    .andExpect(jsonPath("$.content[0].id").value(history.id().toString()))
                    .andExpect(jsonPath("$.content[0].patientId").value(patient.toString()))
                    .andExpect(jsonPath("$.content[0].actorId").value(staff.id().toString()))
                    .andExpect(jsonPath("$.content[0].actorUsername").value(staff.username()))
                    .andExpect(jsonPath("$.content[0].actorRole").value("STAFF"))
                    .andExpect(jsonPath("$.content[0].action").value("HISTORY_READ"))
                    .andExpect(jsonPath("$.content[0].resourceId").isEmpty())
                    .andExpect(jsonPath("$.content[0].occurredAt").value(history.occurredAt().toString()))
                    .andExpect(jsonPath("$.content[1].action").value("APPOINTMENT_READ"))
                    .andExpect(jsonPath("$.content[1].resourceId").value(appointment.toString())));
            assertThat((Map<String, Object>) read(first, "$.content[0]")).containsOnlyKeys("id", "patientId", "actorId",
                    "actorUsername", "actorRole", "action", "resourceId", "occurredAt");

            mvc.perform(get(accessLog(patient)).param("size", "2").param("page", "2"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content.length()").value(1))
                    .andExpect(jsonPath("$.content[0].action").value("PATIENT_CREATED"))
                    .andExpect(jsonPath("$.content[0].actorUsername").value(Auth.ADMIN_USERNAME))
                    .andExpect(jsonPath("$.content[0].actorRole").value("ADMIN"));
            mvc.perform(get(accessLog(patient)).param("page", "9"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content.length()").value(0))
                    .andExpect(jsonPath("$.page.totalElements").value(5));
        }

        @Test
        void entriesOfTheSameInstantAreOrderedByIdDescending() throws Exception {
            for (int i = 0; i < 3; i++) {
                jdbc.update("""
                        INSERT INTO patient_access_log (id, patient_id, actor_id, actor_username, actor_role, action, occurred_at)
                        VALUES (?, ?, ?, 'someone', 'STAFF', 'PATIENT_READ', '2031-01-01T00:00:00Z')""",
                        UUID.fromString("0196a3c5-0000-7000-8000-00000000000" + i), patient, staff.id());
            }

            mvc.perform(get(accessLog(patient)).param("size", "3"))
                    .andExpect(jsonPath("$.content[0].id").value("0196a3c5-0000-7000-8000-000000000002"))
                    .andExpect(jsonPath("$.content[1].id").value("0196a3c5-0000-7000-8000-000000000001"))
                    .andExpect(jsonPath("$.content[2].id").value("0196a3c5-0000-7000-8000-000000000000"));
        }

        @Test
        void aPageCostsTheSameStatementsWhateverTheTrailHolds() throws Exception {
            UUID busy = clinic.patient();
            for (int i = 0; i < 30; i++) {
                asStaff(get("/api/patients/" + busy)).andExpect(status().isOk());
            }

            long small = sqlStatements.count(() -> mvc.perform(get(accessLog(patient)).param("size", "1"))
                    .andExpect(jsonPath("$.content.length()").value(1)));
            long large = sqlStatements.count(() -> mvc.perform(get(accessLog(busy)).param("size", "25"))
                    .andExpect(jsonPath("$.content.length()").value(25)));

            assertThat(large).as("the token's user, page and count").isEqualTo(small).isEqualTo(CONFIRMING_THE_USER + 2);
        }

        @Test
        void readingTheTrailIsNotItselfRecorded() throws Exception {
            Integer before = jdbc.queryForObject("SELECT count(*) FROM patient_access_log WHERE patient_id = ?",
                    Integer.class, patient);

            mvc.perform(get(accessLog(patient))).andExpect(status().isOk());

            assertThat(jdbc.queryForObject("SELECT count(*) FROM patient_access_log WHERE patient_id = ?",
                    Integer.class, patient)).isEqualTo(before);
        }

        @Test
        void anUnknownPatientWithoutATrailIs404() throws Exception {
            mvc.perform(get(accessLog(UUID.fromString(UNKNOWN_ID)))).andExpect(notFound());
        }

        @Test
        void aPatientWhoExistsButWasNeverAccessedIsAnEmptyPage() throws Exception {
            jdbc.update("DELETE FROM patient_access_log WHERE patient_id = ?", patient);

            mvc.perform(get(accessLog(patient)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content.length()").value(0))
                    .andExpect(jsonPath("$.page.totalElements").value(0));
        }

        @Test
        void isForAdministratorsOnly() throws Exception {
            Identity customer = identities().customer("audit");

            asStaff(get(accessLog(patient))).andExpect(problem(403, "forbidden"));
            mvc.perform(get(accessLog(patient)).with(Auth.as(customer.token()))).andExpect(problem(403, "forbidden"));
            mvc.perform(get(accessLog(patient)).with(Auth.anonymous()))
                    .andExpect(problem(401, "unauthorized"))
                    .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")));
            Identity otherAdmin = identities().admin("audit");
            mvc.perform(get(accessLog(patient)).with(Auth.as(otherAdmin.token()))).andExpect(status().isOk());
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** Staff's {@code request} answers as {@code expected} and leaves one row: {@code action} on {@code patientId}, about {@code resourceId}. */
    private void recordsOneRow(MockHttpServletRequestBuilder request, ResultMatcher expected, UUID patientId, String action,
                               UUID resourceId) throws Exception {
        Instant before = now();
        asStaff(request).andExpect(expected);
        assertOneRow(patientId, action, resourceId, before);
    }

    private ResultActions asStaff(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(Auth.as(staff.token()))).andExpect(noLeak());
    }

    private static String accessLog(UUID patientId) {
        return "/api/patients/" + patientId + "/access-log";
    }

    private String booking(UUID patientId, Instant startsAt) {
        return """
                {"patientId": "%s", "doctorId": "%s", "startsAt": "%s", "durationMinutes": 30}
                """.formatted(patientId, doctor, startsAt);
    }

    /** The service's clock ticks in microseconds, so an entry's time is never before the request's start truncated so. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** The rows the staff user's requests wrote, oldest first. */
    private List<Row> rowsByStaff() {
        return jdbc.query("""
                        SELECT id, patient_id, actor_id, actor_username, actor_role, action, resource_id, occurred_at
                        FROM patient_access_log WHERE actor_id = ? ORDER BY occurred_at, id""",
                (rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                        rs.getObject("actor_id", UUID.class), rs.getString("actor_username"), rs.getString("actor_role"),
                        rs.getString("action"), rs.getObject("resource_id", UUID.class),
                        rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant()),
                staff.id());
    }

    private void assertOneRow(UUID patientId, String action, UUID resourceId, Instant before) {
        Instant after = Instant.now();
        List<Row> rows = rowsByStaff();
        assertThat(rows).as("rows written by the staff user's request").hasSize(1);
        assertRow(rows.get(0), patientId, action, resourceId, before, after);
    }

    private void assertRow(Row row, UUID patientId, String action, UUID resourceId, Instant before, Instant after) {
        assertThat(row.patientId()).as("patient").isEqualTo(patientId);
        assertThat(row.actorId()).as("actor").isEqualTo(staff.id());
        assertThat(row.actorUsername()).as("actor's username").isEqualTo(staff.username());
        assertThat(row.actorRole()).as("actor's role").isEqualTo("STAFF");
        assertThat(row.action()).as("action").isEqualTo(action);
        assertThat(row.resourceId()).as("resource").isEqualTo(resourceId);
        assertThat(row.occurredAt()).as("time").isBetween(before, after);
    }
}
