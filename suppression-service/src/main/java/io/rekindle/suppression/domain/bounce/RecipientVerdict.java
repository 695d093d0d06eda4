package io.rekindle.suppression.domain.bounce;

/**
 * The classifier's verdict on one recipient of a bounce, complaint or delivery report.
 *
 * @param recipient      the address the verdict is about (may be empty for redacted complaints)
 * @param reason         sisimai-vocabulary reason
 * @param severity       hard/soft (not applicable for deliveries, complaints and auto replies)
 * @param permanent      true for a permanent (5.x.x / 5xx) failure, false for a transient one
 * @param enhancedStatus RFC 3463 status such as "5.1.1", or empty
 * @param replyCode      SMTP reply code such as "550", or empty
 * @param diagnostic     the remote server's explanation
 * @param remoteMta      the host that reported the failure, or empty
 * @param action         what the suppression service should do about the address
 */
public record RecipientVerdict(
        String recipient,
        BounceReason reason,
        Severity severity,
        boolean permanent,
        String enhancedStatus,
        String replyCode,
        String diagnostic,
        String remoteMta,
        SuppressionAction action) {

    /** Builds a verdict whose severity and action follow from the reason by {@link SuppressionPolicy}. */
    public static RecipientVerdict of(String recipient, BounceReason reason, boolean permanent, String enhancedStatus,
            String replyCode, String diagnostic, String remoteMta) {
        Severity severity = SuppressionPolicy.severity(reason, permanent);
        return new RecipientVerdict(recipient, reason, severity, permanent, enhancedStatus, replyCode, diagnostic,
                remoteMta, SuppressionPolicy.action(reason, severity));
    }
}
