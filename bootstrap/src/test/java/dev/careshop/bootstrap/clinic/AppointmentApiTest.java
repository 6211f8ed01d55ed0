package dev.careshop.bootstrap.clinic;

import static dev.careshop.bootstrap.support.Json.body;
import static dev.careshop.bootstrap.support.Json.id;
import static dev.careshop.bootstrap.support.Json.instant;
import static dev.careshop.bootstrap.support.Json.postJson;
import static dev.careshop.bootstrap.support.Json.read;
import static dev.careshop.bootstrap.support.Json.version;
import static dev.careshop.bootstrap.support.ProblemExpectations.conflict;
import static dev.careshop.bootstrap.support.ProblemExpectations.noLeak;
import static dev.careshop.bootstrap.support.ProblemExpectations.notFound;
import static dev.careshop.bootstrap.support.ProblemExpectations.problem;
import static dev.careshop.bootstrap.support.TestData.chars;
import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.HOURS;
import static java.time.temporal.ChronoUnit.MINUTES;
import static java.time.temporal.ChronoUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.HttpTest;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The appointment resource end to end: booking, validation, double booking, status transitions, listing and deletion.
 * The database is shared by every test of the run, so each test books with fresh patients and doctors, in a week of
 * its own (far from the other test classes' years).
 */
class AppointmentApiTest extends HttpTest {

    private static final String PATH = "/api/appointments";
    private static final Instant BASE = Instant.parse("2031-01-06T00:00:00Z");
    private static final AtomicInteger WEEKS = new AtomicInteger();

    /** Midnight UTC of a week that no other test of this class uses. */
    private static Instant freshWeek() {
        return BASE.plus(7L * WEEKS.getAndIncrement(), DAYS);
    }

    private ResultActions call(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(noLeak());
    }

    private static String booking(UUID patientId, UUID doctorId, Instant startsAt, int minutes) {
        return """
                {"patientId": "%s", "doctorId": "%s", "startsAt": "%s", "durationMinutes": %d, "reason": "Check-up"}
                """.formatted(patientId, doctorId, startsAt, minutes);
    }

    private ResultActions tryBook(UUID patientId, UUID doctorId, Instant startsAt, int minutes) throws Exception {
        return call(postJson(PATH, booking(patientId, doctorId, startsAt, minutes)));
    }

    /** Books and answers the created appointment's JSON. */
    private String book(UUID patientId, UUID doctorId, Instant startsAt, int minutes) throws Exception {
        return body(tryBook(patientId, doctorId, startsAt, minutes).andExpect(status().isCreated()));
    }

    private ResultActions changeStatus(UUID id, String status) throws Exception {
        return call(postJson(PATH + "/" + id + "/status", "{\"status\": \"" + status + "\"}"));
    }

    private String fetch(UUID id) throws Exception {
        return body(call(get(PATH + "/" + id)).andExpect(status().isOk()));
    }

    /** Walks an appointment along {@code path} ("ARRIVED>FULFILLED"; empty = stay BOOKED). */
    private void walk(UUID id, String path) throws Exception {
        for (String step : steps(path)) {
            changeStatus(id, step).andExpect(status().isOk()).andExpect(jsonPath("$.status").value(step));
        }
    }

    private static List<String> steps(String path) {
        return path == null || path.isBlank() ? List.of() : Arrays.asList(path.split(">"));
    }

    private String list(String query) throws Exception {
        return body(call(get(PATH + "?" + query)).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)));
    }

    private static String[] ids(UUID... ids) {
        return Arrays.stream(ids).map(UUID::toString).toArray(String[]::new);
    }

    @Nested
    class Book {

        @Test
        void answers201WithAFollowableLocationAnETagAndTheBookedAppointment() throws Exception {
            UUID patient = clinic().patient();
            UUID doctor = clinic().doctor();
            Instant startsAt = freshWeek().plus(9, HOURS);

            MvcResult result = call(postJson(PATH, """
                    {"patientId": "%s", "doctorId": "%s", "startsAt": "%s", "durationMinutes": 45, "reason": "Persistent cough"}
                    """.formatted(patient, doctor, startsAt)))
                    .andExpect(status().isCreated())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(header().exists(HttpHeaders.LOCATION))
                    .andExpect(header().exists(HttpHeaders.ETAG))
                    .andExpect(jsonPath("$.id").isString())
                    .andExpect(jsonPath("$.patientId").value(patient.toString()))
                    .andExpect(jsonPath("$.doctorId").value(doctor.toString()))
                    .andExpect(jsonPath("$.durationMinutes").value(45))
                    .andExpect(jsonPath("$.reason").value("Persistent cough"))
                    .andExpect(jsonPath("$.status").value("BOOKED"))
                    .andExpect(jsonPath("$.prescriptions", empty()))
                    .andExpect(jsonPath("$.createdAt").isString())
                    .andExpect(jsonPath("$.updatedAt").isString())
                    .andExpect(jsonPath("$.version").isNumber())
                    .andReturn();
            String json = body(result);
            UUID id = id(json);
            String location = result.getResponse().getHeader(HttpHeaders.LOCATION);
            String etag = result.getResponse().getHeader(HttpHeaders.ETAG);

            assertThat(location).endsWith("/api/appointments/" + id);
            assertThat(etag).isEqualTo("\"" + version(json) + "\"");
            assertThat(instant(json, "$.startsAt")).isEqualTo(startsAt);
            assertThat(instant(json, "$.endsAt")).isEqualTo(startsAt.plus(45, MINUTES));
            assertThat(instant(json, "$.createdAt")).isEqualTo(instant(json, "$.updatedAt"));

            String followed = body(call(get(URI.create(location)))
                    .andExpect(status().isOk())
                    .andExpect(header().string(HttpHeaders.ETAG, etag)));
            assertThat((Map<String, Object>) read(followed, "$")).isEqualTo(read(json, "$"));
        }

        @Test
        void durationDefaultsTo30MinutesAndReasonIsOptional() throws Exception {
            UUID patient = clinic().patient();
            UUID doctor = clinic().doctor();
            Instant startsAt = freshWeek().plus(10, HOURS);

            String json = body(call(postJson(PATH, """
                    {"patientId": "%s", "doctorId": "%s", "startsAt": "%s"}
                    """.formatted(patient, doctor, startsAt)))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.durationMinutes").value(30))
                    .andExpect(jsonPath("$.status").value("BOOKED")));

            assertThat(instant(json, "$.endsAt")).isEqualTo(startsAt.plus(30, MINUTES));
            assertThat(((Map<?, ?>) read(json, "$")).get("reason")).isNull();
            assertThat(instant(fetch(id(json)), "$.endsAt")).isEqualTo(startsAt.plus(30, MINUTES));
        }

        @Test
        void reasonIsTrimmedAndMayHave500Characters() throws Exception {
            UUID patient = clinic().patient();
            UUID doctor = clinic().doctor();
            Instant week = freshWeek();

            call(postJson(PATH, """
                    {"patientId": "%s", "doctorId": "%s", "startsAt": "%s", "reason": "  Sore throat  "}
                    """.formatted(patient, doctor, week.plus(9, HOURS))))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.reason").value("Sore throat"));
            call(postJson(PATH, """
                    {"patientId": "%s", "doctorId": "%s", "startsAt": "%s", "reason": "%s"}
                    """.formatted(patient, doctor, week.plus(10, HOURS), chars(500))))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.reason").value(chars(500)));
        }

        @ParameterizedTest(name = "durationMinutes {0}")
        @ValueSource(ints = {5, 480})
        void acceptsTheBoundaryDurations(int minutes) throws Exception {
            Instant startsAt = freshWeek().plus(8, HOURS);
            String json = body(tryBook(clinic().patient(), clinic().doctor(), startsAt, minutes)
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.durationMinutes").value(minutes)));
            assertThat(instant(json, "$.endsAt")).isEqualTo(startsAt.plus(minutes, MINUTES));
        }

        @Test
        void aPatientMaySeeTwoDoctorsOnTheSameDayAndADoctorMayBeBookedByTwoPatientsAtDifferentTimes() throws Exception {
            UUID patient = clinic().patient();
            UUID otherPatient = clinic().patient();
            UUID doctor = clinic().doctor();
            UUID otherDoctor = clinic().doctor();
            Instant week = freshWeek();

            clinic().appointment(patient, doctor, week.plus(9, HOURS), 30);
            clinic().appointment(patient, otherDoctor, week.plus(11, HOURS), 30);
            clinic().appointment(otherPatient, doctor, week.plus(13, HOURS), 30);
        }
    }

    @Nested
    class BookMissingReference {

        @Test
        void anUnknownPatientIs422OnPatientId() throws Exception {
            UUID doctor = clinic().doctor();
            tryBook(UUID.randomUUID(), doctor, freshWeek().plus(9, HOURS), 30)
                    .andExpect(problem(422, "missing-reference"))
                    .andExpect(jsonPath("$.errors[0].field").value("patientId"));
        }

        @Test
        void anUnknownDoctorIs422OnDoctorId() throws Exception {
            UUID patient = clinic().patient();
            tryBook(patient, UUID.randomUUID(), freshWeek().plus(9, HOURS), 30)
                    .andExpect(problem(422, "missing-reference"))
                    .andExpect(jsonPath("$.errors[0].field").value("doctorId"));
        }

        @Test
        void aDeletedPatientIs422() throws Exception {
            UUID patient = clinic().patient();
            UUID doctor = clinic().doctor();
            call(delete("/api/patients/" + patient)).andExpect(status().isNoContent());

            tryBook(patient, doctor, freshWeek().plus(9, HOURS), 30)
                    .andExpect(problem(422, "missing-reference"))
                    .andExpect(jsonPath("$.errors[0].field").value("patientId"));
        }

        @Test
        void aDeletedDoctorIs422() throws Exception {
            UUID patient = clinic().patient();
            UUID doctor = clinic().doctor();
            call(delete("/api/doctors/" + doctor)).andExpect(status().isNoContent());

            tryBook(patient, doctor, freshWeek().plus(9, HOURS), 30)
                    .andExpect(problem(422, "missing-reference"))
                    .andExpect(jsonPath("$.errors[0].field").value("doctorId"));
        }
    }

    @Nested
    class DoubleBooking {

        /** Offsets (minutes from 09:00) and durations that overlap an existing 09:00–09:30 appointment. */
        @ParameterizedTest(name = "09:00{0}min for {1}min")
        @CsvSource({
                "0, 30",     // identical
                "+15, 30",   // partial overlap at the end
                "-15, 30",   // partial overlap at the start
                "+29, 30",   // one minute of overlap at the end
                "-29, 30",   // one minute of overlap at the start
                "+10, 10",   // contained
                "0, 5",      // same start, shorter
                "-60, 240",  // containing
                "0, 480"     // same start, longer
        })
        void anOverlappingSlotOfTheSameDoctorIs409(String offset, int minutes) throws Exception {
            UUID doctor = clinic().doctor();
            Instant nine = freshWeek().plus(9, HOURS);
            UUID first = clinic().appointment(clinic().patient(), doctor, nine, 30);

            tryBook(clinic().patient(), doctor, nine.plus(Integer.parseInt(offset.replace("+", "")), MINUTES), minutes)
                    .andExpect(conflict());

            String listed = list("doctorId=" + doctor);
            assertThat((Integer) read(listed, "$.page.totalElements")).isEqualTo(1);
            assertThat((String) read(listed, "$.content[0].id")).isEqualTo(first.toString());
        }

        @Test
        void theSamePatientCannotDoubleBookTheSameDoctorEither() throws Exception {
            UUID patient = clinic().patient();
            UUID doctor = clinic().doctor();
            Instant nine = freshWeek().plus(9, HOURS);
            clinic().appointment(patient, doctor, nine, 30);

            tryBook(patient, doctor, nine, 30).andExpect(conflict());
        }

        @Test
        void backToBackSlotsAreFine() throws Exception {
            UUID doctor = clinic().doctor();
            Instant nine = freshWeek().plus(9, HOURS);
            UUID middle = clinic().appointment(clinic().patient(), doctor, nine, 30);
            UUID after = clinic().appointment(clinic().patient(), doctor, nine.plus(30, MINUTES), 30);
            UUID before = clinic().appointment(clinic().patient(), doctor, nine.minus(30, MINUTES), 30);

            call(get(PATH + "?doctorId=" + doctor + "&sort=startsAt,asc"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].id", contains(ids(before, middle, after))));
        }

        @Test
        void anotherDoctorAtTheSameTimeIsFine() throws Exception {
            Instant nine = freshWeek().plus(9, HOURS);
            clinic().appointment(clinic().patient(), clinic().doctor(), nine, 30);
            clinic().appointment(clinic().patient(), clinic().doctor(), nine, 30);
        }

        @Test
        void aCancelledAppointmentFreesItsSlot() throws Exception {
            UUID doctor = clinic().doctor();
            Instant nine = freshWeek().plus(9, HOURS);
            UUID cancelled = clinic().appointment(clinic().patient(), doctor, nine, 30);
            tryBook(clinic().patient(), doctor, nine, 30).andExpect(conflict());

            clinic().changeStatus(cancelled, "CANCELLED");
            UUID rebooked = clinic().appointment(clinic().patient(), doctor, nine, 30);
            UUID overlapping = clinic().appointment(clinic().patient(), doctor, nine.minus(15, MINUTES), 15);

            call(get(PATH + "?doctorId=" + doctor))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.page.totalElements").value(3))
                    .andExpect(jsonPath("$.content[*].id", containsInAnyOrder(ids(cancelled, rebooked, overlapping))));
            call(get(PATH + "/" + cancelled)).andExpect(jsonPath("$.status").value("CANCELLED"));
            // and the new booking blocks the slot in turn
            tryBook(clinic().patient(), doctor, nine.plus(10, MINUTES), 30).andExpect(conflict());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"ARRIVED", "ARRIVED>FULFILLED", "NOSHOW"})
        void onlyCancelledFreesTheSlot(String path) throws Exception {
            UUID doctor = clinic().doctor();
            Instant nine = freshWeek().plus(9, HOURS);
            UUID first = clinic().appointment(clinic().patient(), doctor, nine, 30);
            walk(first, path);

            tryBook(clinic().patient(), doctor, nine, 30).andExpect(conflict());
            tryBook(clinic().patient(), doctor, nine.plus(15, MINUTES), 30).andExpect(conflict());
            assertThat((Integer) read(list("doctorId=" + doctor), "$.page.totalElements")).isEqualTo(1);
        }
    }

    @Nested
    class StatusTransitions {

        @ParameterizedTest(name = "BOOKED>{0}")
        @ValueSource(strings = {"ARRIVED", "ARRIVED>FULFILLED", "CANCELLED", "ARRIVED>CANCELLED", "NOSHOW"})
        void everyAllowedTransitionAnswers200WithTheNewStatusAndAHigherVersion(String path) throws Exception {
            String booked = book(clinic().patient(), clinic().doctor(), freshWeek().plus(9, HOURS), 30);
            UUID id = id(booked);
            long version = version(booked);
            Instant updatedAt = instant(booked, "$.updatedAt");

            for (String target : steps(path)) {
                MvcResult result = changeStatus(id, target)
                        .andExpect(status().isOk())
                        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                        .andExpect(jsonPath("$.id").value(id.toString()))
                        .andExpect(jsonPath("$.status").value(target))
                        .andReturn();
                String json = body(result);
                assertThat(version(json)).isGreaterThan(version);
                assertThat(result.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo("\"" + version(json) + "\"");
                assertThat(instant(json, "$.updatedAt")).isAfterOrEqualTo(updatedAt);
                assertThat(instant(json, "$.createdAt")).isEqualTo(instant(booked, "$.createdAt"));
                assertThat(instant(json, "$.startsAt")).isEqualTo(instant(booked, "$.startsAt"));
                version = version(json);
                updatedAt = instant(json, "$.updatedAt");
            }

            String current = fetch(id);
            assertThat((String) read(current, "$.status")).isEqualTo(steps(path).get(steps(path).size() - 1));
            assertThat(version(current)).isEqualTo(version);
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
                "ARRIVED>FULFILLED, BOOKED",
                "ARRIVED>FULFILLED, ARRIVED",
                "ARRIVED>FULFILLED, CANCELLED",
                "ARRIVED>FULFILLED, FULFILLED",
                "CANCELLED, ARRIVED",
                "CANCELLED, BOOKED",
                "CANCELLED, CANCELLED",
                "'', FULFILLED",
                "'', BOOKED",
                "NOSHOW, ARRIVED",
                "NOSHOW, CANCELLED",
                "NOSHOW, BOOKED",
                "ARRIVED, BOOKED",
                "ARRIVED, ARRIVED",
                "ARRIVED, NOSHOW"
        })
        void aRefusedTransitionIs409AndChangesNothing(String path, String target) throws Exception {
            UUID id = clinic().appointment(clinic().patient(), clinic().doctor(), freshWeek().plus(9, HOURS), 30);
            walk(id, path);
            String before = fetch(id);

            changeStatus(id, target).andExpect(conflict());

            String after = fetch(id);
            assertThat((String) read(after, "$.status")).isEqualTo(read(before, "$.status"));
            assertThat(version(after)).isEqualTo(version(before));
            assertThat((String) read(after, "$.updatedAt")).isEqualTo(read(before, "$.updatedAt"));
        }

        @Test
        void anUnknownAppointmentIs404() throws Exception {
            UUID unknown = UUID.randomUUID();
            changeStatus(unknown, "ARRIVED")
                    .andExpect(notFound())
                    .andExpect(jsonPath("$.instance").value(PATH + "/" + unknown + "/status"));
        }
    }

    @Nested
    class Read {

        @Test
        void answersTheAppointmentWithItsPrescriptionsAndETag() throws Exception {
            UUID id = clinic().appointment(clinic().patient(), clinic().doctor(), freshWeek().plus(9, HOURS), 30);
            UUID first = clinic().prescription(id, "Amoxicillin");
            UUID second = clinic().prescription(id, "Ibuprofen");

            MvcResult result = call(get(PATH + "/" + id))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.prescriptions", hasSize(2)))
                    .andExpect(jsonPath("$.prescriptions[*].id", contains(ids(first, second))))
                    .andExpect(jsonPath("$.prescriptions[*].medicineName", contains("Amoxicillin", "Ibuprofen")))
                    .andReturn();
            String etag = result.getResponse().getHeader(HttpHeaders.ETAG);
            assertThat(etag).isEqualTo("\"" + version(body(result)) + "\"");

            call(get(PATH + "/" + id).header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isNotModified());
        }

        @Test
        void costsTheSameNumberOfStatementsWhateverTheNumberOfPrescriptions() throws Exception {
            Instant week = freshWeek();
            UUID bare = clinic().appointment(clinic().patient(), clinic().doctor(), week.plus(9, HOURS), 30);
            UUID busy = clinic().appointment(clinic().patient(), clinic().doctor(), week.plus(9, HOURS), 30);
            for (int i = 0; i < 5; i++) {
                clinic().prescription(busy, "Medicine " + i);
            }

            long forBare = sqlStatements.count(() -> call(get(PATH + "/" + bare)).andExpect(status().isOk()));
            long forBusy = sqlStatements.count(() -> call(get(PATH + "/" + busy))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.prescriptions", hasSize(5))));
            assertThat(forBusy).isEqualTo(forBare);
        }
    }

    @Nested
    class ListAppointments {

        @Test
        void filtersByPatientDoctorStatusAndStartTimeAndCombinesThem() throws Exception {
            UUID p1 = clinic().patient();
            UUID p2 = clinic().patient();
            UUID d1 = clinic().doctor();
            UUID d2 = clinic().doctor();
            Instant week = freshWeek();
            Instant t1 = week.plus(9, HOURS);
            Instant t2 = week.plus(1, DAYS).plus(9, HOURS);
            Instant t3 = week.plus(2, DAYS).plus(9, HOURS);
            Instant t4 = week.plus(3, DAYS).plus(9, HOURS);
            UUID a1 = clinic().appointment(p1, d1, t1, 30);
            UUID a2 = clinic().appointment(p1, d2, t2, 30);
            UUID a3 = clinic().appointment(p2, d1, t3, 30);
            UUID a4 = clinic().appointment(p2, d2, t4, 30);
            clinic().changeStatus(a3, "ARRIVED");
            clinic().changeStatus(a4, "CANCELLED");

            expectIds("patientId=" + p1, a2, a1);
            expectIds("patientId=" + p2, a4, a3);
            expectIds("doctorId=" + d1, a3, a1);
            expectIds("doctorId=" + d2, a4, a2);
            expectIds("doctorId=" + d1 + "&status=ARRIVED", a3);
            expectIds("doctorId=" + d1 + "&status=BOOKED", a1);
            expectIds("patientId=" + p2 + "&status=CANCELLED", a4);
            expectIds("patientId=" + p1 + "&status=CANCELLED");
            expectIds("patientId=" + p1 + "&doctorId=" + d2, a2);
            expectIds("patientId=" + p1 + "&doctorId=" + d1 + "&status=NOSHOW");
            // the week is this test's own: from/to alone see exactly its four appointments
            expectIds("from=" + week + "&to=" + week.plus(7, DAYS), a4, a3, a2, a1);
            // from is inclusive, to exclusive
            expectIds("from=" + t2 + "&to=" + t4, a3, a2);
            expectIds("from=" + t2.plus(1, SECONDS) + "&to=" + t4.plus(1, SECONDS), a4, a3);
            expectIds("from=" + t4, a4);
            expectIds("doctorId=" + d1 + "&to=" + t3, a1);
            expectIds("doctorId=" + d1 + "&from=" + t1.plus(1, SECONDS), a3);
            // everything combined
            expectIds("patientId=" + p2 + "&doctorId=" + d1 + "&status=ARRIVED&from=" + t1 + "&to=" + t4, a3);
            expectIds("patientId=" + p2 + "&doctorId=" + d1 + "&status=ARRIVED&from=" + t4 + "&to=" + t4.plus(1, DAYS));
            // a filter that matches nobody
            expectIds("patientId=" + UUID.randomUUID());
        }

        private void expectIds(String query, UUID... expected) throws Exception {
            call(get(PATH + "?" + query))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.page.totalElements").value(expected.length))
                    .andExpect(expected.length == 0
                            ? jsonPath("$.content", empty())
                            : jsonPath("$.content[*].id", contains(ids(expected))));
        }

        @Test
        void defaultOrderIsStartsAtDescending() throws Exception {
            UUID doctor = clinic().doctor();
            UUID patient = clinic().patient();
            Instant week = freshWeek();
            UUID wednesday = clinic().appointment(patient, doctor, week.plus(2, DAYS).plus(9, HOURS), 30);
            UUID monday = clinic().appointment(patient, doctor, week.plus(9, HOURS), 30);
            UUID friday = clinic().appointment(patient, doctor, week.plus(4, DAYS).plus(9, HOURS), 30);
            UUID tuesday = clinic().appointment(patient, doctor, week.plus(1, DAYS).plus(9, HOURS), 30);

            expectIds("doctorId=" + doctor, friday, wednesday, tuesday, monday);
        }

        @ParameterizedTest(name = "sort={0}")
        @CsvSource({
                // created in the order c0, c1, c2, c3; see sortWorld
                "'startsAt,asc', 'c1,c3,c0,c2'",
                "'startsAt,desc', 'c2,c0,c3,c1'",
                "'createdAt,asc', 'c0,c1,c2,c3'",
                "'createdAt,desc', 'c3,c2,c1,c0'",
                "'updatedAt,asc', 'c0,c1,c3,c2'",
                "'updatedAt,desc', 'c2,c3,c1,c0'",
                "'status,asc', 'c1,c0,c3,c2'",
                "'status,desc', 'c2,c3,c0,c1'",
                "'startsAt', 'c1,c3,c0,c2'"
        })
        void sortsByEveryWhitelistedField(String sort, String expectedOrder) throws Exception {
            UUID doctor = clinic().doctor();
            UUID patient = clinic().patient();
            Instant day = freshWeek();
            // starts at 11:00, 09:00, 12:00, 10:00
            UUID c0 = clinic().appointment(patient, doctor, day.plus(11, HOURS), 30);
            UUID c1 = clinic().appointment(patient, doctor, day.plus(9, HOURS), 30);
            UUID c2 = clinic().appointment(patient, doctor, day.plus(12, HOURS), 30);
            UUID c3 = clinic().appointment(patient, doctor, day.plus(10, HOURS), 30);
            // updated in the order c1, c3, c2; c0 stays BOOKED
            clinic().changeStatus(c1, "ARRIVED");
            clinic().changeStatus(c3, "CANCELLED");
            clinic().changeStatus(c2, "NOSHOW");
            Map<String, UUID> byName = Map.of("c0", c0, "c1", c1, "c2", c2, "c3", c3);
            UUID[] expected = Arrays.stream(expectedOrder.split(",")).map(byName::get).toArray(UUID[]::new);

            expectIds("doctorId=" + doctor + "&sort=" + sort, expected);
        }

        @Test
        void sortDirectionAndSecondaryKeysCombine() throws Exception {
            UUID doctor = clinic().doctor();
            UUID patient = clinic().patient();
            Instant day = freshWeek();
            UUID late = clinic().appointment(patient, doctor, day.plus(15, HOURS), 30);
            UUID early = clinic().appointment(patient, doctor, day.plus(8, HOURS), 30);
            UUID middle = clinic().appointment(patient, doctor, day.plus(12, HOURS), 30);
            clinic().changeStatus(middle, "ARRIVED");

            // ARRIVED first, then the two BOOKED by start descending
            expectIds("doctorId=" + doctor + "&sort=status,asc&sort=startsAt,desc", middle, late, early);
        }

        @Test
        void pagesCarryTheirMetadata() throws Exception {
            UUID doctor = clinic().doctor();
            UUID patient = clinic().patient();
            Instant week = freshWeek();
            UUID[] byStart = new UUID[5];
            for (int i = 0; i < 5; i++) {
                byStart[i] = clinic().appointment(patient, doctor, week.plus(i, DAYS).plus(9, HOURS), 30);
            }
            String base = "doctorId=" + doctor + "&sort=startsAt,asc";

            call(get(PATH + "?" + base + "&size=2"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].id", contains(ids(byStart[0], byStart[1]))))
                    .andExpect(jsonPath("$.page.size").value(2))
                    .andExpect(jsonPath("$.page.number").value(0))
                    .andExpect(jsonPath("$.page.totalElements").value(5))
                    .andExpect(jsonPath("$.page.totalPages").value(3));
            call(get(PATH + "?" + base + "&size=2&page=1"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].id", contains(ids(byStart[2], byStart[3]))))
                    .andExpect(jsonPath("$.page.number").value(1))
                    .andExpect(jsonPath("$.page.totalPages").value(3));
            call(get(PATH + "?" + base + "&size=2&page=2"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].id", contains(ids(byStart[4]))))
                    .andExpect(jsonPath("$.page.number").value(2));
            call(get(PATH + "?" + base + "&size=2&page=3"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content", empty()))
                    .andExpect(jsonPath("$.page.number").value(3))
                    .andExpect(jsonPath("$.page.totalElements").value(5));
            // defaults: page 0, size 20; the cap 100 is accepted
            call(get(PATH + "?doctorId=" + doctor))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content", hasSize(5)))
                    .andExpect(jsonPath("$.page.size").value(20))
                    .andExpect(jsonPath("$.page.number").value(0))
                    .andExpect(jsonPath("$.page.totalPages").value(1));
            call(get(PATH + "?doctorId=" + doctor + "&size=100"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.page.size").value(100));
        }

        @Test
        void everyItemCarriesItsPrescriptions() throws Exception {
            UUID doctor = clinic().doctor();
            UUID patient = clinic().patient();
            Instant week = freshWeek();
            UUID none = clinic().appointment(patient, doctor, week.plus(9, HOURS), 30);
            UUID one = clinic().appointment(patient, doctor, week.plus(10, HOURS), 30);
            UUID two = clinic().appointment(patient, doctor, week.plus(11, HOURS), 30);
            UUID p1 = clinic().prescription(one, "Paracetamol");
            UUID p2 = clinic().prescription(two, "Amoxicillin");
            UUID p3 = clinic().prescription(two, "Ibuprofen");

            call(get(PATH + "?doctorId=" + doctor + "&sort=startsAt,asc"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].id", contains(ids(none, one, two))))
                    .andExpect(jsonPath("$.content[0].prescriptions", empty()))
                    .andExpect(jsonPath("$.content[1].prescriptions[*].id", contains(ids(p1))))
                    .andExpect(jsonPath("$.content[1].prescriptions[0].medicineName").value("Paracetamol"))
                    .andExpect(jsonPath("$.content[1].prescriptions[0].dosage").value("1 tablet daily"))
                    .andExpect(jsonPath("$.content[2].prescriptions[*].id", contains(ids(p2, p3))))
                    .andExpect(jsonPath("$.content[2].prescriptions[*].medicineName", contains("Amoxicillin", "Ibuprofen")));
        }

        @Test
        void aPageCostsTheSameNumberOfStatementsWhateverItHolds() throws Exception {
            Instant week = freshWeek();
            UUID quietDoctor = clinic().doctor();
            clinic().appointment(clinic().patient(), quietDoctor, week.plus(9, HOURS), 30);
            UUID busyDoctor = clinic().doctor();
            for (int i = 0; i < 6; i++) {
                UUID appointment = clinic().appointment(clinic().patient(), busyDoctor, week.plus(i, DAYS).plus(10, HOURS), 30);
                clinic().prescription(appointment, "Medicine A" + i);
                clinic().prescription(appointment, "Medicine B" + i);
            }

            long quiet = sqlStatements.count(() -> call(get(PATH + "?doctorId=" + quietDoctor)).andExpect(status().isOk()));
            long busy = sqlStatements.count(() -> call(get(PATH + "?doctorId=" + busyDoctor))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.content", hasSize(6))));
            assertThat(busy).isEqualTo(quiet);
        }
    }

    @Nested
    class Delete {

        @Test
        void answers204AndTheAppointmentAndItsPrescriptionsAreGone() throws Exception {
            UUID patient = clinic().patient();
            UUID doctor = clinic().doctor();
            Instant nine = freshWeek().plus(9, HOURS);
            UUID id = clinic().appointment(patient, doctor, nine, 30);
            UUID prescription = clinic().prescription(id, "Amoxicillin");

            call(delete(PATH + "/" + id))
                    .andExpect(status().isNoContent())
                    .andExpect(content().string(""));

            call(get(PATH + "/" + id)).andExpect(notFound());
            call(get(PATH + "/" + id + "/prescriptions/" + prescription)).andExpect(notFound());
            assertThat((Integer) read(list("doctorId=" + doctor), "$.page.totalElements")).isZero();
            call(get("/api/patients/" + patient + "/history"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.appointments", empty()));
            // the slot is free again
            clinic().appointment(patient, doctor, nine, 30);
        }

        @Test
        void deletesOnlyThatAppointment() throws Exception {
            UUID patient = clinic().patient();
            UUID doctor = clinic().doctor();
            Instant week = freshWeek();
            UUID gone = clinic().appointment(patient, doctor, week.plus(9, HOURS), 30);
            UUID kept = clinic().appointment(patient, doctor, week.plus(10, HOURS), 30);
            UUID keptPrescription = clinic().prescription(kept, "Ibuprofen");

            call(delete(PATH + "/" + gone)).andExpect(status().isNoContent());

            expectOnly(doctor, kept);
            call(get(PATH + "/" + kept + "/prescriptions/" + keptPrescription)).andExpect(status().isOk());
        }

        private void expectOnly(UUID doctor, UUID id) throws Exception {
            call(get(PATH + "?doctorId=" + doctor))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].id", contains(id.toString())));
        }

        @Test
        void aDoctorWhoseOnlyAppointmentWasDeletedCanBeDeleted() throws Exception {
            UUID doctor = clinic().doctor();
            UUID id = clinic().appointment(clinic().patient(), doctor, freshWeek().plus(9, HOURS), 30);

            call(delete("/api/doctors/" + doctor)).andExpect(conflict());
            call(get("/api/doctors/" + doctor)).andExpect(status().isOk());
            call(get(PATH + "/" + id)).andExpect(status().isOk());

            call(delete(PATH + "/" + id)).andExpect(status().isNoContent());
            call(delete("/api/doctors/" + doctor)).andExpect(status().isNoContent());
            call(get("/api/doctors/" + doctor)).andExpect(notFound());
        }
    }

    @Test
    void endsAtFollowsTheDurationInTheList() throws Exception {
        UUID doctor = clinic().doctor();
        Instant start = freshWeek().plus(14, HOURS).plus(10, MINUTES);
        clinic().appointment(clinic().patient(), doctor, start, 75);

        String listed = list("doctorId=" + doctor);
        assertThat(instant(listed, "$.content[0].startsAt")).isEqualTo(start);
        assertThat(instant(listed, "$.content[0].endsAt")).isEqualTo(start.plus(75, MINUTES));
        assertThat((Integer) read(listed, "$.content[0].durationMinutes")).isEqualTo(75);
    }
}
