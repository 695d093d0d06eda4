package io.rekindle.suppression.domain.bounce;

import static io.rekindle.suppression.domain.bounce.ProviderEvents.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * SendGrid Event Webhook objects ("event" + "email"), and the older bounce-API records that have only
 * "email", "status" and "reason".
 */
final class SendGridEvents implements ProviderEvents {

    @Override
    public WebhookProvider provider() {
        return WebhookProvider.SENDGRID;
    }

    @Override
    public boolean accepts(JsonNode event) {
        return event.has("email") && (event.has("event") || event.has("reason") || event.has("status"));
    }

    @Override
    public List<WebhookEvent> read(JsonNode event) {
        String type = text(event, "event");
        String email = text(event, "email");
        String reason = text(event, "reason");
        WebhookEvent result = switch (type.toLowerCase(Locale.ROOT)) {
            // "type": "blocked" marks a temporary refusal, "bounce" (or absent) a permanent one.
            case "bounce" -> event(type, WebhookCategory.BOUNCE, WebhookVerdicts.failure(email, text(event, "status"),
                    "", reason, Optional.of(!"blocked".equalsIgnoreCase(text(event, "type"))), Optional.empty()));
            case "" -> event("bounce", WebhookCategory.BOUNCE, WebhookVerdicts.failure(email, text(event, "status"),
                    text(event, "status"), reason, Optional.empty(), Optional.empty()));
            case "deferred" -> event(type, WebhookCategory.DEFERRED, WebhookVerdicts.failure(email, text(event, "status"),
                    "", text(event, "response"), Optional.of(false), Optional.empty()));
            case "dropped" -> nonFailure(type, WebhookCategory.DROPPED, email, reason);
            case "delivered" -> nonFailure(type, WebhookCategory.DELIVERY, email, text(event, "response"));
            case "spamreport" -> nonFailure(type, WebhookCategory.COMPLAINT, email, "abuse");
            case "open" -> nonFailure(type, WebhookCategory.OPEN, email, "");
            case "click" -> nonFailure(type, WebhookCategory.CLICK, email, "");
            case "unsubscribe", "group_unsubscribe" -> nonFailure(type, WebhookCategory.UNSUBSCRIBE, email, "");
            default -> nonFailure(type, WebhookCategory.OTHER, email, "");
        };
        return List.of(result);
    }

    private WebhookEvent nonFailure(String type, WebhookCategory category, String email, String detail) {
        return event(type, category, WebhookVerdicts.nonFailure(email, category, detail));
    }

    private WebhookEvent event(String type, WebhookCategory category, RecipientVerdict verdict) {
        return new WebhookEvent(provider(), type, category, verdict);
    }
}
