package io.rekindle.campaign.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** How campaign emails are addressed and dispatched. */
@ConfigMapping(prefix = "rekindle.mail")
public interface MailConfig {

    /**
     * Domain of the per-recipient return path {@code bounces+<sendId>@domain} and of Message-IDs; without
     * it, the sender address's own domain, which is the one whose MX must receive the bounces anyway.
     */
    Optional<String> bounceDomain();

    /** Recipients sent per transaction. */
    @WithDefault("100")
    int batchSize();

    /** How often the dispatcher looks for queued recipients; read by its {@code @Scheduled} expression. */
    @WithDefault("5s")
    String dispatchInterval();

    /** An open this soon after the send is a prefetch by a mail server or scanner, not a person. */
    @WithDefault("PT5S")
    Duration machineOpenWindow();
}
