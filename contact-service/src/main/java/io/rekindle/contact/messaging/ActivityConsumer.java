package io.rekindle.contact.messaging;

import io.rekindle.contact.service.ActivityService;
import io.rekindle.events.activity.OrderPlaced;
import io.rekindle.platform.inbox.EventHandlers;
import io.rekindle.platform.inbox.IdempotentEventProcessor;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Records orders that shops publish on the activity topic. Deduplicated by event id here and by order
 * id in {@link ActivityService}; a record naming no known contact goes to the dead-letter topic.
 */
@ApplicationScoped
public class ActivityConsumer {

    static final String CONSUMER = "contact-service.activity";

    private final IdempotentEventProcessor processor;
    private final EventHandlers handlers;

    ActivityConsumer(IdempotentEventProcessor processor, ActivityService activity) {
        this.processor = processor;
        this.handlers = new EventHandlers().on(OrderPlaced.TYPE, activity::placed);
    }

    @Incoming("activity")
    @Blocking
    public void onActivity(String record) {
        processor.process(CONSUMER, record, handlers);
    }
}
