package dev.careshop.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.careshop.bootstrap.support.Auth;
import dev.careshop.bootstrap.support.HttpTest;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an operator and a new user reach first: health with the database, the API docs and the Swagger UI, all without
 * a token, and a document that tells how to get one and which operations need it.
 */
class OperationsEndpointsTest extends HttpTest {

    @Test
    void healthReportsTheDatabaseWithoutItsDetails() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.db.details").doesNotExist())
                // these tests' service does not publish events (careshop.events.enabled=false): the broker is no part
                // of its health; EventPublicationTest has it, publishing
                .andExpect(jsonPath("$.components.rabbit").doesNotExist());
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

    /** The operations anyone may call without a token: logging in, signing up and reading the catalog. */
    private static final Set<String> PUBLIC_OPERATIONS = Set.of("POST /api/auth/token", "POST /api/users",
            "GET /api/products", "GET /api/products/{id}", "GET /api/categories", "GET /api/categories/{id}");

    @Test
    void documentationIsOpenToAnonymousCallers() throws Exception {
        mvc.perform(get("/v3/api-docs").with(Auth.anonymous())).andExpect(status().isOk());
        mvc.perform(get("/docs").with(Auth.anonymous())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/health").with(Auth.anonymous())).andExpect(status().isOk());
    }

    @Test
    void openApiDocumentDescribesTheBearerTokenAndHowToGetIt() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.components.securitySchemes.bearerAuth.type").value("http"))
                .andExpect(jsonPath("$.components.securitySchemes.bearerAuth.scheme").value("bearer"))
                .andExpect(jsonPath("$.components.securitySchemes.bearerAuth.bearerFormat").value("JWT"))
                .andExpect(jsonPath("$.security[0].bearerAuth").isArray())
                .andExpect(jsonPath("$.info.description", containsString("POST /api/auth/token")))
                .andExpect(jsonPath("$.info.description", containsString("Authorization: Bearer <accessToken>")));
    }

    @Test
    void swaggerUiKeepsTheTokenAcrossReloads() throws Exception {
        mvc.perform(get("/v3/api-docs/swagger-config").with(Auth.anonymous()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.persistAuthorization").value(true));
    }

    @Test
    void publicOperationsNeedNoTokenAndEveryOtherDocuments401And403() throws Exception {
        JsonNode paths = JsonMapper.builder().build()
                .readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString())
                .get("paths");
        Set<String> withoutToken = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonNode security = operation.getValue().get("security");
                JsonNode responses = operation.getValue().path("responses");
                if (security != null && security.isEmpty()) {
                    withoutToken.add(name);
                    assertThat(responses.has("403")).as("%s is public: nobody is refused a role", name).isFalse();
                } else {
                    assertThat(security).as("%s has no security of its own but the document's bearer token", name).isNull();
                    assertThat(responses.path("401").path("content").path("application/problem+json").path("example")
                            .path("type").asString()).as("401 of %s", name).endsWith("/unauthorized");
                    assertThat(responses.path("401").path("headers").has("WWW-Authenticate")).as("401 of %s", name).isTrue();
                    assertThat(responses.path("403").path("content").path("application/problem+json").path("example")
                            .path("type").asString()).as("403 of %s", name).endsWith("/forbidden");
                }
            }
        }
        assertThat(withoutToken).isEqualTo(new TreeSet<>(PUBLIC_OPERATIONS));
    }
}
