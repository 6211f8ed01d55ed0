package dev.careshop.bootstrap.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Creates clinic data through the public HTTP API, so tests arrange their world the way clients do. Every call
 * asserts its own success and answers the new resource's id.
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

    public UUID patient() throws Exception {
        return patient("Patient " + UUID.randomUUID());
    }

    public UUID doctor(String name, String specialization) throws Exception {
        return create("/api/doctors", """
                {"name": "%s", "specialization": "%s"}
                """.formatted(name, specialization));
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
        mvc.perform(post("/api/appointments/" + appointmentId + "/status")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"" + status + "\"}"))
                .andExpect(status().isOk());
    }

    private UUID create(String path, String json) throws Exception {
        String body = mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }
}
