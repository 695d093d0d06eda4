package io.rekindle.suppression.domain.bounce;

import static io.rekindle.suppression.domain.bounce.ProviderEvents.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Mailgun webhooks ({"signature", "event-data"}) and bare event objects from the Events API. */
final class MailgunEvents implements ProviderEvents {

    @Override
    public WebhookProvider provider() {
        return WebhookProvider.MAILGUN;
    }

    @Override
    public boolean accepts(JsonNode event) {
        return event.has("event-data") || event.has("event") && (event.has("log-level") || event.has("recipient")
                || event.has("envelope") || event.has("delivery-status"));
    }

    @Override
    public List<WebhookEvent> read(JsonNode payload) {
        JsonNode event = payload.has("event-data") ? payload.path("event-data") : payload;
        String type = text(event, "event");
        String recipient = text(event, "recipient");
        JsonNode status = event.path("delivery-status");
        String detail = (text(status, "message") + " " + text(status, "description")).strip();
        WebhookEvent result = switch (type.toLowerCase(Locale.ROOT)) {
            case "failed", "rejected" -> failed(type, recipient, event, status, detail);
            case "delivered" -> nonFailure(type, WebhookCategory.DELIVERY, recipient, detail);
            case "complained" -> nonFailure(type, WebhookCategory.COMPLAINT, recipient, "abuse");
            case "opened" -> nonFailure(type, WebhookCategory.OPEN, recipient, "");
            case "clicked" -> nonFailure(type, WebhookCategory.CLICK, recipient, "");
            case "unsubscribed" -> nonFailure(type, WebhookCategory.UNSUBSCRIBE, recipient, "");
            default -> nonFailure(type, WebhookCategory.OTHER, recipient, "");
        };
        return List.of(result);
    }

    /**
     * "failed" covers three things: severity "temporary" is a deferral Mailgun retries, reason
     * "suppress-*" is a drop by Mailgun's own suppression lists, anything else permanent is a bounce.
     */
    private WebhookEvent failed(String type, String recipient, JsonNode event, JsonNode status, String detail) {
        String severity = text(event, "severity").toLowerCase(Locale.ROOT);
        String reason = text(event, "reason").toLowerCase(Locale.ROOT);
        if (reason.startsWith("suppress")) {
            return nonFailure(type, WebhookCategory.DROPPED, recipient, detail.isEmpty() ? reason : detail);
        }
        boolean permanent = !severity.equals("temporary");
        Optional<BounceReason> providerReason = detail.isBlank() && permanent
                ? Optional.of(BounceReason.ONHOLD) : Optional.empty();
        RecipientVerdict verdict = WebhookVerdicts.failure(recipient, text(status, "enhanced-code"),
                text(status, "code"), detail, Optional.of(permanent), providerReason);
        return event(type, permanent ? WebhookCategory.BOUNCE : WebhookCategory.DEFERRED, verdict);
    }

    private WebhookEvent nonFailure(String type, WebhookCategory category, String recipient, String detail) {
        return event(type, category, WebhookVerdicts.nonFailure(recipient, category, detail));
    }

    private WebhookEvent event(String type, WebhookCategory category, RecipientVerdict verdict) {
        return new WebhookEvent(provider(), type, category, verdict);
    }
}
