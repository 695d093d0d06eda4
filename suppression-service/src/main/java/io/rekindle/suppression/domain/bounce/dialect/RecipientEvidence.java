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
 */
public record RecipientEvidence(
        String recipient,
        String enhancedStatus,
        String replyCode,
        String diagnostic,
        String remoteMta,
        String dsnAction,
        String diagnosticType,
        String context) {

    public RecipientEvidence withContext(String newContext) {
        return new RecipientEvidence(recipient, enhancedStatus, replyCode, diagnostic, remoteMta, dsnAction,
                diagnosticType, newContext);
    }
}
