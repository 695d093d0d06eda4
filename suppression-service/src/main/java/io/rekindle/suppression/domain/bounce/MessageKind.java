package io.rekindle.suppression.domain.bounce;

import java.util.Locale;

/** What kind of message arrived at the bounce mailbox. */
public enum MessageKind {
    BOUNCE,
    /** A DSN whose recipients were delivered or relayed (RFC 3464 Action: delivered/relayed/expanded). */
    DELIVERY_REPORT,
    COMPLAINT,
    AUTO_REPLY,
    NOT_A_BOUNCE;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
