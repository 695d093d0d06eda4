package io.rekindle.suppression.domain.bounce;

import io.rekindle.suppression.domain.bounce.dialect.RecipientEvidence;
import io.rekindle.suppression.domain.bounce.dialect.SmtpCommand;
import io.rekindle.suppression.domain.bounce.dialect.SmtpText;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides the reason and the permanence of one recipient's failure from its evidence, in this order: the
 * sending MTA's own category, a provider's own codes, tables and fixed wording, decisive status codes, the
 * diagnostic's wording (without the words an MTA adds when it gives up retrying), a mailer program's exit,
 * the DSN action and giving up, the remaining status codes, the surrounding notice's wording, and finally the
 * diagnostic type. "User unknown" wording is then checked against the SMTP command that failed.
 */
final class ReasonRules {

    /** Wording MTAs use in notices about failures they are still retrying. */
    private static final Pattern TRANSIENT_NOTICE = Pattern.compile(
            "(?i)(?:temporar(?:y|ily)|delayed|will (?:be )?retr(?:y|ied)|still trying|not yet been delivered|"
                    + "will keep trying|will continue to try|postponed|advisory|warning:|deferred|try again later)");

    private static final Pattern GIVING_UP = Pattern.compile(
            ":? ?retry timeout exceeded|retry time not reached for any host after a long failure period"
                    + "|all hosts have been failing for a long time and were last tried after this message arrived"
                    + "|message could not be delivered for \\d+ \\w+|message will be deleted from queue");

    private static final Map<String, BounceReason> MTA_CATEGORIES = Map.ofEntries(
            Map.entry("bad-mailbox", BounceReason.USERUNKNOWN),
            Map.entry("bad-domain", BounceReason.HOSTUNKNOWN),
            Map.entry("inactive-mailbox", BounceReason.SUSPEND),
            Map.entry("quota-issues", BounceReason.MAILBOXFULL),
            Map.entry("message-expired", BounceReason.EXPIRED),
            Map.entry("no-answer-from-host", BounceReason.NETWORKERROR),
            Map.entry("policy-related", BounceReason.POLICYVIOLATION),
            Map.entry("spam-related", BounceReason.SPAMDETECTED),
            Map.entry("virus-related", BounceReason.VIRUSDETECTED),
            Map.entry("content-related", BounceReason.CONTENTERROR),
            Map.entry("relaying-issues", BounceReason.NORELAYING),
            Map.entry("invalid-sender", BounceReason.REJECTED),
            Map.entry("routing-errors", BounceReason.SYSTEMERROR));

    private ReasonRules() {
    }

    static BounceReason reason(RecipientEvidence evidence) {
        String status = evidence.enhancedStatus();
        String diagnostic = lower(SmtpText.unfoldReply(evidence.diagnostic()));
        String context = lower(evidence.context());
        if (status.startsWith("2") || isDeliveredAction(evidence.dsnAction())) {
            return BounceReason.DELIVERED;
        }
        String hosts = lower(evidence.remoteMta() + " " + evidence.reportingMta() + " " + evidence.context());
        String cause = withoutGivingUp(diagnostic);
        String contextCause = withoutGivingUp(context);
        boolean gaveUp = !cause.equals(diagnostic) || !contextCause.equals(context);
        Optional<BounceReason> explicit = mtaCategory(evidence)
                .or(() -> ReasonPhrases.orangeCode(diagnostic + "\n" + context))
                .or(() -> ReasonPhrases.provider(hosts, diagnostic.isBlank() ? context : diagnostic))
                .or(() -> ReasonPhrases.explicit(diagnostic + "\n" + context));
        BounceReason reason = explicit
                .or(() -> StatusCodeReasons.decisive(status))
                .or(() -> ReasonPhrases.match(cause))
                .or(() -> mailerProgram(evidence))
                .or(() -> delayed(evidence))
                .or(() -> gaveUp ? Optional.of(BounceReason.EXPIRED) : Optional.empty())
                .or(() -> nonGeneric(status).flatMap(StatusCodeReasons::fallback))
                .or(() -> ReasonPhrases.match(contextCause))
                .or(() -> fromDiagnosticType(evidence))
                .or(() -> StatusCodeReasons.fallback(status))
                .orElse(diagnostic.isBlank() && context.isBlank() ? BounceReason.UNDEFINED : BounceReason.ONHOLD);
        if (reason == BounceReason.USERUNKNOWN && explicit.isEmpty() && !StatusCodeReasons.namesTheAddress(status)) {
            reason = userUnknownByCommand(SmtpCommand.failedIn(evidence.diagnostic())
                    .or(() -> SmtpCommand.failedIn(evidence.context())));
        }
        // A DNS answer that may change (4.x.x) says nothing yet about the domain's existence.
        return reason == BounceReason.HOSTUNKNOWN && !permanent(evidence) ? BounceReason.NETWORKERROR : reason;
    }

    /**
     * Removes the words an MTA wraps around its last attempt's error when it stops retrying (Exim "...: retry
     * timeout exceeded", Sendmail "Message could not be delivered for 5 days"), so the error itself names the
     * reason; giving up is the reason only when nothing else is said. qmail's "I'm not going to try again" is
     * not one of them: sisimai, whose labels we follow, reads it as the expiry itself.
     */
    static String withoutGivingUp(String lowerCaseText) {
        return GIVING_UP.matcher(lowerCaseText).replaceAll(" ");
    }

    /**
     * PowerMTA's X-PowerMTA-BounceCategory, its own classification of the remote reply (PowerMTA User's Guide,
     * "bounce categories"); categories such as "other" or "bad-connection" say too little and are left out.
     */
    private static Optional<BounceReason> mtaCategory(RecipientEvidence evidence) {
        return Optional.ofNullable(MTA_CATEGORIES.get(evidence.mtaCategory()));
    }

    /**
     * "User unknown" wording without an X.1.x status proves a missing mailbox only when the server said it
     * in reply to RCPT TO: said after DATA (or with no command known) it is the recipient's filter refusing
     * the message, said at MAIL FROM it is about our envelope sender, said at the greeting or HELO it is
     * about our host. This is sisimai's UserUnknown/Filtered split, which its labels follow.
     */
    private static BounceReason userUnknownByCommand(Optional<SmtpCommand> command) {
        return switch (command.orElse(SmtpCommand.DATA)) {
            case RCPT -> BounceReason.USERUNKNOWN;
            case DATA -> BounceReason.FILTERED;
            case MAIL -> BounceReason.REJECTED;
            case CONN, HELO, STARTTLS, AUTH -> BounceReason.BLOCKED;
        };
    }

    /**
     * RFC 3464 "Diagnostic-Code: X-Unix; 71": a local delivery program (procmail, a pipe) exited with an
     * error, whatever the action or status, which Sendmail only sets to a generic 4.5.0 / 5.0.0.
     */
    private static Optional<BounceReason> mailerProgram(RecipientEvidence evidence) {
        return evidence.diagnosticType().equals("x-unix") ? Optional.of(BounceReason.MAILERERROR) : Optional.empty();
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

    /**
     * RFC 3464 "Action: delayed" (or the non-standard "expired"): the MTA is still retrying or gave up over
     * time. Said only when the diagnostic named no cause, and before generic status codes, which a retrying
     * MTA fills with its last attempt's guess (Sendmail's 4.5.0, Exchange's 4.4.0).
     */
    private static Optional<BounceReason> delayed(RecipientEvidence evidence) {
        String action = evidence.dsnAction();
        return action.startsWith("delayed") || action.startsWith("expired")
                ? Optional.of(BounceReason.EXPIRED) : Optional.empty();
    }

    /** "Diagnostic-Code: X-Postfix; ..." is Postfix reporting its own local delivery agent's failure. */
    private static Optional<BounceReason> fromDiagnosticType(RecipientEvidence evidence) {
        return evidence.diagnosticType().equals("x-postfix") ? Optional.of(BounceReason.MAILERERROR) : Optional.empty();
    }

    /**
     * RFC 3464 section 2.3.3: these actions report success, not failure; "deliverable" is Postfix's and
     * Sendmail's address-verification report (sendmail -bv).
     */
    static boolean isDeliveredAction(String action) {
        return action.startsWith("delivered") || action.startsWith("relayed") || action.startsWith("expanded")
                || action.equals("deliverable");
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
