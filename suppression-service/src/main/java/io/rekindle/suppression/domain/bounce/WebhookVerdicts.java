package io.rekindle.suppression.domain.bounce;

import io.rekindle.suppression.domain.bounce.dialect.RecipientEvidence;
import io.rekindle.suppression.domain.bounce.dialect.SmtpText;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Builds verdicts for webhook events, reusing the raw-message reason rules on the provider's status and
 * diagnostic so that a SendGrid "550 5.1.1 user unknown" gets the same reason as the bounce e-mail would.
 */
final class WebhookVerdicts {

    /** Drops caused by the address (not by our content or API use) should suppress it here too. */
    private static final Pattern ADDRESS_LEVEL_DROP = Pattern.compile(
            "(?i)bounced|unsubscribed|spam report|complain|invalid (?:e-?mail|address|recipient)|suppress");

    private WebhookVerdicts() {
    }

    /**
     * @param providerPermanent the ESP's own hard/soft judgement when it gives one. It wins over the
     *                          sisimai-style severity because the ESP saw the whole SMTP conversation, except
     *                          that a sender-side reason (block, spam, policy) is never hard for the recipient.
     */
    static RecipientVerdict failure(String recipient, String status, String replyCode, String diagnostic,
            Optional<Boolean> providerPermanent, Optional<BounceReason> providerReason) {
        String cleanDiagnostic = SmtpText.collapseWhitespace(diagnostic).replaceFirst("(?i)^smtp;\\s*", "");
        String enhanced = SmtpText.enhancedStatus(status);
        if (enhanced.isEmpty()) {
            enhanced = SmtpText.enhancedStatus(cleanDiagnostic);
        }
        String reply = SmtpText.replyCode(replyCode);
        if (reply.isEmpty()) {
            reply = SmtpText.replyCode(cleanDiagnostic);
        }
        if (reply.isEmpty()) {
            reply = SmtpText.replyCode(status);
        }
        RecipientEvidence evidence = new RecipientEvidence(recipient, enhanced, reply, cleanDiagnostic, "",
                providerPermanent.map(p -> p ? "failed" : "delayed").orElse(""), "", "");
        BounceReason reason = providerReason.orElseGet(() -> ReasonRules.reason(evidence));
        boolean permanent = providerPermanent.orElseGet(() -> ReasonRules.permanent(evidence));
        Severity severity = providerPermanent.isPresent()
                ? providerSeverity(reason, permanent)
                : SuppressionPolicy.severity(reason, permanent);
        return new RecipientVerdict(recipient, reason, severity, permanent, enhanced, reply, cleanDiagnostic, "",
                SuppressionPolicy.action(reason, severity));
    }

    private static Severity providerSeverity(BounceReason reason, boolean permanent) {
        if (!permanent || SuppressionPolicy.isSenderSide(reason)) {
            return Severity.SOFT;
        }
        return Severity.HARD;
    }

    /** A non-failure event: delivery, complaint, open, click, unsubscribe or other. */
    static RecipientVerdict nonFailure(String recipient, WebhookCategory category, String detail) {
        SuppressionAction action = switch (category) {
            case COMPLAINT, UNSUBSCRIBE -> SuppressionAction.SUPPRESS;
            case DROPPED -> ADDRESS_LEVEL_DROP.matcher(detail).find() || detail.isBlank()
                    ? SuppressionAction.SUPPRESS : SuppressionAction.IGNORE;
            case DELIVERY, OPEN, CLICK -> SuppressionAction.CLEAR_SOFT_BOUNCES;
            default -> SuppressionAction.IGNORE;
        };
        BounceReason reason = switch (category) {
            case COMPLAINT -> BounceReason.FEEDBACK;
            case DELIVERY -> BounceReason.DELIVERED;
            case DROPPED -> BounceReason.SUPPRESSED;
            default -> null;
        };
        Severity severity = category == WebhookCategory.DROPPED ? Severity.SOFT : Severity.NOT_APPLICABLE;
        return new RecipientVerdict(recipient, reason, severity, category == WebhookCategory.DROPPED, "", "",
                SmtpText.collapseWhitespace(detail), "", action);
    }
}
