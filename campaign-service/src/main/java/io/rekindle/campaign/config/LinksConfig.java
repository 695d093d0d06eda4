package io.rekindle.campaign.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Where the public links in messages (confirm, unsubscribe, preferences, tracking) point, and how they are signed. */
@ConfigMapping(prefix = "rekindle.links")
public interface LinksConfig {

    /** The externally reachable base URL of this service's public endpoints, without a trailing slash. */
    @WithDefault("http://localhost:8083")
    String publicBaseUrl();

    /** HMAC key of the link tokens (REKINDLE_LINKS_SIGNING_KEY); at least 32 characters, no production default. */
    String signingKey();

    /** How long the links of a sent message keep working: long enough for an old email to still unsubscribe. */
    @WithDefault("P400D")
    Duration validity();
}
