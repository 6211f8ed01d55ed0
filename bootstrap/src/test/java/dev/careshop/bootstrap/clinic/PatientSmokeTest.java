package dev.careshop.bootstrap.clinic;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.HttpTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PatientSmokeTest extends HttpTest {

    @Test
    void readsACreatedPatient() throws Exception {
        UUID id = clinic().patient("Ada Lovelace");
        mvc.perform(get("/api/patients/" + id))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Ada Lovelace"));
    }
}
