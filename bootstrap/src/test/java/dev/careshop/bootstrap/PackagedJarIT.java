package dev.careshop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.careshop.adapter.persistence.testsupport.PostgresTestDatabase;
import dev.careshop.bootstrap.support.Auth;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The jar as it ships. Every other test runs on the test classpath, which holds more than the jar: a library the tests
 * declare can hide that the jar lacks it at run time (a test-scoped Jackson 2 once removed the one springdoc needs, and
 * every test stayed green while {@code java -jar} failed to start). Failsafe runs this after {@code package}: it starts
 * {@code target/careshop.jar} with {@code java -jar} on a database of its own and asks what an operator and a client ask
 * first. It starts it with a plain {@code java -jar}, as the README does, which runs the bean definitions Spring's AOT
 * processing wrote at build time without being asked ({@code BuildTimeBeanDefinitions}); no other test runs them, and
 * their run-time switches must hold there too.
 */
class PackagedJarIT {

    private static final Path JAR = Path.of("target", "careshop.jar");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    private final List<String> output = new CopyOnWriteArrayList<>();
    private Process service;

    @AfterEach
    void stopTheService() throws InterruptedException {
        if (service != null) {
            service.destroy();
            service.waitFor();
        }
    }

    @Test
    void theJarStartsAndServesTheApiItsDocumentationAndItsMetrics() throws Exception {
        assertThat(JAR).as("built by package").exists();
        int apiPort = freePort();
        int managementPort = freePort();
        start(apiPort, managementPort);

        assertThat(get(apiPort, "/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(output).as("started on the bean definitions made at build time")
                .anyMatch(line -> line.contains("Starting AOT-processed CareShopApplication"));
        // started with careshop.events.enabled=false: the broker is no part of health, a decision made at run time
        assertThat(get(apiPort, "/actuator/health").body()).contains("\"db\"").doesNotContain("rabbit");
        assertThat(get(apiPort, "/v3/api-docs").body()).contains("\"openapi\"", "/api/patients");
        assertThat(get(apiPort, "/docs").body()).contains("swagger-ui");
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(uri(apiPort, "/api/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"" + Auth.ADMIN_USERNAME
                        + "\", \"password\": \"" + Auth.ADMIN_PASSWORD + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        assertThat(get(managementPort, "/actuator/prometheus").body()).contains("careshop_use_case_seconds");
    }

    private void start(int apiPort, int managementPort) throws IOException, InterruptedException {
        PostgresTestDatabase.Details database = PostgresTestDatabase.freshDatabase();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(),
                "--server.port=" + apiPort, "--management.server.port=" + managementPort,
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--careshop.jwt.secret=" + Auth.JWT_SECRET,
                "--careshop.events.enabled=false")
                .redirectErrorStream(true);
        builder.environment().put("CARESHOP_BOOTSTRAP_ADMIN_PASSWORD", Auth.ADMIN_PASSWORD);
        service = builder.start();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(service.getInputStream(), StandardCharsets.UTF_8))) {
                out.lines().forEach(output::add);
            } catch (IOException | UncheckedIOException ended) {
                // the process is gone (lines() reports the closed stream unchecked)
            }
        }, "careshop-jar-output");
        reader.setDaemon(true);
        reader.start();
        // Two minutes: a JVM starting on a busy two-core machine.
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (output.stream().noneMatch(line -> line.contains("Started CareShopApplication"))) {
            assertThat(service.isAlive()).as("the jar is running; its output:%n%s", String.join("\n", output)).isTrue();
            assertThat(Instant.now()).as("started within two minutes; its output:%n%s", String.join("\n", output))
                    .isBefore(deadline);
            Thread.sleep(200);
        }
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(port, path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(int port, String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
