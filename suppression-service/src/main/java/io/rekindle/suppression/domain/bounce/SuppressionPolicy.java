package io.rekindle.suppression.domain.bounce;

import static io.rekindle.suppression.domain.bounce.BounceReason.*;

import java.util.EnumSet;
import java.util.Set;

/**
 * Severity and suppression action for a reason.
 *
 * <p>Severity follows sisimai: hard only when the address itself cannot exist (userunknown, hostunknown,
 * hasmoved, and notaccept when permanent, i.e. a null MX).
 *
 * <p>Action rule: hard bounces and complaints suppress; recipient-side trouble (full or suspended
 * mailbox, the recipient's own filter, timeouts and remote system faults) counts towards suppression after
 * repeated soft bounces; anything that says more about us as the sender than about the recipient
 * (our IP or domain blocked or badly reputed, missing PTR/SPF/DKIM/DMARC, our content judged spam or
 * against policy, our envelope sender rejected, relaying/TLS/syntax problems, rate limits) is ignored so a
 * sender-side incident never suppresses good addresses; auto replies are ignored; deliveries clear the
 * soft-bounce count.
 */
public final class SuppressionPolicy {

    private static final Set<BounceReason> HARD = EnumSet.of(USERUNKNOWN, HOSTUNKNOWN, HASMOVED);
    private static final Set<BounceReason> NOT_A_FAILURE = EnumSet.of(DELIVERED, FEEDBACK, VACATION);
    private static final Set<BounceReason> SENDER_SIDE = EnumSet.of(AUTHFAILURE, BADREPUTATION, BLOCKED,
            CONTENTERROR, EXCEEDLIMIT, FAILEDSTARTTLS, MESGTOOBIG, NORELAYING, NOTCOMPLIANTRFC, POLICYVIOLATION,
            REJECTED, REQUIREPTR, SECURITYERROR, SPAMDETECTED, SPEEDING, SYNTAXERROR, VIRUSDETECTED);

    private SuppressionPolicy() {
    }

    public static Severity severity(BounceReason reason, boolean permanent) {
        if (NOT_A_FAILURE.contains(reason)) {
            return Severity.NOT_APPLICABLE;
        }
        if (HARD.contains(reason) || reason == NOTACCEPT && permanent) {
            return Severity.HARD;
        }
        return Severity.SOFT;
    }

    /** True for reasons that point at the sender (IP, domain, content, envelope) rather than the recipient. */
    public static boolean isSenderSide(BounceReason reason) {
        return SENDER_SIDE.contains(reason);
    }

    public static SuppressionAction action(BounceReason reason, Severity severity) {
        if (reason == DELIVERED) {
            return SuppressionAction.CLEAR_SOFT_BOUNCES;
        }
        if (reason == FEEDBACK || reason == SUPPRESSED || severity == Severity.HARD) {
            return SuppressionAction.SUPPRESS;
        }
        if (reason == VACATION || SENDER_SIDE.contains(reason)) {
            return SuppressionAction.IGNORE;
        }
        return SuppressionAction.COUNT_SOFT_BOUNCE;
    }
}
