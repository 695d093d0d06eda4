package io.rekindle.suppression.domain.bounce;

import java.util.Locale;

/** Provider-neutral category of an ESP webhook event. */
public enum WebhookCategory {
    BOUNCE,
    COMPLAINT,
    DELIVERY,
    /** The ESP is still retrying; a final bounce or delivery event will follow. */
    DEFERRED,
    /** Not sent because the ESP's own suppression list already holds the address. */
    DROPPED,
    OPEN,
    CLICK,
    UNSUBSCRIBE,
    OTHER;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
