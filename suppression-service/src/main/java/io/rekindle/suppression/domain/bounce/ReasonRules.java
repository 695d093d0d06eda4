package io.rekindle.suppression.domain.bounce;

import io.rekindle.suppression.domain.bounce.dialect.RecipientEvidence;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides the reason and the permanence of one recipient's failure from its evidence, in this order:
 * decisive status codes, the diagnostic's wording, the remaining status codes, the surrounding notice's
 * wording, and finally the DSN action and diagnostic type.
 */
final class ReasonRules {

    /** Wording MTAs use in notices about failures they are still retrying. */
    private static final Pattern TRANSIENT_NOTICE = Pattern.compile(
            "(?i)(?:temporar(?:y|ily)|delayed|will (?:be )?retr(?:y|ied)|still trying|not yet been delivered|"
                    + "will keep trying|warning:|deferred|try again later)");

    private ReasonRules() {
    }

    static BounceReason reason(RecipientEvidence evidence) {
        String status = evidence.enhancedStatus();
        String diagnostic = lower(evidence.diagnostic());
        String context = lower(evidence.context());
        if (status.startsWith("2") || isDeliveredAction(evidence.dsnAction())) {
            return BounceReason.DELIVERED;
        }
        BounceReason reason = StatusCodeReasons.decisive(status)
                .or(() -> delayed(evidence))
                .or(() -> ReasonPhrases.match(diagnostic))
                .or(() -> nonGeneric(status).flatMap(StatusCodeReasons::fallback))
                .or(() -> ReasonPhrases.match(context))
                .or(() -> fromAction(evidence))
                .or(() -> StatusCodeReasons.fallback(status))
                .orElse(diagnostic.isBlank() && context.isBlank() ? BounceReason.UNDEFINED : BounceReason.ONHOLD);
        // A DNS answer that may change (4.x.x) says nothing yet about the domain's existence.
        return reason == BounceReason.HOSTUNKNOWN && !permanent(evidence) ? BounceReason.NETWORKERROR : reason;
    }

    /** RFC 3464 "Action: delayed": the MTA is still retrying or gave up over time, whatever the last error. */
    private static Optional<BounceReason> delayed(RecipientEvidence evidence) {
        return evidence.dsnAction().startsWith("delayed") ? Optional.of(BounceReason.EXPIRED) : Optional.empty();
    }

    static boolean permanent(RecipientEvidence evidence) {
        String status = evidence.enhancedStatus();
        if (!status.isEmpty()) {
            return status.charAt(0) == '5';
        }
        String reply = evidence.replyCode();
        if (!reply.isEmpty()) {
            return reply.charAt(0) == '5';
        }
        String action = evidence.dsnAction();
        if (!action.isEmpty()) {
            return !action.startsWith("delayed");
        }
        return !TRANSIENT_NOTICE.matcher(evidence.context() + " " + evidence.diagnostic()).find();
    }

    /** "X.0.0" says only success/failure, so it must not decide a reason on its own. */
    private static Optional<String> nonGeneric(String status) {
        return status.length() >= 5 && !status.endsWith(".0.0") ? Optional.of(status) : Optional.empty();
    }

    private static Optional<BounceReason> fromAction(RecipientEvidence evidence) {
        String action = evidence.dsnAction();
        if (action.startsWith("delayed") || action.startsWith("expired")) {
            return Optional.of(BounceReason.EXPIRED);
        }
        String type = evidence.diagnosticType();
        if (type.equals("x-unix") || type.equals("x-postfix")) {
            return Optional.of(BounceReason.MAILERERROR);
        }
        return Optional.empty();
    }

    /** RFC 3464 section 2.3.3: these actions report success, not failure. */
    static boolean isDeliveredAction(String action) {
        return action.startsWith("delivered") || action.startsWith("relayed") || action.startsWith("expanded");
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
