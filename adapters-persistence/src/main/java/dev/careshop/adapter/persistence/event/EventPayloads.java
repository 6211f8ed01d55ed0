package dev.careshop.adapter.persistence.event;

import dev.careshop.domain.shared.event.DomainEvent;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An event's payload as stored in the outbox and published: its record's components as one JSON object, without the
 * event id and the time, which travel in the message's envelope. Dates are ISO-8601 strings, amounts decimal
 * numbers, enums their names. The mapper is this class's own, so the events' format does not follow the REST API's
 * settings.
 */
final class EventPayloads {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EventPayloads() {
    }

    static String toJson(DomainEvent event) {
        ObjectNode payload = JSON.valueToTree(event);
        payload.remove("eventId");
        payload.remove("occurredAt");
        return JSON.writeValueAsString(payload);
    }
}
