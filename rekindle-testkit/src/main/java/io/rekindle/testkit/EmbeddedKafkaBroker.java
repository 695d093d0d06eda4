package io.rekindle.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;
import io.rekindle.events.Topics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.utils.Time;

/**
 * A real, single-node Kafka broker in KRaft mode (broker and controller in one process), started from
 * the Kafka jars on Maven Central. Same broker code as production; only the replication factors are 1.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private final KafkaRaftServer server;
    private final int port;
    private final Path logDirectory;
    private final boolean temporary;

    private EmbeddedKafkaBroker(KafkaRaftServer server, int port, Path logDirectory, boolean temporary) {
        this.server = server;
        this.port = port;
        this.logDirectory = logDirectory;
        this.temporary = temporary;
    }

    /**
     * Starts a broker listening on {@code port} (0 = a free port). With a {@code dataDirectory} the
     * topics survive a restart; without one they live in a temporary directory removed on close.
     */
    public static EmbeddedKafkaBroker start(int port, int controllerPort, Path dataDirectory) {
        try {
            boolean temporary = dataDirectory == null;
            Path logDirectory = temporary ? Files.createTempDirectory("rekindle-kafka") : dataDirectory;
            Files.createDirectories(logDirectory);
            int brokerPort = port > 0 ? port : freePort();
            int quorumPort = controllerPort > 0 ? controllerPort : freePort();
            Properties config = brokerConfig(brokerPort, quorumPort, logDirectory);
            formatStorageIfNew(config, logDirectory);
            KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(config), Time.SYSTEM);
            server.startup();
            return new EmbeddedKafkaBroker(server, brokerPort, logDirectory, temporary);
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka did not start", e);
        }
    }

    private static Properties brokerConfig(int port, int controllerPort, Path logDirectory) {
        Properties config = new Properties();
        config.put("process.roles", "broker,controller");
        config.put("node.id", "1");
        config.put("controller.quorum.voters", "1@localhost:" + controllerPort);
        config.put("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://localhost:" + port);
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("controller.listener.names", "CONTROLLER");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("log.dirs", logDirectory.toString());
        config.put("num.partitions", "3");
        config.put("auto.create.topics.enable", "true");
        // One node: every internal topic can only have one replica.
        config.put("offsets.topic.replication.factor", "1");
        config.put("offsets.topic.num.partitions", "5");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("share.coordinator.state.topic.replication.factor", "1");
        config.put("share.coordinator.state.topic.min.isr", "1");
        config.put("group.initial.rebalance.delay.ms", "0");
        return config;
    }

    private static void formatStorageIfNew(Properties config, Path logDirectory) throws IOException {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return;
        }
        Path configFile = logDirectory.resolveSibling(logDirectory.getFileName() + "-server.properties");
        try (Writer writer = Files.newBufferedWriter(configFile)) {
            config.store(writer, "written by EmbeddedKafkaBroker to format the storage");
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = StorageTool.execute(new String[] {
                "format", "--cluster-id", Uuid.randomUuid().toString(), "--config", configFile.toString(),
                "--ignore-formatted"}, new PrintStream(output, true, StandardCharsets.UTF_8));
        Files.deleteIfExists(configFile);
        if (exit != 0) {
            throw new IllegalStateException("Kafka storage format failed: " + output.toString(StandardCharsets.UTF_8));
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    /** Creates the suite's topics that do not exist yet, as a platform team would before installing. */
    public EmbeddedKafkaBroker withSuiteTopics() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = Topics.ALL.stream()
                    .filter(spec -> !existing.contains(spec.name()))
                    .map(spec -> new NewTopic(spec.name(), spec.partitions(), (short) 1)
                            .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG,
                                    spec.compacted() ? TopicConfig.CLEANUP_POLICY_COMPACT : TopicConfig.CLEANUP_POLICY_DELETE)))
                    .toList();
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            return this;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not create the suite's topics", e);
        }
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        if (temporary) {
            try (Stream<Path> files = Files.walk(logDirectory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
