package io.rekindle.suppression.domain.bounce;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Reads one ESP's webhook payload shape into normalised events. */
interface ProviderEvents {

    WebhookProvider provider();

    /** True when a single event object has this provider's shape. */
    boolean accepts(JsonNode event);

    List<WebhookEvent> read(JsonNode event);

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() ? value.asText("") : "";
    }
}
