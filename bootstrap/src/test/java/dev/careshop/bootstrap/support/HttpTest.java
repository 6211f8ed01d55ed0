package dev.careshop.bootstrap.support;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import dev.careshop.adapter.persistence.testsupport.PostgresTestDatabase;
import dev.careshop.bootstrap.CareShopApplication;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Base of every end-to-end test: the whole application on a real port against the run's own PostgreSQL database
 * and RabbitMQ exchange.
 * All subclasses share one application context (same configuration, nothing mocked), so it starts once per run.
 * Tests use MockMvc for ordinary requests and the real port where several threads must race.
 */
@SpringBootTest(classes = CareShopApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "careshop.jwt.secret=" + Auth.JWT_SECRET,
        "careshop.bootstrap-admin.username=" + Auth.ADMIN_USERNAME,
        "careshop.bootstrap-admin.password=" + Auth.ADMIN_PASSWORD,
        // No relay polling the outbox in the background, which would add to every statement count; the events' own
        // tests switch it on.
        "careshop.events.enabled=false"
})
@AutoConfigureMockMvc
@Import({SqlStatementCounter.class, Auth.class})
public abstract class HttpTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
        RabbitTestBroker.register(registry);
    }

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected SqlStatementCounter sqlStatements;

    @LocalServerPort
    protected int port;

    /** Who the requests are sent as: the administrator by default (see {@link Auth}). */
    @Autowired
    protected Auth auth;

    /** The run's database, to arrange and to check what the API does not show. */
    @Autowired
    protected JdbcTemplate jdbc;

    @Autowired
    protected DataSource dataSource;

    /** Customers, staff and administrators of their own, signed in. */
    protected Identities identities() {
        return new Identities(mvc, auth);
    }

    protected ClinicApi clinic() {
        return new ClinicApi(mvc);
    }

    /** Shop users and products written with SQL, for the slices whose own APIs do not create them. */
    protected ShopFixtures shop() {
        return new ShopFixtures(jdbc);
    }

    /**
     * A request to the service on its real port as the administrator, for the tests where several threads race:
     * {@code pathAndQuery} starts with "/".
     */
    protected HttpRequest.Builder onThePort(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header("Authorization", auth.adminBearer())
                .timeout(Duration.ofSeconds(60));
    }

    /** A POST of {@code json} to the service on its real port as the administrator (see {@link #onThePort}). */
    protected HttpRequest postOnThePort(String path, String json) {
        return onThePort(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    /**
     * The SQL statements {@code list} costs asked for a page of {@code size}, which must hold {@code size} items: the
     * statement-count tests compare a small page with a large one.
     */
    protected long statementsForAPage(MockHttpServletRequestBuilder list, int size) throws Exception {
        return sqlStatements.count(() -> mvc.perform(list.param("size", String.valueOf(size)))
                .andExpect(jsonPath("$.content.length()").value(size)));
    }

    /** Does {@code step} {@code times} times, handing it 0, 1, …: to create many of a thing before counting. */
    protected static void times(int times, Step step) throws Exception {
        for (int i = 0; i < times; i++) {
            step.run(i);
        }
    }

    @FunctionalInterface
    protected interface Step {
        void run(int i) throws Exception;
    }
}
