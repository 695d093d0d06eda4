package io.rekindle.platform.outbox;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.smallrye.reactive.messaging.providers.extension.HealthCenter;
import jakarta.inject.Singleton;

/**
 * Skips relay runs until Reactive Messaging has wired its channels: the scheduler starts with the
 * application too, and a first run before the wiring would fail to find the Kafka channel.
 */
@Singleton
public class MessagingNotStarted implements Scheduled.SkipPredicate {

    private final HealthCenter messaging;

    MessagingNotStarted(HealthCenter messaging) {
        this.messaging = messaging;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !messaging.isInitialized();
    }
}
