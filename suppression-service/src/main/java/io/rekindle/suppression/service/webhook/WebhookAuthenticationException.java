package io.rekindle.suppression.service.webhook;

/** A webhook request that could not be shown to come from the provider; answered 401, nothing recorded. */
public class WebhookAuthenticationException extends RuntimeException {

    public WebhookAuthenticationException(String message) {
        super(message);
    }

    public WebhookAuthenticationException(String message, Throwable cause) {
        super(message, cause);
    }
}
