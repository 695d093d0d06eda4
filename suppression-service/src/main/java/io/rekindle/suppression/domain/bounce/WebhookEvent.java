package io.rekindle.suppression.domain.bounce;

/**
 * One recipient-level event from an ESP webhook, normalised across providers.
 *
 * @param provider          which ESP sent it
 * @param providerEventType the provider's own event name ("Bounce", "dropped", "failed", ...)
 * @param category          provider-neutral category
 * @param verdict           reason, severity, codes and suppression action for the recipient
 */
public record WebhookEvent(WebhookProvider provider, String providerEventType, WebhookCategory category,
        RecipientVerdict verdict) {

    public String recipient() {
        return verdict.recipient();
    }

    public SuppressionAction action() {
        return verdict.action();
    }
}
