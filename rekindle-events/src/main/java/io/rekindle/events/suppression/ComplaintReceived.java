package io.rekindle.events.suppression;

import io.rekindle.events.EventPayload;
import io.rekindle.events.EventType;
import io.rekindle.events.Topics;
import java.time.Instant;

/**
 * A recipient reported our email as spam (an ARF feedback report or an ESP complaint webhook).
 * contact-service unsubscribes the contact from every marketing subscription type on it; the address is
 * suppressed as well (see {@link AddressSuppressed}), even when it already was.
 *
 * @param address      normalised address of the complaining recipient; the aggregate id
 * @param feedbackType ARF Feedback-Type (RFC 5965), e.g. {@code abuse}; or the ESP's complaint type
 * @param source       where it came from: {@code message} (bounce mailbox or upload) or {@code webhook:<provider>}
 * @param sendId       the send complained about (VERP token), when known
 * @param receivedAt   when the complaint was received
 */
public record ComplaintReceived(
        String address,
        String feedbackType,
        String source,
        String sendId,
        Instant receivedAt) implements EventPayload {

    public static final EventType<ComplaintReceived> TYPE =
            EventType.of("suppression", "ComplaintReceived", 1, ComplaintReceived.class, Topics.SUPPRESSIONS);

    @Override
    public String aggregateId() {
        return address;
    }
}
