package io.rekindle.suppression.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Webhook secrets for this test run, made with the JDK: an SNS signing certificate (keytool) served from a
 * local mirror directory and pinned as trusted, a second certificate that is in the mirror but not
 * trusted, a SendGrid ECDSA P-256 key pair, a Mailgun signing key and Postmark credentials. The service
 * gets the public halves as configuration; tests read the private halves from {@code rekindle.test.*}.
 */
public class WebhookKeysResource implements QuarkusTestResourceLifecycleManager {

    public static final String TRUSTED_CERT = "SimpleNotificationService-rekindle-test.pem";
    public static final String ROGUE_CERT = "SimpleNotificationService-rogue.pem";
    public static final String STORE_PASSWORD = "changeit";

    private Path directory;

    @Override
    public Map<String, String> start() {
        try {
            directory = Files.createTempDirectory("rekindle-webhook-keys");
            Path trustedStore = certificate("trusted", TRUSTED_CERT);
            Path rogueStore = certificate("rogue", ROGUE_CERT);
            KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
            ec.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair sendGrid = ec.generateKeyPair();

            Map<String, String> config = new HashMap<>();
            config.put("rekindle.suppression.webhooks.ses.certificate-mirror", directory.toString());
            config.put("rekindle.suppression.webhooks.ses.trusted-certificates", directory.resolve(TRUSTED_CERT).toString());
            config.put("rekindle.test.sns-keystore", trustedStore.toString());
            config.put("rekindle.test.sns-rogue-keystore", rogueStore.toString());
            config.put("rekindle.suppression.webhooks.sendgrid.public-key",
                    Base64.getEncoder().encodeToString(sendGrid.getPublic().getEncoded()));
            config.put("rekindle.test.sendgrid-private-key",
                    Base64.getEncoder().encodeToString(sendGrid.getPrivate().getEncoded()));
            config.put("rekindle.suppression.webhooks.mailgun.signing-key", "key-" + UUID.randomUUID());
            config.put("rekindle.suppression.webhooks.postmark.username", "postmark");
            config.put("rekindle.suppression.webhooks.postmark.password", UUID.randomUUID().toString());
            return config;
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("cannot create webhook test keys", e);
        }
    }

    /** A self-signed RSA certificate in a PKCS12 store, exported as PEM into the mirror directory. */
    private Path certificate(String alias, String pemName) throws IOException {
        Path store = directory.resolve(alias + ".p12");
        keytool("-genkeypair", "-alias", alias, "-keyalg", "RSA", "-keysize", "2048", "-sigalg", "SHA256withRSA",
                "-dname", "CN=sns.amazonaws.com", "-startdate", "-1d", "-validity", "3650", "-storetype", "PKCS12",
                "-keystore", store.toString(), "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD);
        keytool("-exportcert", "-rfc", "-alias", alias, "-keystore", store.toString(), "-storepass", STORE_PASSWORD,
                "-file", directory.resolve(pemName).toString());
        return store;
    }

    private static void keytool(String... arguments) throws IOException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("keytool failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    @Override
    public void stop() {
        if (directory != null) {
            try (var files = Files.walk(directory)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // A temp directory left behind is harmless.
            }
        }
    }
}
