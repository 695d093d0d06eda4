package io.rekindle.contact.messaging;

import io.rekindle.contact.service.EngagementReactions;
import io.rekindle.events.engagement.EmailClicked;
import io.rekindle.events.engagement.EmailOpened;
import io.rekindle.events.engagement.EmailSent;
import io.rekindle.events.engagement.PermissionPassConfirmed;
import io.rekindle.events.engagement.SmsClicked;
import io.rekindle.events.engagement.UnsubscribeRequested;
import io.rekindle.platform.inbox.EventHandlers;
import io.rekindle.platform.inbox.IdempotentEventProcessor;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Turns what recipients did with campaign-service's emails into consent (a permission-pass confirmation
 * re-confirms the opt-in, R6; a one-click unsubscribe unsubscribes at once, RFC 8058) and into the
 * contact's engagement summary.
 */
@ApplicationScoped
public class EngagementEventsConsumer {

    static final String CONSUMER = "contact-service.engagement";

    private final IdempotentEventProcessor processor;
    private final EventHandlers handlers;

    EngagementEventsConsumer(IdempotentEventProcessor processor, EngagementReactions reactions) {
        this.processor = processor;
        this.handlers = new EventHandlers()
                .on(PermissionPassConfirmed.TYPE, reactions::permissionPassConfirmed)
                .on(UnsubscribeRequested.TYPE, reactions::unsubscribeRequested)
                .on(EmailSent.TYPE, reactions::emailSent)
                .on(EmailOpened.TYPE, reactions::emailOpened)
                .on(EmailClicked.TYPE, reactions::emailClicked)
                .on(SmsClicked.TYPE, reactions::smsClicked);
    }

    @Incoming("engagement-events")
    @Blocking
    public void onEngagementEvent(String record) {
        processor.process(CONSUMER, record, handlers);
    }
}
