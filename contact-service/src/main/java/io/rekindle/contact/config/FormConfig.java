package io.rekindle.contact.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Public form submissions and their double opt-in confirmation links. */
@ConfigMapping(prefix = "rekindle.forms")
public interface FormConfig {

    /** Where contacts reach this service's public endpoints, e.g. https://forms.example.com. */
    @WithDefault("http://localhost:8081")
    String publicBaseUrl();

    /** HMAC key for confirmation links (32+ characters); a Secret in production, never a default. */
    String linkSigningKey();

    /** How long a confirmation link works. */
    @WithDefault("P2D")
    Duration confirmationValidity();

    /** Submissions one client address may make per minute before it gets 429. */
    @WithDefault("10")
    int submissionsPerMinute();

    /** Sender of confirmation emails when the account has no default sender. */
    @WithDefault("no-reply@rekindle.local")
    String fallbackFromAddress();
}
