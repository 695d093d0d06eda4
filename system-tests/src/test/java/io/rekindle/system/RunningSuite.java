package io.rekindle.system;

import io.rekindle.testkit.EmbeddedKafkaBroker;
import io.rekindle.testkit.EmbeddedPostgresServer;
import io.rekindle.testkit.JwtKeys;
import io.rekindle.testkit.MailServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * The four services as separate processes on one real PostgreSQL, Kafka broker and SMTP server:
 * the same topology as a deployment, on this machine.
 */
final class RunningSuite implements AutoCloseable {

    static final List<String> SERVICES =
            List.of("contact-service", "segment-service", "campaign-service", "suppression-service");
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);

    private final Path root = Path.of(System.getProperty("rekindle.root", "..")).toAbsolutePath().normalize();
    private final Path logs = Path.of(System.getProperty("rekindle.logs", "target/suite-logs")).toAbsolutePath();
    private final EmbeddedPostgresServer postgres;
    private final EmbeddedKafkaBroker kafka;
    private final MailServer mail;
    private final JwtKeys keys = JwtKeys.generate();
    private final String linkSigningKey = "system-test-link-signing-key-" + UUID.randomUUID();
    private final Map<String, Integer> ports = new HashMap<>();
    private final Map<String, ServiceProcess> running = new LinkedHashMap<>();

    RunningSuite() {
        postgres = EmbeddedPostgresServer.start(0, null);
        kafka = EmbeddedKafkaBroker.start(0, 0, null).withSuiteTopics();
        mail = MailServer.start(0, 0);
        SERVICES.forEach(service -> ports.put(service, freePort()));
    }

    /** Starts every service in parallel and waits until all are ready. */
    RunningSuite startAll() {
        SERVICES.forEach(service -> running.put(service, launch(service, Map.of())));
        CompletableFuture.allOf(running.values().stream()
                .map(process -> CompletableFuture.runAsync(() -> process.awaitReady(STARTUP_TIMEOUT)))
                .toArray(CompletableFuture[]::new)).join();
        return this;
    }

    /** Stops a service the hard way (SIGKILL) and starts it again with extra settings. */
    void crashAndRestart(String service, Map<String, String> extraEnvironment) {
        running.remove(service).kill();
        running.put(service, launch(service, extraEnvironment).awaitReady(STARTUP_TIMEOUT));
    }

    String url(String service) {
        return running.get(service).baseUrl();
    }

    String token(String... roles) {
        return keys.token("system-test", Duration.ofMinutes(30), roles);
    }

    String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    Connection database() throws SQLException {
        return DriverManager.getConnection(postgres.jdbcUrl(), EmbeddedPostgresServer.USER, "postgres");
    }

    private ServiceProcess launch(String service, Map<String, String> extraEnvironment) {
        Map<String, String> environment = new HashMap<>();
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl());
        environment.put("QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgresServer.USER);
        environment.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        environment.put("MP_JWT_VERIFY_PUBLICKEY", keys.publicKeyPem());
        environment.put("QUARKUS_MAILER_HOST", "127.0.0.1");
        environment.put("QUARKUS_MAILER_PORT", Integer.toString(mail.smtpPort()));
        environment.put("REKINDLE_LINKS_SIGNING_KEY", linkSigningKey);
        environment.putAll(extraEnvironment);
        return ServiceProcess.start(root, logs, service, ports.get(service), environment);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        running.values().forEach(ServiceProcess::close);
        mail.close();
        kafka.close();
        postgres.close();
    }
}
