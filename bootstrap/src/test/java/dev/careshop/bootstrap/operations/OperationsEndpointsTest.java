package dev.careshop.bootstrap.operations;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.HttpTest;
import org.junit.jupiter.api.Test;

/** What an operator and a new user reach first: health with the database, the API docs and the Swagger UI. */
class OperationsEndpointsTest extends HttpTest {

    @Test
    void healthReportsTheDatabaseWithoutItsDetails() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.db.details").doesNotExist());
    }

    @Test
    void swaggerUiIsAtDocs() throws Exception {
        mvc.perform(get("/docs"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", startsWith("/swagger-ui/")));
    }

    @Test
    void openApiDocumentIsServed() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("CareShop API"))
                .andExpect(jsonPath("$.paths['/api/patients/{id}/history'].get.summary").isNotEmpty());
    }
}
