package dev.careshop.bootstrap.support;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.rabbitmq.RabbitMQContainer;

/**
 * The RabbitMQ of one test run: a Testcontainers container where a Docker engine answers, otherwise the local broker
 * ({@code 127.0.0.1:5672}, guest; {@code CARESHOP_TEST_RABBIT_HOST} and {@code _PORT} override it). Either way the run
 * publishes to an exchange of its own, {@code careshop.events.test-<uuid>}, so runs sharing a broker never see each
 * other's events; on the local broker it is deleted when the JVM exits.
 */
public final class RabbitTestBroker {

    /** The exchange this run's service publishes to. */
    public static final String EXCHANGE = "careshop.events.test-" + UUID.randomUUID();

    private static volatile Details details;

    private RabbitTestBroker() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        Details broker = get();
        registry.add("spring.rabbitmq.host", broker::host);
        registry.add("spring.rabbitmq.port", broker::port);
        registry.add("spring.rabbitmq.username", broker::username);
        registry.add("spring.rabbitmq.password", broker::password);
        registry.add("careshop.events.exchange", () -> EXCHANGE);
    }

    private static synchronized Details get() {
        if (details == null) {
            details = DockerClientFactory.instance().isDockerAvailable() ? startContainer() : localBroker();
        }
        return details;
    }

    private static Details startContainer() {
        RabbitMQContainer container = new RabbitMQContainer("rabbitmq:4-alpine");
        container.start();
        return new Details(container.getHost(), container.getAmqpPort(), container.getAdminUsername(),
                container.getAdminPassword());
    }

    private static Details localBroker() {
        String host = System.getenv().getOrDefault("CARESHOP_TEST_RABBIT_HOST", "127.0.0.1");
        int port = Integer.parseInt(System.getenv().getOrDefault("CARESHOP_TEST_RABBIT_PORT", "5672"));
        Details local = new Details(host, port, "guest", "guest");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteExchange(local), "delete-test-exchange"));
        return local;
    }

    private static void deleteExchange(Details broker) {
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(broker.host());
        factory.setPort(broker.port());
        factory.setUsername(broker.username());
        factory.setPassword(broker.password());
        try (Connection connection = factory.newConnection(); Channel channel = connection.createChannel()) {
            channel.exchangeDelete(EXCHANGE);
        } catch (IOException | TimeoutException | RuntimeException unreachable) {
            // the broker is gone already: nothing is left to delete
        }
    }

    private record Details(String host, int port, String username, String password) {
    }
}
