package io.rekindle.suppression.domain.bounce;

import java.util.List;
import java.util.Optional;

/**
 * The result of classifying one raw message.
 *
 * @param kind         bounce, delivery report, complaint, auto reply or not a bounce
 * @param dialect      which format recogniser read it ("rfc3464", "exim", "arf", ...), for diagnostics
 * @param recipients   one verdict per recipient; empty for auto replies and non-bounces
 * @param feedbackType the ARF Feedback-Type (RFC 5965 section 3.1) of a complaint, lower-cased
 */
public record ClassifiedMessage(MessageKind kind, String dialect, List<RecipientVerdict> recipients,
        Optional<String> feedbackType) {

    public ClassifiedMessage {
        recipients = List.copyOf(recipients);
    }

    public static ClassifiedMessage notABounce() {
        return new ClassifiedMessage(MessageKind.NOT_A_BOUNCE, "none", List.of(), Optional.empty());
    }

    public static ClassifiedMessage autoReply() {
        return new ClassifiedMessage(MessageKind.AUTO_REPLY, "rfc3834", List.of(), Optional.empty());
    }

    public boolean hasRecipients() {
        return !recipients.isEmpty();
    }
}
