package io.rekindle.contact.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Which account this deployment serves, and its settings before anyone changed them. */
@ConfigMapping(prefix = "rekindle.account")
public interface AccountConfig {

    /** Stable id of the account: the key of its events. */
    @WithDefault("default")
    String id();

    @WithDefault("Rekindle")
    String initialName();

    @WithDefault("UTC")
    String initialTimeZone();
}
