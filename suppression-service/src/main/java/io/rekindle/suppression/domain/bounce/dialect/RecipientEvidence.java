package io.rekindle.suppression.domain.bounce.dialect;

/**
 * What one dialect recogniser could read about one recipient, before any interpretation.
 *
 * @param recipient      the failed address, lower-cased domain, without angle brackets
 * @param enhancedStatus RFC 3463 status ("5.1.1"), or empty
 * @param replyCode      SMTP reply code ("550"), or empty
 * @param diagnostic     the remote server's or MTA's own explanation, whitespace-collapsed
 * @param remoteMta      the host that refused the message, or empty
 * @param dsnAction      RFC 3464 Action field (failed, delayed, delivered, relayed, expanded), or empty
 * @param diagnosticType the Diagnostic-Code type ("smtp", "x-unix", ...), or empty
 * @param context        the human-readable notice text around this recipient, for a second look at the reason
 * @param reportingMta   the MTA that wrote the notice (RFC 3464 Reporting-MTA), or empty
 * @param mtaCategory    the sending MTA's own classification of the failure (PowerMTA's
 *                       X-PowerMTA-BounceCategory), lower-cased, or empty
 */
public record RecipientEvidence(
        String recipient,
        String enhancedStatus,
        String replyCode,
        String diagnostic,
        String remoteMta,
        String dsnAction,
        String diagnosticType,
        String context,
        String reportingMta,
        String mtaCategory) {

    /** Evidence from a notice that carries no MTA classification of its own. */
    public RecipientEvidence(String recipient, String enhancedStatus, String replyCode, String diagnostic,
            String remoteMta, String dsnAction, String diagnosticType, String context) {
        this(recipient, enhancedStatus, replyCode, diagnostic, remoteMta, dsnAction, diagnosticType, context, "", "");
    }

    public RecipientEvidence withContext(String newContext) {
        return new RecipientEvidence(recipient, enhancedStatus, replyCode, diagnostic, remoteMta, dsnAction,
                diagnosticType, newContext, reportingMta, mtaCategory);
    }
}
