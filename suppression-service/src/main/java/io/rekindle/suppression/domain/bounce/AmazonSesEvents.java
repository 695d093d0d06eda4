package io.rekindle.suppression.domain.bounce;

import static io.rekindle.suppression.domain.bounce.ProviderEvents.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Amazon SES notifications ("notificationType") and event-publishing records ("eventType"). */
final class AmazonSesEvents implements ProviderEvents {

    @Override
    public WebhookProvider provider() {
        return WebhookProvider.AMAZON_SES;
    }

    @Override
    public boolean accepts(JsonNode event) {
        return event.has("notificationType") || event.has("eventType") && event.has("mail");
    }

    @Override
    public List<WebhookEvent> read(JsonNode event) {
        String type = text(event, "notificationType");
        if (type.isEmpty()) {
            type = text(event, "eventType");
        }
        List<WebhookEvent> events = new ArrayList<>();
        switch (type.toLowerCase(Locale.ROOT)) {
            case "bounce" -> readBounce(type, event.path("bounce"), events);
            case "complaint" -> {
                JsonNode complaint = event.path("complaint");
                String feedback = text(complaint, "complaintFeedbackType");
                for (JsonNode r : complaint.path("complainedRecipients")) {
                    events.add(event(type, WebhookCategory.COMPLAINT, WebhookVerdicts.nonFailure(
                            text(r, "emailAddress"), WebhookCategory.COMPLAINT, feedback.isEmpty() ? "abuse" : feedback)));
                }
            }
            case "delivery" -> {
                for (JsonNode r : event.path("delivery").path("recipients")) {
                    events.add(event(type, WebhookCategory.DELIVERY, WebhookVerdicts.nonFailure(
                            r.asText(), WebhookCategory.DELIVERY, text(event.path("delivery"), "smtpResponse"))));
                }
            }
            case "deliverydelay" -> {
                for (JsonNode r : event.path("deliveryDelay").path("delayedRecipients")) {
                    events.add(event(type, WebhookCategory.DEFERRED, WebhookVerdicts.failure(text(r, "emailAddress"),
                            text(r, "status"), "", text(r, "diagnosticCode"), Optional.of(false), Optional.empty())));
                }
            }
            case "open" -> events.add(other(type, WebhookCategory.OPEN));
            case "click" -> events.add(other(type, WebhookCategory.CLICK));
            default -> events.add(other(type, WebhookCategory.OTHER));
        }
        return events;
    }

    /**
     * SES bounce types: Permanent is a hard bounce except that Suppressed/OnAccountSuppressionList are
     * SES's own suppression lists; Transient sub-types name the cause; Undetermined carries nothing.
     */
    private void readBounce(String type, JsonNode bounce, List<WebhookEvent> into) {
        String bounceType = text(bounce, "bounceType").toLowerCase(Locale.ROOT);
        String subType = text(bounce, "bounceSubType").toLowerCase(Locale.ROOT);
        Optional<Boolean> permanent = switch (bounceType) {
            case "permanent" -> Optional.of(true);
            case "transient" -> Optional.of(false);
            default -> Optional.empty();
        };
        Optional<BounceReason> subTypeReason = switch (subType) {
            case "noemail" -> Optional.of(BounceReason.USERUNKNOWN);
            case "suppressed", "onaccountsuppressionlist" -> Optional.of(BounceReason.SUPPRESSED);
            case "mailboxfull" -> Optional.of(BounceReason.MAILBOXFULL);
            case "messagetoolarge" -> Optional.of(BounceReason.MESGTOOBIG);
            case "contentrejected" -> Optional.of(BounceReason.SPAMDETECTED);
            case "attachmentrejected" -> Optional.of(BounceReason.SECURITYERROR);
            default -> Optional.empty();
        };
        boolean suppressed = subTypeReason.filter(r -> r == BounceReason.SUPPRESSED).isPresent();
        for (JsonNode r : bounce.path("bouncedRecipients")) {
            String diagnostic = text(r, "diagnosticCode");
            Optional<BounceReason> reason = subTypeReason.or(() -> diagnostic.isBlank() && text(r, "status").isBlank()
                    ? Optional.of(BounceReason.ONHOLD)
                    : Optional.empty());
            into.add(event(type, suppressed ? WebhookCategory.DROPPED : WebhookCategory.BOUNCE,
                    WebhookVerdicts.failure(text(r, "emailAddress"), text(r, "status"), "", diagnostic, permanent, reason)));
        }
    }

    private WebhookEvent other(String type, WebhookCategory category) {
        return event(type, category, WebhookVerdicts.nonFailure("", category, ""));
    }

    private WebhookEvent event(String type, WebhookCategory category, RecipientVerdict verdict) {
        return new WebhookEvent(provider(), type, category, verdict);
    }
}
