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
import static dev.careshop.bootstrap.support.TestData.chars;
import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.HOURS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.HttpTest;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;

/** Prescriptions, written and removed through their appointment, end to end. */
class PrescriptionApiTest extends HttpTest {

    private static final Instant BASE = Instant.parse("2035-02-05T00:00:00Z");
    private static final AtomicInteger WEEKS = new AtomicInteger();

    private static Instant freshWeek() {
        return BASE.plus(7L * WEEKS.getAndIncrement(), DAYS);
    }

    private ResultActions call(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(noLeak());
    }

    private static String prescriptionsOf(UUID appointmentId) {
        return "/api/appointments/" + appointmentId + "/prescriptions";
    }

    private record Booking(UUID patientId, UUID doctorId, UUID appointmentId) {
    }

    private Booking freshAppointment() throws Exception {
        UUID patient = clinic().patient();
        UUID doctor = clinic().doctor("Dr. " + UUID.randomUUID(), "Pulmonology");
        UUID appointment = clinic().appointment(patient, doctor, freshWeek().plus(9, HOURS), 30);
        return new Booking(patient, doctor, appointment);
    }

    private UUID appointmentIn(String... statuses) throws Exception {
        UUID appointment = freshAppointment().appointmentId();
        for (String status : statuses) {
            clinic().changeStatus(appointment, status);
        }
        return appointment;
    }

    private ResultActions write(UUID appointmentId, String json) throws Exception {
        return call(postJson(prescriptionsOf(appointmentId), json));
    }

    private static String prescription(String medicineName, String dosage, String instructions) {
        return """
                {"medicineName": "%s", "dosage": "%s", "instructions": %s}
                """.formatted(medicineName, dosage, instructions == null ? "null" : "\"" + instructions + "\"");
    }

    private String appointment(UUID id) throws Exception {
        return body(call(get("/api/appointments/" + id)).andExpect(status().isOk()));
    }

    @Nested
    class Write {

        @Test
        void answers201WithAFollowableLocationAndThePrescription() throws Exception {
            UUID appointment = freshAppointment().appointmentId();

            MvcResult result = write(appointment, prescription("Amoxicillin", "500 mg three times a day", "Take with food for 7 days"))
                    .andExpect(status().isCreated())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(header().exists(HttpHeaders.LOCATION))
                    .andExpect(jsonPath("$.id").isString())
                    .andExpect(jsonPath("$.medicineName").value("Amoxicillin"))
                    .andExpect(jsonPath("$.dosage").value("500 mg three times a day"))
                    .andExpect(jsonPath("$.instructions").value("Take with food for 7 days"))
                    .andExpect(jsonPath("$.createdAt").isString())
                    .andReturn();
            String json = body(result);
            UUID id = id(json);
            String location = result.getResponse().getHeader(HttpHeaders.LOCATION);
            assertThat(location).endsWith(prescriptionsOf(appointment) + "/" + id);
            instant(json, "$.createdAt");

            String followed = body(call(get(URI.create(location)))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)));
            assertThat((Map<String, Object>) read(followed, "$")).isEqualTo(read(json, "$"));
        }

        @Test
        void appearsInTheAppointmentAndInThePatientsHistory() throws Exception {
            Booking booking = freshAppointment();
            UUID first = id(body(write(booking.appointmentId(), prescription("Amoxicillin", "500 mg", "With food"))
                    .andExpect(status().isCreated())));
            UUID second = id(body(write(booking.appointmentId(), prescription("Ibuprofen", "200 mg", null))
                    .andExpect(status().isCreated())));

            call(get("/api/appointments/" + booking.appointmentId()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.prescriptions", hasSize(2)))
                    .andExpect(jsonPath("$.prescriptions[*].id", contains(first.toString(), second.toString())))
                    .andExpect(jsonPath("$.prescriptions[0].medicineName").value("Amoxicillin"))
                    .andExpect(jsonPath("$.prescriptions[0].dosage").value("500 mg"))
                    .andExpect(jsonPath("$.prescriptions[0].instructions").value("With food"))
                    .andExpect(jsonPath("$.prescriptions[1].medicineName").value("Ibuprofen"));

            call(get("/api/patients/" + booking.patientId() + "/history"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.patientId").value(booking.patientId().toString()))
                    .andExpect(jsonPath("$.appointments", hasSize(1)))
                    .andExpect(jsonPath("$.appointments[0].id").value(booking.appointmentId().toString()))
                    .andExpect(jsonPath("$.appointments[0].doctor.id").value(booking.doctorId().toString()))
                    .andExpect(jsonPath("$.appointments[0].doctor.specialization").value("Pulmonology"))
                    .andExpect(jsonPath("$.appointments[0].prescriptions[*].id", contains(first.toString(), second.toString())))
                    .andExpect(jsonPath("$.appointments[0].prescriptions[0].medicineName").value("Amoxicillin"))
                    .andExpect(jsonPath("$.appointments[0].prescriptions[0].dosage").value("500 mg"))
                    .andExpect(jsonPath("$.appointments[0].prescriptions[0].instructions").value("With food"));
        }

        @Test
        void trimsTheTextAndInstructionsAreOptional() throws Exception {
            UUID appointment = freshAppointment().appointmentId();

            String json = body(call(postJson(prescriptionsOf(appointment), """
                    {"medicineName": "  Paracetamol  ", "dosage": " 1 g "}
                    """))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.medicineName").value("Paracetamol"))
                    .andExpect(jsonPath("$.dosage").value("1 g")));
            assertThat(((Map<?, ?>) read(json, "$")).get("instructions")).isNull();
        }

        @Test
        void acceptsTheLongestValues() throws Exception {
            UUID appointment = freshAppointment().appointmentId();
            write(appointment, prescription(chars(100), chars(50), chars(2000)))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.medicineName").value(chars(100)))
                    .andExpect(jsonPath("$.dosage").value(chars(50)))
                    .andExpect(jsonPath("$.instructions").value(chars(2000)));
        }

        @Test
        void bumpsTheAppointmentsVersion() throws Exception {
            UUID appointment = freshAppointment().appointmentId();
            String before = appointment(appointment);

            write(appointment, prescription("Amoxicillin", "500 mg", null)).andExpect(status().isCreated());

            MvcResult result = call(get("/api/appointments/" + appointment)).andExpect(status().isOk()).andReturn();
            String after = body(result);
            assertThat(version(after)).isGreaterThan(version(before));
            assertThat(result.getResponse().getHeader(HttpHeaders.ETAG)).isEqualTo("\"" + version(after) + "\"");
            assertThat(instant(after, "$.updatedAt")).isAfter(instant(before, "$.updatedAt"));
        }

        @ParameterizedTest(name = "after {0}")
        @ValueSource(strings = {"ARRIVED", "ARRIVED>FULFILLED"})
        void isAllowedOnArrivedAndFulfilledAppointments(String path) throws Exception {
            UUID appointment = appointmentIn(path.split(">"));

            write(appointment, prescription("Amoxicillin", "500 mg", null)).andExpect(status().isCreated());

            call(get("/api/appointments/" + appointment))
                    .andExpect(jsonPath("$.status").value(path.substring(path.lastIndexOf('>') + 1)))
                    .andExpect(jsonPath("$.prescriptions", hasSize(1)));
        }

        @ParameterizedTest(name = "on {0}")
        @ValueSource(strings = {"CANCELLED", "NOSHOW", "ARRIVED>CANCELLED"})
        void isAConflictOnCancelledAndNoShowAppointments(String path) throws Exception {
            UUID appointment = appointmentIn(path.split(">"));
            String before = appointment(appointment);

            write(appointment, prescription("Amoxicillin", "500 mg", null)).andExpect(conflict());

            String after = appointment(appointment);
            assertThat((List<?>) read(after, "$.prescriptions")).isEmpty();
            assertThat(version(after)).isEqualTo(version(before));
        }

        @Test
        void anUnknownAppointmentIs404() throws Exception {
            UUID unknown = UUID.randomUUID();
            write(unknown, prescription("Amoxicillin", "500 mg", null))
                    .andExpect(notFound())
                    .andExpect(jsonPath("$.instance").value(prescriptionsOf(unknown)));
        }
    }

    @Nested
    class Read {

        @Test
        void anUnknownAppointmentIs404() throws Exception {
            call(get(prescriptionsOf(UUID.randomUUID()) + "/" + UUID.randomUUID())).andExpect(notFound());
        }

        @Test
        void aPrescriptionIsOnlyFoundUnderItsOwnAppointment() throws Exception {
            UUID appointment = freshAppointment().appointmentId();
            UUID other = freshAppointment().appointmentId();
            UUID prescription = clinic().prescription(appointment, "Amoxicillin");

            call(get(prescriptionsOf(appointment) + "/" + prescription)).andExpect(status().isOk());
            call(get(prescriptionsOf(other) + "/" + prescription)).andExpect(notFound());
            call(delete(prescriptionsOf(other) + "/" + prescription)).andExpect(notFound());
            call(get(prescriptionsOf(appointment) + "/" + prescription)).andExpect(status().isOk());
        }
    }

    @Nested
    class Remove {

        @Test
        void answers204AndThePrescriptionIsGone() throws Exception {
            Booking booking = freshAppointment();
            UUID appointment = booking.appointmentId();
            UUID removed = clinic().prescription(appointment, "Amoxicillin");
            UUID kept = clinic().prescription(appointment, "Ibuprofen");
            String before = appointment(appointment);

            call(delete(prescriptionsOf(appointment) + "/" + removed))
                    .andExpect(status().isNoContent())
                    .andExpect(content().string(""));

            call(get(prescriptionsOf(appointment) + "/" + removed)).andExpect(notFound());
            call(get(prescriptionsOf(appointment) + "/" + kept)).andExpect(status().isOk());
            String after = appointment(appointment);
            assertThat((List<String>) read(after, "$.prescriptions[*].id")).containsExactly(kept.toString());
            assertThat(version(after)).isGreaterThan(version(before));
            call(get("/api/patients/" + booking.patientId() + "/history"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.appointments[0].prescriptions[*].id", contains(kept.toString())));
        }

        @Test
        void removingTwiceOrAnUnknownPrescriptionIs404() throws Exception {
            UUID appointment = freshAppointment().appointmentId();
            UUID prescription = clinic().prescription(appointment, "Amoxicillin");
            call(delete(prescriptionsOf(appointment) + "/" + prescription)).andExpect(status().isNoContent());

            call(delete(prescriptionsOf(appointment) + "/" + prescription)).andExpect(notFound());
            call(delete(prescriptionsOf(appointment) + "/" + UUID.randomUUID())).andExpect(notFound());
            call(delete(prescriptionsOf(UUID.randomUUID()) + "/" + UUID.randomUUID())).andExpect(notFound());
            call(get("/api/appointments/" + appointment)).andExpect(jsonPath("$.prescriptions", empty()));
        }

        @Test
        void anUnknownPrescriptionLeavesTheAppointmentUnchanged() throws Exception {
            UUID appointment = freshAppointment().appointmentId();
            clinic().prescription(appointment, "Amoxicillin");
            String before = appointment(appointment);

            call(delete(prescriptionsOf(appointment) + "/" + UUID.randomUUID())).andExpect(notFound());

            String after = appointment(appointment);
            assertThat(version(after)).isEqualTo(version(before));
            assertThat((List<?>) read(after, "$.prescriptions")).hasSize(1);
        }
    }
}
