package io.rekindle.segment.messaging;

import io.rekindle.events.engagement.EmailBounced;
import io.rekindle.events.engagement.EmailClicked;
import io.rekindle.events.engagement.EmailDelivered;
import io.rekindle.events.engagement.EmailOpened;
import io.rekindle.events.engagement.EmailSent;
import io.rekindle.events.engagement.PermissionPassConfirmed;
import io.rekindle.events.engagement.SmsClicked;
import io.rekindle.events.engagement.SmsSent;
import io.rekindle.platform.inbox.EventHandlers;
import io.rekindle.platform.inbox.IdempotentEventProcessor;
import io.rekindle.segment.service.EngagementProjection;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Keeps the engagement history current from the engagement topic, once per event id. */
@ApplicationScoped
public class EngagementEventsConsumer {

    static final String CONSUMER = "segment-service.engagement-history";

    private final IdempotentEventProcessor processor;
    private final EventHandlers handlers;

    EngagementEventsConsumer(IdempotentEventProcessor processor, EngagementProjection projection) {
        this.processor = processor;
        this.handlers = new EventHandlers()
                .on(EmailSent.TYPE, projection::emailSent)
                .on(EmailDelivered.TYPE, projection::emailDelivered)
                .on(EmailOpened.TYPE, projection::emailOpened)
                .on(EmailClicked.TYPE, projection::emailClicked)
                .on(EmailBounced.TYPE, projection::emailBounced)
                .on(PermissionPassConfirmed.TYPE, projection::permissionPassConfirmed)
                .on(SmsSent.TYPE, projection::smsSent)
                .on(SmsClicked.TYPE, projection::smsClicked);
    }

    @Incoming("engagement-events")
    @Blocking
    public void onEngagementEvent(String record) {
        processor.process(CONSUMER, record, handlers);
    }
}
