package dev.careshop.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careshop.bootstrap.CareShopApplication;
import dev.careshop.bootstrap.support.Auth;
import dev.careshop.bootstrap.support.HttpTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code CARESHOP_LOG_FORMAT=json}, as an operator sets it: the service runs in a process of its own (this run's
 * classpath and database) with the variable in its environment, and its standard output is read line by line as a log
 * shipper would. Every line is JSON; a request's lines carry its trace id and the signed-in user's id, and none holds
 * a username, a password or a token.
 */
class StructuredLogTest extends HttpTest {

    private static final String CALLER_TRACE = "0af7651916cd43dd8448eb211c80319c";
    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> lines = new CopyOnWriteArrayList<>();
    private Process service;

    @Value("${spring.datasource.url}")
    private String databaseUrl;

    @AfterEach
    void stopTheService() throws Exception {
        if (service != null) {
            service.destroy();
            service.waitFor();
        }
    }

    @Test
    void jsonLinesCarryTheTraceAndTheUserButNoSecret() throws Exception {
        String adminToken = auth.adminToken();
        int servicePort = start();

        HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + servicePort + "/api/users/me"))
                .header("Authorization", "Bearer " + adminToken)
                .header("traceparent", "00-" + CALLER_TRACE + "-b7ad6b7169203331-01")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);
        String adminId = json.readTree(me.body()).get("id").asString();
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + servicePort + "/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"" + Auth.ADMIN_USERNAME
                        + "\", \"password\": \"Not-The-Admin-Password-7\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(401);

        List<JsonNode> requestLines = await(entries -> entries.stream()
                .filter(entry -> CALLER_TRACE.equals(text(entry, "traceId"))).count() >= 2)
                .stream().filter(entry -> CALLER_TRACE.equals(text(entry, "traceId"))).toList();
        assertThat(requestLines).as("the request's own lines (DispatcherServlet at DEBUG)").hasSizeGreaterThanOrEqualTo(2);
        assertThat(requestLines).allSatisfy(entry -> {
            assertThat(text(entry, "userId")).isEqualTo(adminId);
            assertThat(text(entry, "spanId")).matches("[0-9a-f]{16}");
            assertThat(entry.has("@timestamp") && entry.path("log").has("level") && entry.has("message")).isTrue();
        });
        assertThat(lines).as("only JSON lines").allSatisfy(line -> assertThat(line).startsWith("{").endsWith("}"));
        assertThat(String.join("\n", lines)).doesNotContain(adminToken, Auth.ADMIN_PASSWORD, "Not-The-Admin-Password-7",
                "\"" + Auth.ADMIN_USERNAME + "\"");
    }

    private int start() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CareShopApplication.class.getName(),
                "--server.port=0", "--management.server.port=0",
                "--spring.datasource.url=" + databaseUrl,
                "--careshop.jwt.secret=" + Auth.JWT_SECRET,
                "--careshop.events.enabled=false",
                "--logging.level.org.springframework.web.servlet.DispatcherServlet=DEBUG")
                .redirectErrorStream(true);
        builder.environment().put("CARESHOP_LOG_FORMAT", "json");
        service = builder.start();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(service.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(lines::add);
            } catch (Exception ended) {
                // the process is gone
            }
        });
        reader.setDaemon(true);
        reader.start();
        JsonNode started = await(entries -> entries.stream().anyMatch(entry -> PORT.matcher(text(entry, "message")).find()))
                .stream().filter(entry -> PORT.matcher(text(entry, "message")).find()).findFirst().orElseThrow();
        Matcher port = PORT.matcher(text(started, "message"));
        assertThat(port.find()).isTrue();
        await(entries -> entries.stream().anyMatch(entry -> text(entry, "message").startsWith("Started CareShopApplication")));
        return Integer.parseInt(port.group(1));
    }

    /** Waits (up to two minutes: a JVM starting on a busy machine) until the log so far satisfies {@code condition}. */
    private List<JsonNode> await(Predicate<List<JsonNode>> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            List<JsonNode> entries = lines.stream().filter(line -> line.startsWith("{")).map(json::readTree).toList();
            if (condition.test(entries)) {
                return entries;
            }
            assertThat(service.isAlive()).as("the service is running; its output:%n%s", String.join("\n", lines)).isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("the log never showed what was awaited; it was:\n" + String.join("\n", lines));
    }

    private static String text(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        return value == null ? "" : value.asString();
    }
}
