package dev.careshop.bootstrap.clinic;

import static dev.careshop.bootstrap.support.SqlStatementCounter.CONFIRMING_THE_USER;
import static dev.careshop.bootstrap.support.Json.postJson;
import static dev.careshop.bootstrap.support.Json.putJson;
import static dev.careshop.bootstrap.support.Json.text;
import static dev.careshop.bootstrap.support.ProblemExpectations.clientErrorProblem;
import static dev.careshop.bootstrap.support.ProblemExpectations.problem;
import static dev.careshop.bootstrap.support.TestData.UNKNOWN_ID;
import static dev.careshop.bootstrap.support.TestData.marker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.Body;
import dev.careshop.bootstrap.support.HttpTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/**
 * End-to-end tests of {@code /api/patients} and {@code /api/patients/{id}/history} against SPEC.md sections 1 and 2.
 * The database is shared with every other test of the run: each test creates its own patients with a unique marker
 * in their names and filters lists by it.
 */
@DisplayName("/api/patients")
class PatientApiTest extends HttpTest {

    private static final String PATIENTS = "/api/patients";

    // ---------------------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("POST /api/patients")
    class Register {

        @Test
        void createsAPatientWithTrimmedNameLowerCasedEmailComputedAgeAndVersion0() throws Exception {
            String marker = marker();
            LocalDate birthDate = today().minusYears(30);
            String body = Body.patient("   Ada " + marker + " Lovelace  ")
                    .str("birthDate", birthDate.toString())
                    .str("gender", "FEMALE")
                    .str("email", "Ada.Lovelace+" + marker + "@Example.ORG")
                    .str("phone", "+44 20 7946 0000")
                    .json();
            Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

            MvcResult created = mvc.perform(postJson(PATIENTS, body))
                    .andExpect(status().isCreated())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                    .andExpect(jsonPath("$.id").isString())
                    .andExpect(jsonPath("$.name").value("Ada " + marker + " Lovelace"))
                    .andExpect(jsonPath("$.birthDate").value(birthDate.toString()))
                    .andExpect(jsonPath("$.age").value(30))
                    .andExpect(jsonPath("$.gender").value("FEMALE"))
                    .andExpect(jsonPath("$.email").value("ada.lovelace+" + marker + "@example.org"))
                    .andExpect(jsonPath("$.phone").value("+44 20 7946 0000"))
                    .andExpect(jsonPath("$.createdAt").isString())
                    .andExpect(jsonPath("$.updatedAt").isString())
                    .andExpect(jsonPath("$.version").value(0))
                    .andReturn();

            String id = text(created, "$.id");
            assertThat(UUID.fromString(id)).isNotNull();
            Instant createdAt = Instant.parse(text(created, "$.createdAt"));
            assertThat(createdAt).isBetween(before, Instant.now().plusSeconds(1));
            assertThat(text(created, "$.createdAt").endsWith("Z")).as("instants are ISO-8601 in UTC").isTrue();
            assertThat(Instant.parse(text(created, "$.updatedAt"))).isEqualTo(createdAt);
            assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith(PATIENTS + "/" + id);
        }

        @Test
        void ageCountsWholeYearsOnly() throws Exception {
            LocalDate birthdayTomorrow = today().minusYears(30).plusDays(1);
            mvc.perform(postJson(PATIENTS, Body.patient("Age " + marker()).str("birthDate", birthdayTomorrow.toString()).json()))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.age").value(29));
        }

        @Test
        void emailAndPhoneAreOptional() throws Exception {
            mvc.perform(postJson(PATIENTS, Body.patient("Optional " + marker()).remove("email").remove("phone").json()))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.email").doesNotExist())
                    .andExpect(jsonPath("$.phone").doesNotExist());
        }

        @ParameterizedTest
        @ValueSource(strings = {"FEMALE", "MALE", "OTHER", "UNKNOWN"})
        void acceptsEveryFhirAdministrativeGender(String gender) throws Exception {
            mvc.perform(postJson(PATIENTS, Body.patient("Gender " + marker()).str("gender", gender).json()))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.gender").value(gender));
        }

        @Test
        void acceptsTheEarliestBirthDate19000101() throws Exception {
            mvc.perform(postJson(PATIENTS, Body.patient("Earliest " + marker()).str("birthDate", "1900-01-01").json()))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.birthDate").value("1900-01-01"))
                    .andExpect(jsonPath("$.age").value(java.time.Period.between(LocalDate.of(1900, 1, 1), today()).getYears()));
        }

        @Test
        void acceptsANameOf100CharactersAndAPhoneOf30() throws Exception {
            String name = ("Max " + marker() + " ").concat("x".repeat(100)).substring(0, 100);
            mvc.perform(postJson(PATIENTS, Body.patient(name).str("phone", "1".repeat(30)).json()))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.name").value(name))
                    .andExpect(jsonPath("$.phone").value("1".repeat(30)));
        }

        @Test
        void doesNotStoreARejectedPatient() throws Exception {
            String marker = marker();
            mvc.perform(postJson(PATIENTS, Body.patient("Rejected " + marker).str("birthDate", "1899-12-31").json()))
                    .andExpect(status().isBadRequest());
            mvc.perform(get(PATIENTS).param("name", marker))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.page.totalElements").value(0));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("PUT /api/patients/{id}")
    class Update {

        /** Keeping the id and createdAt, moving updatedAt and the version, reading back the same: ResourceContractTest. */
        @Test
        void replacesEveryFieldTrimmedTheEmailLowerCasedAndAnOmittedPhoneRemoved() throws Exception {
            String marker = marker();
            UUID id = clinic().patient(Body.patient("Before " + marker).str("email", "before@example.org").str("phone", "1"));

            mvc.perform(putJson(PATIENTS + "/" + id, Body.patient("  After " + marker + " ")
                            .str("birthDate", "1990-06-15").str("gender", "MALE")
                            .str("email", "After-" + marker + "@Example.org").raw("phone", "null").json()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.name").value("After " + marker))
                    .andExpect(jsonPath("$.birthDate").value("1990-06-15"))
                    .andExpect(jsonPath("$.age").value(java.time.Period.between(LocalDate.of(1990, 6, 15), today()).getYears()))
                    .andExpect(jsonPath("$.gender").value("MALE"))
                    .andExpect(jsonPath("$.email").value("after-" + marker + "@example.org"))
                    .andExpect(jsonPath("$.phone").doesNotExist());
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("DELETE /api/patients/{id}")
    class Delete {

        @Test
        void cascadesToAppointmentsAndTheirPrescriptionsButKeepsTheDoctor() throws Exception {
            UUID patient = clinic().patient("Cascade " + marker());
            UUID doctor = clinic().doctor();
            UUID appointment = clinic().appointment(patient, doctor, Instant.parse("2026-03-02T09:00:00Z"), 30);
            UUID prescription = clinic().prescription(appointment, "Amoxicillin");
            mvc.perform(get("/api/appointments/" + appointment))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.prescriptions[*].id", contains(prescription.toString())));

            mvc.perform(delete(PATIENTS + "/" + patient)).andExpect(status().isNoContent());

            mvc.perform(get("/api/appointments/" + appointment))
                    .andExpect(problem(404, "not-found", "/api/appointments/" + appointment));
            mvc.perform(get("/api/appointments").param("patientId", patient.toString()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content", empty()));
            mvc.perform(get(PATIENTS + "/" + patient + "/history"))
                    .andExpect(problem(404, "not-found", PATIENTS + "/" + patient + "/history"));
            mvc.perform(get("/api/doctors/" + doctor))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.id").value(doctor.toString()));
            // The appointment really is gone: the doctor no longer has one, so can now be deleted.
            mvc.perform(delete("/api/doctors/" + doctor)).andExpect(status().isNoContent());
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("GET /api/patients")
    class ListPatients {

        @Test
        void answersAPageWithContentAndPageMetadata() throws Exception {
            String marker = marker();
            for (String name : List.of("Alpha", "Bravo", "Charlie")) {
                clinic().patient("Page " + marker + " " + name);
            }

            mvc.perform(get(PATIENTS).param("name", marker).param("size", "2"))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$.content", hasSize(2)))
                    .andExpect(jsonPath("$.content[0].id").isString())
                    .andExpect(jsonPath("$.content[0].name").value("Page " + marker + " Alpha"))
                    .andExpect(jsonPath("$.content[0].birthDate").value("1985-12-10"))
                    .andExpect(jsonPath("$.content[0].age").isNumber())
                    .andExpect(jsonPath("$.content[0].gender").value("FEMALE"))
                    .andExpect(jsonPath("$.content[0].createdAt").isString())
                    .andExpect(jsonPath("$.content[0].updatedAt").isString())
                    .andExpect(jsonPath("$.content[0].version").value(0))
                    .andExpect(jsonPath("$.page.size").value(2))
                    .andExpect(jsonPath("$.page.number").value(0))
                    .andExpect(jsonPath("$.page.totalElements").value(3))
                    .andExpect(jsonPath("$.page.totalPages").value(2));

            mvc.perform(get(PATIENTS).param("name", marker).param("size", "2").param("page", "1"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].name", contains("Page " + marker + " Charlie")))
                    .andExpect(jsonPath("$.page.size").value(2))
                    .andExpect(jsonPath("$.page.number").value(1))
                    .andExpect(jsonPath("$.page.totalElements").value(3))
                    .andExpect(jsonPath("$.page.totalPages").value(2));
        }

        @Test
        void noMatchIsAnEmptyPage() throws Exception {
            mvc.perform(get(PATIENTS).param("name", "no such patient " + marker()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content", empty()))
                    .andExpect(jsonPath("$.page.totalElements").value(0))
                    .andExpect(jsonPath("$.page.totalPages").value(0));
        }

        @Test
        void filtersByNameContainsIgnoringCase() throws Exception {
            String marker = marker();
            String hit = clinic().patient("Quinn " + marker + " O'Hara").toString();
            clinic().patient("Other " + marker().toUpperCase(Locale.ROOT));

            mvc.perform(get(PATIENTS).param("name", "qUINN " + marker.toUpperCase(Locale.ROOT) + " o'h"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].id", contains(hit)))
                    .andExpect(jsonPath("$.page.totalElements").value(1));
            mvc.perform(get(PATIENTS).param("name", marker.toUpperCase(Locale.ROOT)))
                    .andExpect(jsonPath("$.content[*].id", contains(hit)));
        }

        @Test
        void matchesPercentAndUnderscoreInTheNameFilterLiterally() throws Exception {
            String marker = marker();
            String percent = clinic().patient("Pct " + marker + " 100%").toString();
            clinic().patient("Pct " + marker + " 1000");
            String underscore = clinic().patient("Und " + marker + " a_b").toString();
            clinic().patient("Und " + marker + " axb");
            clinic().patient("Bsl " + marker + " c\\\\d");

            mvc.perform(get(PATIENTS).param("name", marker + " 100%"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].id", contains(percent)));
            mvc.perform(get(PATIENTS).param("name", marker + " a_b"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].id", contains(underscore)));
            mvc.perform(get(PATIENTS).param("name", marker + " %"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content", empty()));
            mvc.perform(get(PATIENTS).param("name", marker + " _"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content", empty()));
            mvc.perform(get(PATIENTS).param("name", marker + " c\\d"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].name", contains("Bsl " + marker + " c\\d")));
        }

        @Test
        void filtersByGender() throws Exception {
            String marker = marker();
            clinic().patient(Body.patient("Gen " + marker + " F").str("gender", "FEMALE"));
            String male = clinic().patient(Body.patient("Gen " + marker + " M").str("gender", "MALE")).toString();
            clinic().patient(Body.patient("Gen " + marker + " O").str("gender", "OTHER"));

            mvc.perform(get(PATIENTS).param("name", marker).param("gender", "MALE"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].id", contains(male)))
                    .andExpect(jsonPath("$.page.totalElements").value(1));
            mvc.perform(get(PATIENTS).param("gender", "UNKNOWN").param("size", "100"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].gender", everyItem(org.hamcrest.Matchers.is("UNKNOWN"))));
        }

        @Test
        void sortsByNameByDefault() throws Exception {
            String marker = marker();
            for (String name : List.of("Mike", "Kilo", "Lima")) {
                clinic().patient("Dflt " + marker + " " + name);
            }
            mvc.perform(get(PATIENTS).param("name", marker))
                    .andExpect(jsonPath("$.content[*].name", contains(names(marker, "Dflt", "Kilo", "Lima", "Mike"))));
        }

        /**
         * Three patients whose order differs for every sort field: created Bravo, Alpha, Charlie (createdAt); born
         * Charlie 1980, Bravo 1990, Alpha 2000 (birthDate); then Charlie and Bravo are updated (updatedAt: Alpha,
         * Charlie, Bravo).
         */
        @ParameterizedTest(name = "sort by {0}")
        @CsvSource({
                "name,      Alpha Bravo Charlie",
                "birthDate, Charlie Bravo Alpha",
                "createdAt, Bravo Alpha Charlie",
                "updatedAt, Alpha Charlie Bravo"})
        void sortsByEveryWhitelistedFieldBothWays(String field, String ascending) throws Exception {
            String marker = marker();
            String bravo = clinic().patient(Body.patient("Srt " + marker + " Bravo").str("birthDate", "1990-01-01")).toString();
            clinic().patient(Body.patient("Srt " + marker + " Alpha").str("birthDate", "2000-01-01"));
            String charlie = clinic().patient(Body.patient("Srt " + marker + " Charlie").str("birthDate", "1980-01-01")).toString();
            mvc.perform(putJson(PATIENTS + "/" + charlie,
                            Body.patient("Srt " + marker + " Charlie").str("birthDate", "1980-01-01").str("phone", "1").json()))
                    .andExpect(status().isOk());
            mvc.perform(putJson(PATIENTS + "/" + bravo,
                            Body.patient("Srt " + marker + " Bravo").str("birthDate", "1990-01-01").str("phone", "2").json()))
                    .andExpect(status().isOk());

            String[] asc = names(marker, "Srt", ascending.split(" "));
            String[] desc = reversed(asc);
            mvc.perform(get(PATIENTS).param("name", marker).param("sort", field))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].name", contains(asc)));
            mvc.perform(get(PATIENTS).param("name", marker).param("sort", field + ",asc"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].name", contains(asc)));
            mvc.perform(get(PATIENTS).param("name", marker).param("sort", field + ",desc"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].name", contains(desc)));
            mvc.perform(get(PATIENTS).param("name", marker).param("sort", field + ",DESC"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].name", contains(desc)));
        }

        @Test
        void sortsBySeveralFieldsGivenAsRepeatedSortParameters() throws Exception {
            String marker = marker();
            clinic().patient(Body.patient("Multi " + marker + " Anna").str("birthDate", "1990-01-01"));
            clinic().patient(Body.patient("Multi " + marker + " Bert").str("birthDate", "1990-01-01"));
            clinic().patient(Body.patient("Multi " + marker + " Cleo").str("birthDate", "1970-01-01"));

            mvc.perform(get(PATIENTS).param("name", marker).param("sort", "birthDate,desc").param("sort", "name,desc"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].name", contains(names(marker, "Multi", "Bert", "Anna", "Cleo"))));
            mvc.perform(get(PATIENTS).param("name", marker).param("sort", "birthDate,desc").param("sort", "name,asc"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].name", contains(names(marker, "Multi", "Anna", "Bert", "Cleo"))));
            mvc.perform(get(PATIENTS).param("name", marker).param("sort", "birthDate").param("sort", "name,desc"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].name", contains(names(marker, "Multi", "Cleo", "Bert", "Anna"))));
        }

        @Test
        void aPageCostsTheSameNumberOfStatementsWhateverItsSize() throws Exception {
            String marker = marker();
            for (int i = 0; i < 6; i++) {
                clinic().patient("Stmt " + marker + " " + i);
            }
            long one = sqlStatements.count(() -> mvc.perform(get(PATIENTS).param("name", marker).param("size", "1"))
                    .andExpect(jsonPath("$.content", hasSize(1))));
            long six = sqlStatements.count(() -> mvc.perform(get(PATIENTS).param("name", marker).param("size", "6"))
                    .andExpect(jsonPath("$.content", hasSize(6))));
            // +1: the access-log insert, one JDBC batch for every patient on the page.
            assertThat(six).isEqualTo(one).isLessThanOrEqualTo(CONFIRMING_THE_USER + 3);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("GET /api/patients/{id}/history")
    class History {

        @Test
        void listsAppointmentsNewestFirstEachWithItsDoctorAndPrescriptions() throws Exception {
            String marker = marker();
            UUID patient = clinic().patient("History " + marker);
            UUID house = clinic().doctor("Gregory House " + marker, "Diagnostics");
            UUID quinn = clinic().doctor("Michaela Quinn " + marker, "Family medicine");
            Instant oldest = Instant.parse("2025-01-10T09:00:00Z");
            // Booked out of chronological order, so "newest first" cannot come from insertion order.
            UUID middle = clinic().appointment(patient, quinn, oldest.plus(30, ChronoUnit.DAYS), 45);
            UUID newest = clinic().appointment(patient, house, oldest.plus(60, ChronoUnit.DAYS), 30);
            UUID first = clinic().appointment(patient, house, oldest, 20);
            UUID amoxicillin = clinic().prescription(first, "Amoxicillin");
            UUID ibuprofen = clinic().prescription(first, "Ibuprofen");
            UUID paracetamol = clinic().prescription(middle, "Paracetamol");

            mvc.perform(get(PATIENTS + "/" + patient + "/history"))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$.patientId").value(patient.toString()))
                    .andExpect(jsonPath("$.patientName").value("History " + marker))
                    .andExpect(jsonPath("$.birthDate").value("1985-12-10"))
                    .andExpect(jsonPath("$.appointments[*].id", contains(newest.toString(), middle.toString(), first.toString())))
                    .andExpect(jsonPath("$.appointments[0].startsAt").value("2025-03-11T09:00:00Z"))
                    .andExpect(jsonPath("$.appointments[0].endsAt").value("2025-03-11T09:30:00Z"))
                    .andExpect(jsonPath("$.appointments[0].durationMinutes").value(30))
                    .andExpect(jsonPath("$.appointments[0].status").value("BOOKED"))
                    .andExpect(jsonPath("$.appointments[0].reason").value("Check-up"))
                    .andExpect(jsonPath("$.appointments[0].doctor.id").value(house.toString()))
                    .andExpect(jsonPath("$.appointments[0].doctor.name").value("Gregory House " + marker))
                    .andExpect(jsonPath("$.appointments[0].doctor.specialization").value("Diagnostics"))
                    .andExpect(jsonPath("$.appointments[0].prescriptions", empty()))
                    .andExpect(jsonPath("$.appointments[1].durationMinutes").value(45))
                    .andExpect(jsonPath("$.appointments[1].doctor.id").value(quinn.toString()))
                    .andExpect(jsonPath("$.appointments[1].doctor.name").value("Michaela Quinn " + marker))
                    .andExpect(jsonPath("$.appointments[1].doctor.specialization").value("Family medicine"))
                    .andExpect(jsonPath("$.appointments[1].prescriptions[*].id", contains(paracetamol.toString())))
                    .andExpect(jsonPath("$.appointments[2].startsAt").value("2025-01-10T09:00:00Z"))
                    .andExpect(jsonPath("$.appointments[2].doctor.id").value(house.toString()))
                    .andExpect(jsonPath("$.appointments[2].prescriptions[*].id", contains(amoxicillin.toString(), ibuprofen.toString())))
                    .andExpect(jsonPath("$.appointments[2].prescriptions[0].medicineName").value("Amoxicillin"))
                    .andExpect(jsonPath("$.appointments[2].prescriptions[0].dosage").value("1 tablet daily"))
                    .andExpect(jsonPath("$.appointments[2].prescriptions[0].instructions").value("With water"))
                    .andExpect(jsonPath("$.appointments[2].prescriptions[0].createdAt").isString())
                    .andExpect(jsonPath("$.appointments[2].prescriptions[1].medicineName").value("Ibuprofen"));
        }

        @Test
        void showsTheCurrentStatusOfEachAppointment() throws Exception {
            UUID patient = clinic().patient("Status " + marker());
            UUID doctor = clinic().doctor();
            UUID cancelled = clinic().appointment(patient, doctor, Instant.parse("2025-05-01T10:00:00Z"), 30);
            clinic().changeStatus(cancelled, "CANCELLED");

            mvc.perform(get(PATIENTS + "/" + patient + "/history"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.appointments[*].id", contains(cancelled.toString())))
                    .andExpect(jsonPath("$.appointments[0].status").value("CANCELLED"));
        }

        @Test
        void isAnEmptyListForAPatientWithoutAppointments() throws Exception {
            String marker = marker();
            UUID patient = clinic().patient("Newcomer " + marker);
            mvc.perform(get(PATIENTS + "/" + patient + "/history"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.patientId").value(patient.toString()))
                    .andExpect(jsonPath("$.patientName").value("Newcomer " + marker))
                    .andExpect(jsonPath("$.appointments").isArray())
                    .andExpect(jsonPath("$.appointments", empty()));
        }

        @Test
        void doesNotShowOtherPatientsAppointments() throws Exception {
            UUID doctor = clinic().doctor();
            UUID mine = clinic().patient("Mine " + marker());
            UUID theirs = clinic().patient("Theirs " + marker());
            UUID myAppointment = clinic().appointment(mine, doctor, Instant.parse("2025-06-01T08:00:00Z"), 30);
            clinic().appointment(theirs, doctor, Instant.parse("2025-06-01T09:00:00Z"), 30);

            mvc.perform(get(PATIENTS + "/" + mine + "/history"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.appointments[*].id", contains(myAppointment.toString())));
        }

        @Test
        void costsOneStatementWhateverTheNumberOfAppointmentsAndPrescriptions() throws Exception {
            UUID empty = clinic().patient("Stmt empty " + marker());
            UUID busy = clinic().patient("Stmt busy " + marker());
            UUID doctor = clinic().doctor();
            for (int day = 0; day < 3; day++) {
                UUID appointment = clinic().appointment(busy, doctor, Instant.parse("2025-09-01T09:00:00Z").plus(day, ChronoUnit.DAYS), 30);
                clinic().prescription(appointment, "Medicine A" + day);
                clinic().prescription(appointment, "Medicine B" + day);
            }

            long forEmpty = sqlStatements.count(() -> mvc.perform(get(PATIENTS + "/" + empty + "/history"))
                    .andExpect(status().isOk()));
            long forBusy = sqlStatements.count(() -> mvc.perform(get(PATIENTS + "/" + busy + "/history"))
                    .andExpect(jsonPath("$.appointments", hasSize(3))));
            // The read plus the access-log insert (+1; see docs/architecture.md).
            assertThat(forBusy).isEqualTo(forEmpty).isEqualTo(CONFIRMING_THE_USER + 2);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("Errors never leak internals")
    class NoLeaks {

        @Test
        void badRequestsAnswerProblemsWithoutExceptionNamesPackagesOrSql() throws Exception {
            String id = clinic().patient().toString();
            List<MvcResult> results = List.of(
                    mvc.perform(postJson(PATIENTS, "{\"name\": ")).andReturn(),
                    mvc.perform(postJson(PATIENTS, "{\"name\": 1, \"x\": 2}")).andReturn(),
                    mvc.perform(postJson(PATIENTS, Body.patient("x").str("birthDate", "tomorrow").json())).andReturn(),
                    mvc.perform(postJson(PATIENTS, Body.patient("x").str("gender", "ALIEN").json())).andReturn(),
                    mvc.perform(postJson(PATIENTS, Body.patient("x").str("birthDate", "1800-01-01").json())).andReturn(),
                    mvc.perform(get(PATIENTS + "/'; select 1; --")).andReturn(),
                    mvc.perform(get(PATIENTS).param("sort", "name; drop table patients")).andReturn(),
                    mvc.perform(get(PATIENTS).param("size", "abc")).andReturn(),
                    mvc.perform(get(PATIENTS).param("gender", "x")).andReturn(),
                    mvc.perform(putJson(PATIENTS + "/" + id, Body.patient("x").json()).header(HttpHeaders.IF_MATCH, "\"zz\"")).andReturn(),
                    mvc.perform(putJson(PATIENTS + "/" + id, Body.patient("x").json()).header(HttpHeaders.IF_MATCH, "\"999\"")).andReturn(),
                    mvc.perform(delete(PATIENTS + "/" + UNKNOWN_ID)).andReturn(),
                    mvc.perform(post(PATIENTS + "/" + id)).andReturn());
            for (MvcResult result : results) {
                clientErrorProblem().match(result);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Helpers

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private static String[] names(String marker, String prefix, String... suffixes) {
        return Arrays.stream(suffixes).map(s -> prefix + " " + marker + " " + s).toArray(String[]::new);
    }

    private static String[] reversed(String[] values) {
        String[] result = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[values.length - 1 - i];
        }
        return result;
    }
}
