package dev.careshop.bootstrap.support;

import dev.careshop.adapter.persistence.testsupport.PostgresTestDatabase;
import dev.careshop.bootstrap.CareShopApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

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

    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

    /** Customers, staff and administrators of their own, signed in. */
    protected Identities identities() {
        return new Identities(mvc, auth);
    }

    protected ClinicApi clinic() {
        return new ClinicApi(mvc);
    }

    /** Shop users and products written with SQL, for the slices whose own APIs do not create them. */
    protected ShopFixtures shop() {
        return new ShopFixtures(jdbcTemplate);
    }
}
