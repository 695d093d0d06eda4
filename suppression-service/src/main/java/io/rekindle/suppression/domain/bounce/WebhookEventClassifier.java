package io.rekindle.suppression.domain.bounce;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Classifies ESP webhook payloads (Amazon SES via SNS, SendGrid, Postmark, Mailgun) into normalised
 * events. The provider is detected from the payload's shape, so one endpoint can take all of them.
 */
public final class WebhookEventClassifier {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<ProviderEvents> providers = List.of(
            new AmazonSesEvents(), new PostmarkEvents(), new MailgunEvents(), new SendGridEvents());

    public List<WebhookEvent> classify(byte[] payload) throws IOException {
        return classify(JSON.readTree(payload));
    }

    /** Accepts one event object, an array of them (SendGrid batches), or an SNS envelope around one. */
    public List<WebhookEvent> classify(JsonNode payload) throws JsonProcessingException {
        List<WebhookEvent> events = new ArrayList<>();
        if (payload.isArray()) {
            for (JsonNode element : payload) {
                events.addAll(classify(element));
            }
            return events;
        }
        JsonNode event = unwrapSns(payload);
        Optional<ProviderEvents> provider = providers.stream().filter(p -> p.accepts(event)).findFirst();
        provider.ifPresent(p -> events.addAll(p.read(event)));
        return events;
    }

    public Optional<WebhookProvider> detectProvider(JsonNode payload) throws JsonProcessingException {
        JsonNode event = unwrapSns(payload.isArray() && !payload.isEmpty() ? payload.get(0) : payload);
        return providers.stream().filter(p -> p.accepts(event)).findFirst().map(ProviderEvents::provider);
    }

    /** SNS delivers the SES notification as a JSON string in "Message" (SNS HTTP/S notification format). */
    private static JsonNode unwrapSns(JsonNode payload) throws JsonProcessingException {
        if (payload.has("Type") && payload.path("Message").isTextual()) {
            return JSON.readTree(payload.path("Message").asText());
        }
        return payload;
    }
}
