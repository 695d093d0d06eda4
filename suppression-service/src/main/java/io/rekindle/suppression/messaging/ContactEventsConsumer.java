package io.rekindle.suppression.messaging;

import io.rekindle.events.contact.ContactCreated;
import io.rekindle.platform.inbox.EventHandlers;
import io.rekindle.platform.inbox.IdempotentEventProcessor;
import io.rekindle.suppression.service.ContactTallyService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Counts the account's contacts from the contacts topic; the count sizes the monthly unbounce allowance. */
@ApplicationScoped
public class ContactEventsConsumer {

    static final String CONSUMER = "suppression-service.contact-tally";

    private final IdempotentEventProcessor processor;
    private final EventHandlers handlers;

    ContactEventsConsumer(IdempotentEventProcessor processor, ContactTallyService tally) {
        this.processor = processor;
        this.handlers = new EventHandlers().on(ContactCreated.TYPE, tally::contactCreated);
    }

    @Incoming("contact-events")
    @Blocking
    public void onContactEvent(String record) {
        processor.process(CONSUMER, record, handlers);
    }
}
