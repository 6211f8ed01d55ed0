package dev.careshop.bootstrap.clinic;

import static dev.careshop.bootstrap.support.SqlStatementCounter.CONFIRMING_THE_USER;
import static dev.careshop.bootstrap.support.Json.postJson;
import static dev.careshop.bootstrap.support.Json.putJson;
import static dev.careshop.bootstrap.support.Json.text;
import static dev.careshop.bootstrap.support.ProblemExpectations.clientErrorProblem;
import static dev.careshop.bootstrap.support.ProblemExpectations.conflict;
import static dev.careshop.bootstrap.support.ProblemExpectations.problem;
import static dev.careshop.bootstrap.support.TestData.UNKNOWN_ID;
import static dev.careshop.bootstrap.support.TestData.marker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.Body;
import dev.careshop.bootstrap.support.HttpTest;
import dev.careshop.bootstrap.support.ListOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/**
 * End-to-end tests of {@code /api/doctors} against SPEC.md sections 1 and 2. The database is shared with every other
 * test of the run: each test creates its own doctors with a unique marker in their names, specializations and
 * e-mails, and looks only at those.
 */
@DisplayName("/api/doctors")
class DoctorApiTest extends HttpTest {

    private static final String DOCTORS = "/api/doctors";

    // ---------------------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("POST /api/doctors")
    class Register {

        @Test
        void createsADoctorWithTrimmedFieldsLowerCasedEmailAndVersion0() throws Exception {
            String marker = marker();
            Instant before = Instant.now().minusSeconds(1);
            MvcResult created = mvc.perform(postJson(DOCTORS, Body.doctor("  Gregory House " + marker + "  ", " Diagnostics ")
                            .str("email", "House." + marker + "@Example.ORG").json()))
                    .andExpect(status().isCreated())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                    .andExpect(jsonPath("$.id").isString())
                    .andExpect(jsonPath("$.name").value("Gregory House " + marker))
                    .andExpect(jsonPath("$.specialization").value("Diagnostics"))
                    .andExpect(jsonPath("$.email").value("house." + marker + "@example.org"))
                    .andExpect(jsonPath("$.createdAt").isString())
                    .andExpect(jsonPath("$.updatedAt").isString())
                    .andExpect(jsonPath("$.version").value(0))
                    .andReturn();

            String id = text(created, "$.id");
            assertThat(UUID.fromString(id)).isNotNull();
            Instant createdAt = Instant.parse(text(created, "$.createdAt"));
            assertThat(createdAt).isBetween(before, Instant.now().plusSeconds(1));
            assertThat(text(created, "$.createdAt")).as("instants are ISO-8601 in UTC").endsWith("Z");
            assertThat(Instant.parse(text(created, "$.updatedAt"))).isEqualTo(createdAt);
            assertThat(created.getResponse().getHeader(HttpHeaders.LOCATION)).endsWith(DOCTORS + "/" + id);
        }

        @Test
        void emailIsOptionalAndManyDoctorsMayHaveNone() throws Exception {
            for (int i = 0; i < 2; i++) {
                mvc.perform(postJson(DOCTORS, Body.doctor("No mail " + marker(), "Surgery").json()))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.email").doesNotExist());
                mvc.perform(postJson(DOCTORS, Body.doctor("No mail " + marker(), "Surgery").remove("email").json()))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.email").doesNotExist());
            }
        }

        @Test
        void acceptsNameAndSpecializationOf100Characters() throws Exception {
            String name = ("Max " + marker() + " ").concat("n".repeat(100)).substring(0, 100);
            String specialization = "s".repeat(100);
            mvc.perform(postJson(DOCTORS, Body.doctor(name, specialization).json()))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.name").value(name))
                    .andExpect(jsonPath("$.specialization").value(specialization));
        }

        @Test
        void refusesAnEmailAnotherDoctorHasIgnoringCaseWith409() throws Exception {
            String marker = marker();
            mvc.perform(postJson(DOCTORS, Body.doctor("First " + marker, "Oncology").str("email", "A" + marker + "@x.org").json()))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.email").value("a" + marker + "@x.org"));

            mvc.perform(postJson(DOCTORS, Body.doctor("Second " + marker, "Oncology")
                            .str("email", "a" + marker.toUpperCase(Locale.ROOT) + "@X.org").json()))
                    .andExpect(conflict(DOCTORS, "email"));

            // The refused doctor was not stored.
            mvc.perform(get(DOCTORS).param("specialization", "Oncology").param("size", "100").param("sort", "createdAt,desc"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].name", not(hasItem("Second " + marker))));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("PUT /api/doctors/{id}")
    class Update {

        /** Keeping the id and createdAt, moving updatedAt and the version, reading back the same: ResourceContractTest. */
        @Test
        void replacesEveryFieldTrimmedAndTheEmailLowerCased() throws Exception {
            String marker = marker();
            UUID id = clinic().doctor(Body.doctor("Before " + marker, "Pediatrics").str("email", "before-" + marker + "@example.org"));

            mvc.perform(putJson(DOCTORS + "/" + id, Body.doctor(" After " + marker + " ", " Geriatrics ")
                            .str("email", "After-" + marker + "@Example.org").json()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.name").value("After " + marker))
                    .andExpect(jsonPath("$.specialization").value("Geriatrics"))
                    .andExpect(jsonPath("$.email").value("after-" + marker + "@example.org"));
        }

        @Test
        void refusesAnEmailAnotherDoctorHasIgnoringCaseWith409AndChangesNothingButKeepsItsOwnInAnotherCase() throws Exception {
            String marker = marker();
            clinic().doctor(Body.doctor("Holder " + marker, "Oncology").str("email", "A" + marker + "@x.org"));
            UUID other = clinic().doctor(Body.doctor("Other " + marker, "Oncology").str("email", "other-" + marker + "@x.org"));

            mvc.perform(putJson(DOCTORS + "/" + other, Body.doctor("Other " + marker, "Oncology")
                            .str("email", "a" + marker.toUpperCase(Locale.ROOT) + "@X.org").json()))
                    .andExpect(conflict(DOCTORS + "/" + other, "email"));
            mvc.perform(get(DOCTORS + "/" + other))
                    .andExpect(jsonPath("$.email").value("other-" + marker + "@x.org"))
                    .andExpect(jsonPath("$.version").value(0));

            mvc.perform(putJson(DOCTORS + "/" + other,
                            Body.doctor("Other " + marker, "Oncology").str("email", "OTHER-" + marker + "@X.ORG").json()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.email").value("other-" + marker + "@x.org"))
                    .andExpect(jsonPath("$.version").value(1));
        }

        @Test
        void anEmailGivenUpCanBeTakenByAnotherDoctor() throws Exception {
            String marker = marker();
            String email = "moving-" + marker + "@x.org";
            String first = clinic().doctor(Body.doctor("Leaving " + marker, "Oncology").str("email", email)).toString();
            mvc.perform(putJson(DOCTORS + "/" + first, Body.doctor("Leaving " + marker, "Oncology").json()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.email").doesNotExist());
            mvc.perform(postJson(DOCTORS, Body.doctor("Arriving " + marker, "Oncology").str("email", email).json()))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.email").value(email));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("DELETE /api/doctors/{id}")
    class Delete {

        @Test
        void refusesToDeleteADoctorWithAnAppointmentWith409AndKeepsTheDoctor() throws Exception {
            UUID doctor = clinic().doctor("Busy " + marker(), "Cardiology");
            UUID patient = clinic().patient();
            UUID appointment = clinic().appointment(patient, doctor, Instant.parse("2026-02-02T10:00:00Z"), 30);

            mvc.perform(delete(DOCTORS + "/" + doctor))
                    .andExpect(problem(409, "conflict", DOCTORS + "/" + doctor));

            mvc.perform(get(DOCTORS + "/" + doctor))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.id").value(doctor.toString()))
                    .andExpect(jsonPath("$.version").value(0));
            mvc.perform(get("/api/appointments/" + appointment))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.doctorId").value(doctor.toString()));
        }

        @Test
        void refusesToDeleteADoctorWhoseOnlyAppointmentIsCancelled() throws Exception {
            UUID doctor = clinic().doctor();
            UUID appointment = clinic().appointment(clinic().patient(), doctor, Instant.parse("2026-02-03T10:00:00Z"), 30);
            clinic().changeStatus(appointment, "CANCELLED");

            mvc.perform(delete(DOCTORS + "/" + doctor))
                    .andExpect(problem(409, "conflict", DOCTORS + "/" + doctor));
            mvc.perform(get(DOCTORS + "/" + doctor)).andExpect(status().isOk());
        }

        @Test
        void deletesTheDoctorOnceTheAppointmentsAreGone() throws Exception {
            UUID doctor = clinic().doctor();
            UUID appointment = clinic().appointment(clinic().patient(), doctor, Instant.parse("2026-02-04T10:00:00Z"), 30);
            mvc.perform(delete(DOCTORS + "/" + doctor)).andExpect(status().isConflict());

            mvc.perform(delete("/api/appointments/" + appointment)).andExpect(status().isNoContent());
            mvc.perform(delete(DOCTORS + "/" + doctor)).andExpect(status().isNoContent());
            mvc.perform(get(DOCTORS + "/" + doctor)).andExpect(status().isNotFound());
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("GET /api/doctors")
    class ListDoctors {

        @Test
        void answersAPageWithContentAndPageMetadata() throws Exception {
            String specialization = "Shape " + marker();
            for (String name : List.of("Alpha", "Bravo", "Charlie")) {
                clinic().doctor("Doc " + name + " " + specialization, specialization);
            }

            mvc.perform(get(DOCTORS).param("specialization", specialization).param("size", "2"))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$.content", hasSize(2)))
                    .andExpect(jsonPath("$.content[0].id").isString())
                    .andExpect(jsonPath("$.content[0].name").value("Doc Alpha " + specialization))
                    .andExpect(jsonPath("$.content[0].specialization").value(specialization))
                    .andExpect(jsonPath("$.content[0].createdAt").isString())
                    .andExpect(jsonPath("$.content[0].updatedAt").isString())
                    .andExpect(jsonPath("$.content[0].version").value(0))
                    .andExpect(jsonPath("$.page.size").value(2))
                    .andExpect(jsonPath("$.page.number").value(0))
                    .andExpect(jsonPath("$.page.totalElements").value(3))
                    .andExpect(jsonPath("$.page.totalPages").value(2));

            mvc.perform(get(DOCTORS).param("specialization", specialization).param("size", "2").param("page", "1"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].name", contains("Doc Charlie " + specialization)))
                    .andExpect(jsonPath("$.page.number").value(1))
                    .andExpect(jsonPath("$.page.totalElements").value(3))
                    .andExpect(jsonPath("$.page.totalPages").value(2));
        }

        @Test
        void filtersByExactSpecializationIgnoringCase() throws Exception {
            String marker = marker();
            String cardio1 = clinic().doctor("Heart One " + marker, "Cardiology " + marker).toString();
            String cardio2 = clinic().doctor("Heart Two " + marker, "cardiology " + marker).toString();
            String pediatric = clinic().doctor("Child " + marker, "Pediatric Cardiology " + marker).toString();

            mvc.perform(get(DOCTORS).param("specialization", "CARDIOLOGY " + marker.toUpperCase(Locale.ROOT)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].id", containsInAnyOrder(cardio1, cardio2)))
                    .andExpect(jsonPath("$.page.totalElements").value(2));
            // Exact, not "contains": neither a part nor a longer specialization matches.
            mvc.perform(get(DOCTORS).param("specialization", "Cardiology").param("size", "100"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].id", not(hasItem(cardio1))))
                    .andExpect(jsonPath("$.content[*].id", not(hasItem(pediatric))));
            mvc.perform(get(DOCTORS).param("specialization", marker))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content", empty()));
            mvc.perform(get(DOCTORS).param("specialization", "Pediatric cardiology " + marker))
                    .andExpect(jsonPath("$.content[*].id", contains(pediatric)));
        }

        @Test
        void matchesWildcardsInTheSpecializationLiterally() throws Exception {
            String marker = marker();
            String literal = clinic().doctor("Wild " + marker, "Spec_" + marker + "%").toString();
            clinic().doctor("Tame " + marker, "SpecX" + marker + "X");
            mvc.perform(get(DOCTORS).param("specialization", "Spec_" + marker + "%"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].id", contains(literal)));
        }

        @Test
        void sortsByNameByDefault() throws Exception {
            String specialization = "Dflt " + marker();
            for (String name : List.of("Mike", "Kilo", "Lima")) {
                clinic().doctor(name + " " + specialization, specialization);
            }
            mvc.perform(get(DOCTORS).param("specialization", specialization))
                    .andExpect(jsonPath("$.content[*].name", contains(
                            "Kilo " + specialization, "Lima " + specialization, "Mike " + specialization)));
        }

        /**
         * Three doctors whose order differs for every sort field: created Bravo, Alpha, Charlie (createdAt);
         * specializations Charlie 1, Bravo 2, Alpha 3; then Charlie and Bravo are updated (updatedAt: Alpha, Charlie,
         * Bravo). The specialization filter is exact, so the whole list is walked and only these three are kept.
         */
        @ParameterizedTest(name = "sort by {0}")
        @CsvSource({
                "name,           Alpha Bravo Charlie",
                "specialization, Charlie Bravo Alpha",
                "createdAt,      Bravo Alpha Charlie",
                "updatedAt,      Alpha Charlie Bravo"})
        void sortsByEveryWhitelistedFieldBothWays(String field, String ascending) throws Exception {
            String marker = marker();
            Map<String, String> ids = new LinkedHashMap<>();
            ids.put("Bravo", clinic().doctor("Srt " + marker + " Bravo", "Spec " + marker + " 2").toString());
            ids.put("Alpha", clinic().doctor("Srt " + marker + " Alpha", "Spec " + marker + " 3").toString());
            ids.put("Charlie", clinic().doctor("Srt " + marker + " Charlie", "Spec " + marker + " 1").toString());
            mvc.perform(putJson(DOCTORS + "/" + ids.get("Charlie"),
                            Body.doctor("Srt " + marker + " Charlie", "Spec " + marker + " 1").str("email", "c-" + marker + "@x.org").json()))
                    .andExpect(status().isOk());
            mvc.perform(putJson(DOCTORS + "/" + ids.get("Bravo"),
                            Body.doctor("Srt " + marker + " Bravo", "Spec " + marker + " 2").str("email", "b-" + marker + "@x.org").json()))
                    .andExpect(status().isOk());

            List<String> asc = Arrays.stream(ascending.split(" ")).map(ids::get).toList();
            List<String> desc = new ArrayList<>(asc);
            java.util.Collections.reverse(desc);
            Set<String> mine = Set.copyOf(ids.values());

            assertThat(idsInListOrder(mine, field)).as("sort=%s", field).containsExactlyElementsOf(asc);
            assertThat(idsInListOrder(mine, field + ",asc")).as("sort=%s,asc", field).containsExactlyElementsOf(asc);
            assertThat(idsInListOrder(mine, field + ",desc")).as("sort=%s,desc", field).containsExactlyElementsOf(desc);
            assertThat(idsInListOrder(mine, field + ",DESC")).as("sort=%s,DESC", field).containsExactlyElementsOf(desc);
        }

        @Test
        void sortsBySeveralFieldsGivenAsRepeatedSortParameters() throws Exception {
            String marker = marker();
            String zed = clinic().doctor("Zed " + marker, "Two " + marker + " A").toString();
            String amy = clinic().doctor("Amy " + marker, "Two " + marker + " A").toString();
            String max = clinic().doctor("Max " + marker, "Two " + marker + " B").toString();
            Set<String> mine = Set.of(zed, amy, max);

            assertThat(idsInListOrder(mine, "specialization,asc", "name,desc")).containsExactly(zed, amy, max);
            assertThat(idsInListOrder(mine, "specialization,asc", "name,asc")).containsExactly(amy, zed, max);
            assertThat(idsInListOrder(mine, "specialization,desc", "name")).containsExactly(max, amy, zed);
            // Within one specialization (the filter), the second key decides.
            mvc.perform(get(DOCTORS).param("specialization", "Two " + marker + " A")
                            .param("sort", "specialization,desc").param("sort", "name,desc"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.content[*].id", contains(zed, amy)));
        }

        @Test
        void aPageCostsTheSameNumberOfStatementsWhateverItsSize() throws Exception {
            String specialization = "Stmt " + marker();
            for (int i = 0; i < 6; i++) {
                clinic().doctor("Doc " + i + " " + specialization, specialization);
            }
            long one = sqlStatements.count(() -> mvc.perform(get(DOCTORS).param("specialization", specialization).param("size", "1"))
                    .andExpect(jsonPath("$.content", hasSize(1))));
            long six = sqlStatements.count(() -> mvc.perform(get(DOCTORS).param("specialization", specialization).param("size", "6"))
                    .andExpect(jsonPath("$.content", hasSize(6))));
            assertThat(six).isEqualTo(one).isLessThanOrEqualTo(CONFIRMING_THE_USER + 2);
        }

        /** Walks every page of the whole list in the given order and answers the ids of {@code mine}, in list order. */
        private List<String> idsInListOrder(Set<String> mine, String... sort) throws Exception {
            return ListOrder.idsInListOrder(mvc, DOCTORS, mine, sort);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    @Nested
    @DisplayName("Errors never leak internals")
    class NoLeaks {

        @Test
        void badRequestsAnswerProblemsWithoutExceptionNamesPackagesOrSql() throws Exception {
            String marker = marker();
            String id = clinic().doctor(Body.doctor("Leak " + marker, "Pathology")
                    .str("email", "leak-" + marker + "@x.org")).toString();
            UUID busy = clinic().doctor();
            clinic().appointment(clinic().patient(), busy, Instant.parse("2026-04-01T10:00:00Z"), 30);
            List<MvcResult> results = List.of(
                    mvc.perform(postJson(DOCTORS, "{\"name\": ")).andReturn(),
                    mvc.perform(postJson(DOCTORS, "{\"name\": {}, \"x\": 2}")).andReturn(),
                    mvc.perform(postJson(DOCTORS,
                            Body.doctor("Dup " + marker, "Pathology").str("email", "LEAK-" + marker + "@X.org").json())).andReturn(),
                    mvc.perform(putJson(DOCTORS + "/" + id, Body.doctor("x", "y").json()).header(HttpHeaders.IF_MATCH, "\"7\"")).andReturn(),
                    mvc.perform(putJson(DOCTORS + "/" + id, Body.doctor("x", "y").json()).header(HttpHeaders.IF_MATCH, "bogus")).andReturn(),
                    mvc.perform(delete(DOCTORS + "/" + busy)).andReturn(),
                    mvc.perform(get(DOCTORS + "/'; select 1; --")).andReturn(),
                    mvc.perform(get(DOCTORS).param("sort", "name; drop table doctors")).andReturn(),
                    mvc.perform(get(DOCTORS).param("page", "x")).andReturn(),
                    mvc.perform(get(DOCTORS + "/" + UNKNOWN_ID)).andReturn(),
                    mvc.perform(post(DOCTORS + "/" + id)).andReturn());
            for (MvcResult result : results) {
                clientErrorProblem().match(result);
            }
        }
    }
}
