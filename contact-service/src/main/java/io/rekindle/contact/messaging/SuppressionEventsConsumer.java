package io.rekindle.contact.messaging;

import io.rekindle.contact.service.SuppressionReactions;
import io.rekindle.events.suppression.AddressSuppressed;
import io.rekindle.events.suppression.AddressUnsuppressed;
import io.rekindle.events.suppression.ComplaintReceived;
import io.rekindle.platform.inbox.EventHandlers;
import io.rekindle.platform.inbox.IdempotentEventProcessor;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reacts to suppression-service's events: a complaint unsubscribes the contact from all marketing
 * email; suppressions keep the contact's bounce summary (hard-bounce reason) current.
 */
@ApplicationScoped
public class SuppressionEventsConsumer {

    static final String CONSUMER = "contact-service.suppressions";

    private final IdempotentEventProcessor processor;
    private final EventHandlers handlers;

    SuppressionEventsConsumer(IdempotentEventProcessor processor, SuppressionReactions reactions) {
        this.processor = processor;
        this.handlers = new EventHandlers()
                .on(ComplaintReceived.TYPE, reactions::complaintReceived)
                .on(AddressSuppressed.TYPE, reactions::addressSuppressed)
                .on(AddressUnsuppressed.TYPE, reactions::addressUnsuppressed);
    }

    @Incoming("suppression-events")
    @Blocking
    public void onSuppressionEvent(String record) {
        processor.process(CONSUMER, record, handlers);
    }
}
