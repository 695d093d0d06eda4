package io.rekindle.suppression.domain.bounce;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Why a message was returned, in sisimai's reason vocabulary so figures stay comparable with it. */
public enum BounceReason {
    AUTHFAILURE,
    BADREPUTATION,
    BLOCKED,
    CONTENTERROR,
    DELIVERED,
    EXCEEDLIMIT,
    EXPIRED,
    FAILEDSTARTTLS,
    FEEDBACK,
    FILTERED,
    HASMOVED,
    HOSTUNKNOWN,
    MAILBOXFULL,
    MAILERERROR,
    MESGTOOBIG,
    NETWORKERROR,
    NORELAYING,
    NOTACCEPT,
    NOTCOMPLIANTRFC,
    ONHOLD,
    POLICYVIOLATION,
    REJECTED,
    REQUIREPTR,
    SECURITYERROR,
    SPAMDETECTED,
    SPEEDING,
    SUPPRESSED,
    SUSPEND,
    SYNTAXERROR,
    SYSTEMERROR,
    SYSTEMFULL,
    TOOMANYCONN,
    UNDEFINED,
    USERUNKNOWN,
    VACATION,
    VIRUSDETECTED;

    /** The lower-case name used in CSV output and in sisimai's data. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<BounceReason> fromCliName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(wanted)).findFirst();
    }
}
