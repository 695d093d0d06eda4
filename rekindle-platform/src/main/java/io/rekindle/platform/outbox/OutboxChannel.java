package io.rekindle.platform.outbox;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/**
 * The Kafka producer channel the relay writes to. A bean of its own (reached through a client proxy)
 * so that the emitter is only looked up on the first send, after Reactive Messaging wired its channels.
 */
@ApplicationScoped
public class OutboxChannel {

    private final MutinyEmitter<String> emitter;

    // A relay batch is sent at once and awaited; the buffer must hold a whole batch.
    OutboxChannel(@Channel("outbox") @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
            MutinyEmitter<String> emitter) {
        this.emitter = emitter;
    }

    /** Completes when Kafka acknowledged the record, fails when it refused it. */
    Uni<Void> send(Message<String> message) {
        return emitter.sendMessage(message);
    }
}
