package io.rekindle.suppression.domain.bounce;

import static io.rekindle.suppression.domain.bounce.ProviderEvents.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Postmark webhooks, told apart by "RecordType"; bounce records carry Postmark's own bounce "Type". */
final class PostmarkEvents implements ProviderEvents {

    @Override
    public WebhookProvider provider() {
        return WebhookProvider.POSTMARK;
    }

    @Override
    public boolean accepts(JsonNode event) {
        return event.has("RecordType");
    }

    @Override
    public List<WebhookEvent> read(JsonNode event) {
        String recordType = text(event, "RecordType");
        String recipient = text(event, "Email").isEmpty() ? text(event, "Recipient") : text(event, "Email");
        WebhookEvent result = switch (recordType.toLowerCase(Locale.ROOT)) {
            case "bounce" -> bounce(recordType, recipient, event);
            case "spamcomplaint" -> nonFailure(recordType, WebhookCategory.COMPLAINT, recipient, "abuse");
            case "delivery" -> nonFailure(recordType, WebhookCategory.DELIVERY, recipient, text(event, "Details"));
            case "open" -> nonFailure(recordType, WebhookCategory.OPEN, recipient, "");
            case "click" -> nonFailure(recordType, WebhookCategory.CLICK, recipient, "");
            case "subscriptionchange" -> nonFailure(recordType,
                    event.path("SuppressSending").asBoolean(false) ? WebhookCategory.UNSUBSCRIBE : WebhookCategory.OTHER,
                    recipient, text(event, "SuppressionReason"));
            default -> nonFailure(recordType, WebhookCategory.OTHER, recipient, "");
        };
        return List.of(result);
    }

    /** Postmark bounce types (postmark.js BounceType): only a few are permanent for the recipient. */
    private WebhookEvent bounce(String recordType, String recipient, JsonNode event) {
        String type = text(event, "Type").toLowerCase(Locale.ROOT);
        String detail = text(event, "Details") + " " + text(event, "Description");
        if (type.equals("spamcomplaint")) {
            return nonFailure(recordType, WebhookCategory.COMPLAINT, recipient, "abuse");
        }
        if (type.equals("autoresponder")) {
            return event(recordType, WebhookCategory.OTHER, RecipientVerdict.of(recipient, BounceReason.VACATION, false,
                    "", "", detail, ""));
        }
        Optional<BounceReason> reason = switch (type) {
            case "hardbounce", "bademailaddress" -> Optional.of(BounceReason.USERUNKNOWN);
            case "dnserror" -> Optional.of(BounceReason.HOSTUNKNOWN);
            case "addresschange" -> Optional.of(BounceReason.HASMOVED);
            case "manuallydeactivated" -> Optional.of(BounceReason.SUPPRESSED);
            case "spamnotification" -> Optional.of(BounceReason.SPAMDETECTED);
            case "virusnotification" -> Optional.of(BounceReason.VIRUSDETECTED);
            case "blocked" -> Optional.of(BounceReason.BLOCKED);
            case "dmarcpolicy" -> Optional.of(BounceReason.AUTHFAILURE);
            default -> Optional.empty();
        };
        boolean permanent = type.equals("hardbounce") || type.equals("bademailaddress") || type.equals("dnserror")
                || type.equals("addresschange") || type.equals("manuallydeactivated");
        return event(recordType, WebhookCategory.BOUNCE,
                WebhookVerdicts.failure(recipient, "", "", detail, Optional.of(permanent), reason));
    }

    private WebhookEvent nonFailure(String type, WebhookCategory category, String recipient, String detail) {
        return event(type, category, WebhookVerdicts.nonFailure(recipient, category, detail));
    }

    private WebhookEvent event(String type, WebhookCategory category, RecipientVerdict verdict) {
        return new WebhookEvent(provider(), type, category, verdict);
    }
}
