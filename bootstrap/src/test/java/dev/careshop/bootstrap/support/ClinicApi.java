package dev.careshop.bootstrap.support;

import static dev.careshop.bootstrap.support.Json.body;
import static dev.careshop.bootstrap.support.Json.id;
import static dev.careshop.bootstrap.support.Json.postJson;
import static dev.careshop.bootstrap.support.ProblemExpectations.noLeak;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Creates clinic data through the public HTTP API, so tests arrange their world the way clients do. Every call
 * asserts its own success (and that the answer leaks nothing) and answers the new resource's id.
 */
public final class ClinicApi {

    private final MockMvc mvc;

    ClinicApi(MockMvc mvc) {
        this.mvc = mvc;
    }

    public UUID patient(String name) throws Exception {
        return create("/api/patients", """
                {"name": "%s", "birthDate": "1985-12-10", "gender": "FEMALE", "email": null, "phone": null}
                """.formatted(name));
    }

    /** Registers the patient {@code body} describes (see {@link Body#patient}). */
    public UUID patient(Body body) throws Exception {
        return create("/api/patients", body.json());
    }

    public UUID patient() throws Exception {
        return patient("Patient " + UUID.randomUUID());
    }

    public UUID doctor(String name, String specialization) throws Exception {
        return create("/api/doctors", """
                {"name": "%s", "specialization": "%s"}
                """.formatted(name, specialization));
    }

    /** Registers the doctor {@code body} describes (see {@link Body#doctor}). */
    public UUID doctor(Body body) throws Exception {
        return create("/api/doctors", body.json());
    }

    public UUID doctor() throws Exception {
        return doctor("Doctor " + UUID.randomUUID(), "General practice");
    }

    public UUID appointment(UUID patientId, UUID doctorId, Instant startsAt, int durationMinutes) throws Exception {
        return create("/api/appointments", """
                {"patientId": "%s", "doctorId": "%s", "startsAt": "%s", "durationMinutes": %d, "reason": "Check-up"}
                """.formatted(patientId, doctorId, startsAt, durationMinutes));
    }

    public UUID prescription(UUID appointmentId, String medicineName) throws Exception {
        return create("/api/appointments/" + appointmentId + "/prescriptions", """
                {"medicineName": "%s", "dosage": "1 tablet daily", "instructions": "With water"}
                """.formatted(medicineName));
    }

    public void changeStatus(UUID appointmentId, String status) throws Exception {
        mvc.perform(postJson("/api/appointments/" + appointmentId + "/status", "{\"status\": \"" + status + "\"}"))
                .andExpect(status().isOk())
                .andExpect(noLeak());
    }

    private UUID create(String path, String json) throws Exception {
        return id(body(mvc.perform(postJson(path, json))
                .andExpect(status().isCreated())
                .andExpect(noLeak())));
    }
}
