package io.rekindle.testkit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/**
 * The command behind {@code ./rekindle up}, {@code ./rekindle token}: runs one real server in the
 * foreground until it is told to stop (SIGTERM), or manages the local JWT key pair.
 *
 * <pre>
 *   postgres PORT DATA_DIR             a PostgreSQL server keeping its data in DATA_DIR
 *   kafka PORT CONTROLLER_PORT DATA_DIR  a single-node KRaft Kafka broker
 *   keys KEY_DIR                       create the JWT key pair if missing, print the public key path
 *   token KEY_DIR HOURS ROLE...        print a bearer token carrying ROLE...
 * </pre>
 */
public final class LocalStack {

    private LocalStack() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length == 0) {
            usage();
        }
        try {
            run(args);
        } catch (RuntimeException e) {
            // A server's non-daemon threads would keep a half-started process alive: exit instead.
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void run(String[] args) throws InterruptedException {
        switch (args[0]) {
            case "postgres" -> {
                requireArgs(args, 3);
                runUntilStopped(EmbeddedPostgresServer.start(Integer.parseInt(args[1]), Path.of(args[2])),
                        "PostgreSQL ready on port " + args[1]);
            }
            case "kafka" -> {
                requireArgs(args, 4);
                runUntilStopped(EmbeddedKafkaBroker.start(Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                        Path.of(args[3])).withSuiteTopics(), "Kafka ready on localhost:" + args[1]);
            }
            case "keys" -> {
                requireArgs(args, 2);
                JwtKeys.inDirectory(Path.of(args[1]));
                System.out.println(Path.of(args[1]).resolve("jwt-public.pem").toAbsolutePath());
            }
            case "token" -> {
                requireArgs(args, 3);
                String[] roles = Arrays.copyOfRange(args, 3, args.length);
                System.out.println(JwtKeys.inDirectory(Path.of(args[1]))
                        .token("local-user", Duration.ofHours(Long.parseLong(args[2])), roles));
            }
            default -> usage();
        }
    }

    /** Blocks until the JVM is asked to exit, then closes the server cleanly so no child process is left. */
    private static void runUntilStopped(AutoCloseable server, String readyMessage) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                stopped.countDown();
            }
        }));
        System.out.println(readyMessage);
        stopped.await();
    }

    private static void requireArgs(String[] args, int count) {
        if (args.length < count) {
            usage();
        }
    }

    private static void usage() {
        System.err.println("usage: LocalStack postgres PORT DATA_DIR | kafka PORT CONTROLLER_PORT DATA_DIR"
                + " | keys KEY_DIR | token KEY_DIR HOURS ROLE...");
        System.exit(2);
    }
}
