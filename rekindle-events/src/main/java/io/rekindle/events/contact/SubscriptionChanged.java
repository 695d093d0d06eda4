package io.rekindle.events.contact;

import io.rekindle.events.EventPayload;
import io.rekindle.events.EventType;
import io.rekindle.events.Topics;
import java.time.Instant;
import java.util.UUID;

/**
 * A contact's subscription status for one subscription type on one channel changed, with the consent
 * record that proves the change. {@code channel} is EMAIL or SMS; statuses are SUBSCRIBED,
 * UNSUBSCRIBED or NOT_SPECIFIED; {@code source} says what made the change (API, FORM, IMPORT,
 * PERMISSION_PASS, ONE_CLICK_UNSUBSCRIBE, WORKFLOW, COMPLAINT).
 */
public record SubscriptionChanged(
        UUID contactId,
        UUID subscriptionTypeId,
        String channel,
        String previousStatus,
        String newStatus,
        String source,
        String legalBasis,
        boolean doubleOptInConfirmed,
        UUID consentRecordId,
        Instant changedAt) implements EventPayload {

    public static final EventType<SubscriptionChanged> TYPE =
            EventType.of("contact", "SubscriptionChanged", 1, SubscriptionChanged.class, Topics.CONTACTS);

    @Override
    public String aggregateId() {
        return contactId.toString();
    }
}
