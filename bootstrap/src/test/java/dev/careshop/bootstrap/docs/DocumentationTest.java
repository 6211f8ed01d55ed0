package dev.careshop.bootstrap.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.careshop.adapter.web.shared.ProblemType;
import dev.careshop.bootstrap.support.HttpTest;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The documents in {@code docs/} are checked against the running code, so they cannot drift: every endpoint is in
 * api.md, every problem type in errors.md, every table and column in the ER diagram, and openapi.json is exactly
 * what the service serves. Regenerate openapi.json with {@code -Dcareshop.docs.write=true} after an API change.
 */
class DocumentationTest extends HttpTest {

    private static final Path DOCS = Path.of("..", "docs");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping handlerMapping;

    @Test
    void apiDocumentListsEveryEndpoint() throws IOException {
        String api = read("api.md");

        assertThat(endpoints()).isNotEmpty().allSatisfy(endpoint ->
                assertThat(api).as("docs/api.md mentions `%s`", endpoint).contains("`" + endpoint + "`"));
    }

    @Test
    void errorCatalogueDescribesEveryProblemType() throws IOException {
        String errors = read("errors.md");

        for (ProblemType type : ProblemType.values()) {
            assertThat(errors).as("docs/errors.md describes %s", type.type()).contains(type.type().toString());
        }
    }

    @Test
    void erDiagramShowsEveryTableAndColumn() throws IOException {
        String diagram = read("er-diagram.md");
        List<String> columns = new JdbcTemplate(dataSource).queryForList("""
                SELECT table_name || '.' || column_name FROM information_schema.columns
                WHERE table_schema = 'public' AND table_name <> 'flyway_schema_history'
                ORDER BY 1""", String.class);

        assertThat(columns).isNotEmpty().allSatisfy(qualified -> {
            String table = qualified.substring(0, qualified.indexOf('.'));
            String column = qualified.substring(qualified.indexOf('.') + 1);
            assertThat(diagram).as("ER diagram has table %s", table).contains(table + " {");
            assertThat(diagram).as("ER diagram has column %s", qualified).containsPattern("(?m)^\\s+\\S+ " + column + "\\b");
        });
    }

    @Test
    void openApiDocumentIsWhatTheServiceServes() throws Exception {
        String served = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED).build();
        String canonical = json.writeValueAsString(json.readTree(served)) + "\n";
        Path committed = DOCS.resolve("openapi.json");

        if (Boolean.getBoolean("careshop.docs.write")) {
            Files.writeString(committed, canonical);
        }
        assertThat(Files.exists(committed)).as("docs/openapi.json exists; run the build once with -Dcareshop.docs.write=true").isTrue();
        JsonNode expected = json.readTree(Files.readString(committed));
        assertThat(json.readTree(canonical))
                .as("docs/openapi.json is out of date; regenerate with -Dcareshop.docs.write=true")
                .isEqualTo(expected);
    }

    @Test
    void everyOperationHasASummarySuccessAndProblemResponses() throws Exception {
        JsonNode paths = JsonMapper.builder().build()
                .readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString())
                .get("paths");

        assertThat(paths.properties()).isNotEmpty().allSatisfy(path -> path.getValue().properties().forEach(operation -> {
            String name = operation.getKey().toUpperCase() + " " + path.getKey();
            JsonNode responses = operation.getValue().get("responses");
            assertThat(operation.getValue().path("summary").asString()).as("summary of %s", name).isNotBlank();
            assertThat(responses.propertyNames()).as("responses of %s", name)
                    .contains("400", "500").anyMatch(status -> status.startsWith("2"));
            assertThat(responses.path("400").path("content").has("application/problem+json"))
                    .as("%s documents its problems as application/problem+json", name).isTrue();
            if (operation.getKey().equals("post") && responses.has("201")) {
                assertThat(responses.path("201").path("headers").has("Location")).as("%s documents Location", name).isTrue();
            }
        }));
    }

    /**
     * Generated clients name their methods after the operationId; springdoc's fallback (the Java method's name, with
     * {@code _1}, {@code _2} appended on clashes) would rename them whenever a controller changes.
     */
    @Test
    void everyOperationHasItsOwnExplicitOperationId() throws Exception {
        handlerMapping.getHandlerMethods().forEach((mapping, method) -> {
            if (mapping.getPatternValues().stream().anyMatch(path -> path.startsWith("/api/"))) {
                Operation operation = method.getMethodAnnotation(Operation.class);
                assertThat(operation == null ? "" : operation.operationId())
                        .as("@Operation(operationId = ...) on %s", method).isNotBlank();
            }
        });
        JsonNode paths = JsonMapper.builder().build()
                .readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString())
                .get("paths");
        List<String> operationIds = new ArrayList<>();
        paths.forEach(path -> path.forEach(operation -> operationIds.add(operation.path("operationId").asString())));

        assertThat(operationIds).isNotEmpty().doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z][A-Za-z]+"));
    }

    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo mapping : handlerMapping.getHandlerMethods().keySet()) {
            for (String path : mapping.getPatternValues()) {
                if (path.startsWith("/api/")) {
                    mapping.getMethodsCondition().getMethods().forEach(method -> endpoints.add(method + " " + path));
                }
            }
        }
        return endpoints;
    }

    private static String read(String document) throws IOException {
        return Files.readString(DOCS.resolve(document));
    }
}
