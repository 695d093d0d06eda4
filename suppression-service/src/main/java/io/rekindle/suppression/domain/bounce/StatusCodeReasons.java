package io.rekindle.suppression.domain.bounce;

import static io.rekindle.suppression.domain.bounce.BounceReason.*;

import java.util.Map;
import java.util.Optional;

/** RFC 3463 enhanced status codes mapped to reasons, split by how much they can be trusted. */
final class StatusCodeReasons {

    /**
     * Codes specific enough to beat the diagnostic text. Keyed by "subject.detail" so 4.x and 5.x share a
     * row; most of these are from the IANA registry additions of RFC 7372 and RFC 7505.
     */
    private static final Map<String, BounceReason> DECISIVE = Map.ofEntries(
            Map.entry("1.1", USERUNKNOWN),
            Map.entry("1.6", HASMOVED),
            Map.entry("2.2", MAILBOXFULL),
            Map.entry("2.3", EXCEEDLIMIT),
            Map.entry("3.2", TOOMANYCONN),
            Map.entry("3.4", MESGTOOBIG),
            Map.entry("7.13", SUSPEND),
            Map.entry("7.20", AUTHFAILURE),
            Map.entry("7.21", AUTHFAILURE),
            Map.entry("7.22", AUTHFAILURE),
            Map.entry("7.23", AUTHFAILURE),
            Map.entry("7.24", AUTHFAILURE),
            Map.entry("7.25", REQUIREPTR),
            Map.entry("7.26", AUTHFAILURE),
            Map.entry("7.27", NOTACCEPT));

    /** Codes that only decide when the diagnostic text named no reason (servers reuse them loosely). */
    private static final Map<String, BounceReason> FALLBACK = Map.ofEntries(
            Map.entry("1.0", USERUNKNOWN),
            Map.entry("1.2", HOSTUNKNOWN),
            Map.entry("1.3", USERUNKNOWN),
            Map.entry("1.4", USERUNKNOWN),
            Map.entry("1.7", REJECTED),
            Map.entry("1.8", REJECTED),
            Map.entry("1.10", NOTACCEPT),
            Map.entry("2.0", FILTERED),
            Map.entry("2.1", FILTERED),
            Map.entry("2.4", SYSTEMERROR),
            Map.entry("3.0", SYSTEMERROR),
            Map.entry("3.1", SYSTEMFULL),
            Map.entry("3.3", SYSTEMERROR),
            Map.entry("3.5", SYSTEMERROR),
            Map.entry("4.0", NETWORKERROR),
            Map.entry("4.1", EXPIRED),
            Map.entry("4.2", EXPIRED),
            Map.entry("4.3", SYSTEMERROR),
            Map.entry("4.4", HOSTUNKNOWN),
            Map.entry("4.5", SYSTEMFULL),
            Map.entry("4.6", NETWORKERROR),
            Map.entry("4.7", EXPIRED),
            Map.entry("5.1", SYNTAXERROR),
            Map.entry("5.2", SYNTAXERROR),
            Map.entry("5.3", EXCEEDLIMIT),
            Map.entry("5.4", SYNTAXERROR),
            Map.entry("5.5", SYNTAXERROR),
            Map.entry("6.0", CONTENTERROR),
            Map.entry("7.1", BLOCKED),
            Map.entry("7.7", SECURITYERROR),
            Map.entry("7.8", SECURITYERROR),
            Map.entry("7.9", POLICYVIOLATION),
            Map.entry("7.17", SUSPEND),
            Map.entry("7.18", SUSPEND));

    private StatusCodeReasons() {
    }

    /**
     * True for X.1.0, X.1.1 and X.1.3 (RFC 3463 section 3.2: the destination address itself is bad), the codes
     * that let "user unknown" wording stand on its own whichever SMTP command failed.
     */
    static boolean namesTheAddress(String status) {
        return status != null && status.length() >= 5
                && (status.substring(2).equals("1.0") || status.substring(2).equals("1.1") || status.substring(2).equals("1.3"));
    }

    static Optional<BounceReason> decisive(String status) {
        return lookup(DECISIVE, status);
    }

    static Optional<BounceReason> fallback(String status) {
        Optional<BounceReason> exact = lookup(FALLBACK, status);
        if (exact.isPresent() || status.length() < 3) {
            return exact;
        }
        // Only the RFC 3463 subject remains: X.6.* media, X.7.* security (RFC 3463 section 3.7 and 3.8).
        return switch (status.charAt(2)) {
            case '6' -> Optional.of(CONTENTERROR);
            case '7' -> Optional.of(SECURITYERROR);
            default -> Optional.empty();
        };
    }

    private static Optional<BounceReason> lookup(Map<String, BounceReason> table, String status) {
        if (status == null || status.length() < 5) {
            return Optional.empty();
        }
        return Optional.ofNullable(table.get(status.substring(2)));
    }
}
