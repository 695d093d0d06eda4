package io.rekindle.suppression.domain.bounce;

import java.util.Locale;

/** The ESPs whose event webhooks the classifier understands. */
public enum WebhookProvider {
    AMAZON_SES,
    SENDGRID,
    POSTMARK,
    MAILGUN;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
