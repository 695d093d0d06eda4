package io.rekindle.suppression.domain.bounce;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rekindle.suppression.domain.bounce.dialect.BounceDocument;
import java.util.List;
import java.util.Optional;

/**
 * Amazon SES notifications delivered by e-mail (an SNS e-mail subscription, or SES's own feedback
 * forwarding with "notificationType" JSON as the body): read with the webhook classifier, not as a DSN.
 */
final class SesNotificationMail {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARKER = "{\"notificationType\"";

    private SesNotificationMail() {
    }

    static Optional<ClassifiedMessage> read(BounceDocument document) {
        String body = document.noticeText();
        int start = body.indexOf(MARKER);
        int end = body.lastIndexOf('}');
        if (start < 0 || end < start) {
            return Optional.empty();
        }
        List<WebhookEvent> events;
        try {
            JsonNode notification = JSON.readTree(body.substring(start, end + 1));
            events = new WebhookEventClassifier().classify(notification);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        if (events.isEmpty()) {
            return Optional.empty();
        }
        List<RecipientVerdict> verdicts = events.stream().map(WebhookEvent::verdict).toList();
        MessageKind kind = switch (events.get(0).category()) {
            case DELIVERY -> MessageKind.DELIVERY_REPORT;
            case COMPLAINT -> MessageKind.COMPLAINT;
            default -> MessageKind.BOUNCE;
        };
        return Optional.of(new ClassifiedMessage(kind, "amazonses-notification", verdicts, Optional.empty()));
    }
}
