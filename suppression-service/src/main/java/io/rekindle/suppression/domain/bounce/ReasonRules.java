package io.rekindle.suppression.domain.bounce;

import io.rekindle.suppression.domain.bounce.dialect.RecipientEvidence;
import io.rekindle.suppression.domain.bounce.dialect.SmtpCommand;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides the reason and the permanence of one recipient's failure from its evidence, in this order: a
 * provider's own codes and fixed wording, decisive status codes, the diagnostic's wording, a mailer
 * program's exit, the remaining status codes, the surrounding notice's wording, and finally the DSN action
 * and diagnostic type. "User unknown" wording is then checked against the SMTP command that failed.
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
        Optional<BounceReason> explicit = ReasonPhrases.explicit(diagnostic + "\n" + context);
        BounceReason reason = explicit
                .or(() -> StatusCodeReasons.decisive(status))
                .or(() -> ReasonPhrases.match(diagnostic))
                .or(() -> mailerProgram(evidence))
                .or(() -> delayed(evidence))
                .or(() -> nonGeneric(status).flatMap(StatusCodeReasons::fallback))
                .or(() -> ReasonPhrases.match(context))
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

    /** RFC 3464 section 2.3.3: these actions report success, not failure. */
    static boolean isDeliveredAction(String action) {
        return action.startsWith("delivered") || action.startsWith("relayed") || action.startsWith("expanded");
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
