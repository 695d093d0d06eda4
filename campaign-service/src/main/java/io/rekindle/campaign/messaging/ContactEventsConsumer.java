package io.rekindle.campaign.messaging;

import io.rekindle.campaign.service.ContactCopyProjection;
import io.rekindle.events.contact.ContactArchived;
import io.rekindle.events.contact.ContactCreated;
import io.rekindle.events.contact.ContactErased;
import io.rekindle.events.contact.ContactUnarchived;
import io.rekindle.events.contact.ContactUpdated;
import io.rekindle.events.contact.SubscriptionChanged;
import io.rekindle.platform.inbox.EventHandlers;
import io.rekindle.platform.inbox.IdempotentEventProcessor;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Keeps the contact copy current from the contacts topic, once per event id. Records are processed in
 * partition order (one contact's events in the order they happened) and acknowledged after the transaction.
 */
@ApplicationScoped
public class ContactEventsConsumer {

    static final String CONSUMER = "campaign-service.contact-copy";

    private final IdempotentEventProcessor processor;
    private final EventHandlers handlers;

    ContactEventsConsumer(IdempotentEventProcessor processor, ContactCopyProjection projection) {
        this.processor = processor;
        this.handlers = new EventHandlers()
                .on(ContactCreated.TYPE, projection::created)
                .on(ContactUpdated.TYPE, projection::updated)
                .on(ContactArchived.TYPE, projection::archived)
                .on(ContactUnarchived.TYPE, projection::unarchived)
                .on(ContactErased.TYPE, projection::erased)
                .on(SubscriptionChanged.TYPE, projection::subscriptionChanged);
    }

    @Incoming("contact-events")
    @Blocking
    public void onContactEvent(String record) {
        processor.process(CONSUMER, record, handlers);
    }
}
