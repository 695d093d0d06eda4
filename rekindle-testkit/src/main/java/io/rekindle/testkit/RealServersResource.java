package io.rekindle.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Starts a real PostgreSQL, Kafka broker and SMTP/IMAP server for a module's {@code @QuarkusTest}s and
 * points the service at them; tests find them through the same configuration (e.g.
 * {@code kafka.bootstrap.servers}). Declared with {@code scope = GLOBAL}, the servers start once per module
 * and are shared by all its test classes.
 */
public class RealServersResource implements QuarkusTestResourceLifecycleManager {

    /** Read by {@link TestTokens} from the configuration: test classes may live in another class loader. */
    public static final String SIGNING_KEY_PROPERTY = "rekindle.test.jwt-signing-key";

    private EmbeddedPostgresServer postgres;
    private EmbeddedKafkaBroker kafka;
    private MailServer mail;

    @Override
    public Map<String, String> start() {
        postgres = EmbeddedPostgresServer.start(0, null);
        kafka = EmbeddedKafkaBroker.start(0, 0, null).withSuiteTopics();
        mail = MailServer.start(0, 0);
        JwtKeys keys = JwtKeys.generate();

        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl());
        config.put("quarkus.datasource.username", EmbeddedPostgresServer.USER);
        config.put("quarkus.datasource.password", "postgres");
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("quarkus.mailer.host", "127.0.0.1");
        config.put("quarkus.mailer.port", Integer.toString(mail.smtpPort()));
        config.put("quarkus.mailer.mock", "false");
        config.put("rekindle.test.imap-port", Integer.toString(mail.imapPort()));
        config.put("mp.jwt.verify.publickey", keys.publicKeyPem());
        config.put(SIGNING_KEY_PROPERTY, keys.privateKeyPem());
        config.put("mp.jwt.verify.issuer", JwtKeys.ISSUER);
        return config;
    }

    @Override
    public void stop() {
        if (mail != null) {
            mail.close();
        }
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

}
