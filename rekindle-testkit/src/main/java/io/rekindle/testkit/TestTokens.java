package io.rekindle.testkit;

import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;

/** Bearer tokens for tests, signed with the key {@link RealServersResource} generated for this run. */
public final class TestTokens {

    private TestTokens() {
    }

    /** A token carrying {@code roles}; no roles gives a valid token that no role-protected endpoint accepts. */
    public static String withRoles(String... roles) {
        String pem = ConfigProvider.getConfig().getValue(RealServersResource.SIGNING_KEY_PROPERTY, String.class);
        return JwtKeys.fromPrivateKeyPem(pem).token("test-user", Duration.ofMinutes(30), roles);
    }
}
