package dev.careshop.bootstrap.adapter.events;

import dev.careshop.application.event.port.out.EventBrokerPort;
import dev.careshop.application.event.port.out.EventBrokerUnavailableException;
import dev.careshop.application.event.port.out.PendingEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Publishes events to RabbitMQ's topic exchange {@code careshop.events}, each with its type as routing key, as
 * persistent JSON messages whose message id is the event id. A batch goes over one channel in order and counts as
 * published only when the broker has confirmed every message of it (publisher confirms).
 * <p>
 * The body: {@code {"eventId", "type", "aggregateType", "aggregateId", "sequence", "occurredAt", "payload": {...}}}.
 */
class RabbitEventBroker implements EventBrokerPort {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RabbitTemplate rabbit;
    private final String exchange;
    private final Duration confirmTimeout;

    RabbitEventBroker(RabbitTemplate rabbit, String exchange, Duration confirmTimeout) {
        this.rabbit = rabbit;
        this.exchange = exchange;
        this.confirmTimeout = confirmTimeout;
    }

    @Override
    public void publish(List<PendingEvent> events) {
        try {
            rabbit.invoke(channel -> {
                for (PendingEvent event : events) {
                    channel.send(exchange, event.type(), message(event));
                }
                channel.waitForConfirmsOrDie(confirmTimeout.toMillis());
                return null;
            });
        } catch (AmqpException failure) {
            throw new EventBrokerUnavailableException(
                    "RabbitMQ did not confirm " + events.size() + " events: " + failure.getMessage(), failure);
        }
    }

    private static Message message(PendingEvent event) {
        ObjectNode body = JSON.createObjectNode();
        body.put("eventId", event.eventId().toString());
        body.put("type", event.type());
        body.put("aggregateType", event.aggregateType());
        body.put("aggregateId", event.aggregateId().toString());
        body.put("sequence", event.sequence());
        body.put("occurredAt", event.occurredAt().toString());
        body.set("payload", JSON.readTree(event.payload()));

        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setContentEncoding(StandardCharsets.UTF_8.name());
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        properties.setMessageId(event.eventId().toString());
        properties.setType(event.type());
        properties.setTimestamp(Date.from(event.occurredAt()));
        return new Message(JSON.writeValueAsBytes(body), properties);
    }
}
