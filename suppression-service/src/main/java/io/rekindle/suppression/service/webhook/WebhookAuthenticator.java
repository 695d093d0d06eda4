package io.rekindle.suppression.service.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rekindle.suppression.config.SuppressionConfig;
import io.rekindle.suppression.domain.bounce.WebhookProvider;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Proves that a webhook request comes from the ESP it claims, before anything is recorded: the SNS
 * message signature for Amazon SES, SendGrid's ECDSA signature, Mailgun's HMAC, Postmark's basic auth.
 * A provider whose secret is not configured accepts nothing (fails closed).
 *
 * <p>Replayed requests are not rejected by age: ingestion is idempotent by payload hash, so a replay of
 * a genuine request changes nothing.
 */
@ApplicationScoped
public class WebhookAuthenticator {

    /** Headers of one webhook request, looked up case-insensitively by the REST layer. */
    public interface Headers {
        Optional<String> get(String name);
    }

    static final String SENDGRID_SIGNATURE = "X-Twilio-Email-Event-Webhook-Signature";
    static final String SENDGRID_TIMESTAMP = "X-Twilio-Email-Event-Webhook-Timestamp";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SuppressionConfig.Webhooks config;
    private final SigningCertificateFetcher certificates;
    private final Clock clock;
    private final Pattern certificateHost;
    private final Supplier<List<X509Certificate>> pinned;

    WebhookAuthenticator(SuppressionConfig config, SigningCertificateFetcher certificates, Clock clock) {
        this.config = config.webhooks();
        this.certificates = certificates;
        this.clock = clock;
        this.certificateHost = Pattern.compile(this.config.ses().certificateHostPattern());
        // Read on use rather than at start, so a rotated pin file is picked up without a restart.
        this.pinned = () -> this.config.ses().trustedCertificates()
                .map(file -> SigningCertificates.readPem(Path.of(file))).orElse(List.of());
    }

    /** Returns normally when authentic; throws {@link WebhookAuthenticationException} otherwise. */
    public void verify(WebhookProvider provider, Headers headers, byte[] body) {
        switch (provider) {
            case AMAZON_SES -> verifySns(body);
            case SENDGRID -> verifySendGrid(headers, body);
            case MAILGUN -> verifyMailgun(body);
            case POSTMARK -> verifyPostmark(headers);
        }
    }

    /** The SNS message type of an authenticated SES request ({@code Notification}, {@code SubscriptionConfirmation}, ...). */
    public static String snsType(byte[] body) {
        return readJson(body).path("Type").asText("");
    }

    /** The SubscribeURL of an SNS subscription confirmation. */
    public static String snsSubscribeUrl(byte[] body) {
        return readJson(body).path("SubscribeURL").asText("");
    }

    private void verifySns(byte[] body) {
        JsonNode message = readJson(body);
        String type = message.path("Type").asText("");
        String version = message.path("SignatureVersion").asText("");
        String algorithm = switch (version) {
            case "1" -> "SHA1withRSA";
            case "2" -> "SHA256withRSA";
            default -> throw new WebhookAuthenticationException("unsupported SNS SignatureVersion '" + version + "'");
        };
        config.ses().topicArns().ifPresent(allowed -> {
            if (!allowed.contains(message.path("TopicArn").asText(""))) {
                throw new WebhookAuthenticationException("SNS topic is not an accepted topic");
            }
        });
        X509Certificate certificate = signingCertificate(message.path("SigningCertURL").asText(""));
        byte[] signature = decodeBase64(message.path("Signature").asText(""), "SNS Signature");
        List<String> fields = switch (type) {
            case "Notification" -> List.of("Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type");
            case "SubscriptionConfirmation", "UnsubscribeConfirmation" ->
                    List.of("Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type");
            default -> throw new WebhookAuthenticationException("unknown SNS message type '" + type + "'");
        };
        StringBuilder signed = new StringBuilder();
        for (String field : fields) {
            JsonNode value = message.get(field);
            // Subject is signed only when present; every other field is required.
            if (value == null || value.isNull()) {
                if (field.equals("Subject")) {
                    continue;
                }
                throw new WebhookAuthenticationException("SNS message lacks " + field);
            }
            signed.append(field).append('\n').append(value.asText()).append('\n');
        }
        if (!verifySignature(algorithm, certificate.getPublicKey(), signed.toString().getBytes(StandardCharsets.UTF_8),
                signature)) {
            throw new WebhookAuthenticationException("SNS signature does not match");
        }
    }

    private X509Certificate signingCertificate(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new WebhookAuthenticationException("SigningCertURL is not a URL");
        }
        if (!"https".equals(uri.getScheme()) || uri.getHost() == null
                || !certificateHost.matcher(uri.getHost()).matches()
                || uri.getPath() == null || !uri.getPath().endsWith(".pem")
                || uri.getRawQuery() != null || uri.getPort() != -1 || uri.getUserInfo() != null) {
            throw new WebhookAuthenticationException("SigningCertURL is not an https .pem URL of an allowed SNS host");
        }
        X509Certificate certificate = certificates.fetch(uri);
        try {
            certificate.checkValidity(Date.from(clock.instant()));
        } catch (CertificateException e) {
            throw new WebhookAuthenticationException("SNS signing certificate is expired or not yet valid", e);
        }
        List<X509Certificate> pins = pinned.get();
        if (!pins.isEmpty() && pins.stream().noneMatch(certificate::equals)) {
            throw new WebhookAuthenticationException("SNS signing certificate is not one of the trusted certificates");
        }
        return certificate;
    }

    private void verifySendGrid(Headers headers, byte[] body) {
        String key = config.sendgrid().publicKey()
                .orElseThrow(() -> new WebhookAuthenticationException("SendGrid webhook verification key not configured"));
        String signature = headers.get(SENDGRID_SIGNATURE)
                .orElseThrow(() -> new WebhookAuthenticationException("missing " + SENDGRID_SIGNATURE));
        String timestamp = headers.get(SENDGRID_TIMESTAMP)
                .orElseThrow(() -> new WebhookAuthenticationException("missing " + SENDGRID_TIMESTAMP));
        PublicKey publicKey;
        try {
            publicKey = KeyFactory.getInstance("EC")
                    .generatePublic(new X509EncodedKeySpec(decodeBase64(key.strip(), "SendGrid verification key")));
        } catch (GeneralSecurityException e) {
            throw new WebhookAuthenticationException("SendGrid verification key is not an EC public key", e);
        }
        byte[] timestampBytes = timestamp.getBytes(StandardCharsets.UTF_8);
        byte[] signed = new byte[timestampBytes.length + body.length];
        System.arraycopy(timestampBytes, 0, signed, 0, timestampBytes.length);
        System.arraycopy(body, 0, signed, timestampBytes.length, body.length);
        if (!verifySignature("SHA256withECDSA", publicKey, signed, decodeBase64(signature, "SendGrid signature"))) {
            throw new WebhookAuthenticationException("SendGrid signature does not match");
        }
    }

    private void verifyMailgun(byte[] body) {
        String key = config.mailgun().signingKey()
                .orElseThrow(() -> new WebhookAuthenticationException("Mailgun signing key not configured"));
        JsonNode signature = readJson(body).path("signature");
        String timestamp = signature.path("timestamp").asText("");
        String token = signature.path("token").asText("");
        String given = signature.path("signature").asText("");
        if (timestamp.isEmpty() || token.isEmpty() || given.isEmpty()) {
            throw new WebhookAuthenticationException("Mailgun payload lacks its signature");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((timestamp + token).getBytes(StandardCharsets.UTF_8));
            byte[] actual;
            try {
                actual = HexFormat.of().parseHex(given.toLowerCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new WebhookAuthenticationException("Mailgun signature is not hex");
            }
            if (!MessageDigest.isEqual(expected, actual)) {
                throw new WebhookAuthenticationException("Mailgun signature does not match");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is available in every JVM", e);
        }
    }

    private void verifyPostmark(Headers headers) {
        String username = config.postmark().username()
                .orElseThrow(() -> new WebhookAuthenticationException("Postmark webhook credentials not configured"));
        String password = config.postmark().password()
                .orElseThrow(() -> new WebhookAuthenticationException("Postmark webhook credentials not configured"));
        String authorization = headers.get("Authorization").orElse("");
        if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw new WebhookAuthenticationException("Postmark webhook needs basic authentication");
        }
        byte[] given = decodeBase64(authorization.substring(6).strip(), "basic credentials");
        byte[] expected = (username + ":" + password).getBytes(StandardCharsets.UTF_8);
        // Constant-time comparison: the credentials must not leak through response timing.
        if (!MessageDigest.isEqual(given, expected)) {
            throw new WebhookAuthenticationException("Postmark webhook credentials do not match");
        }
    }

    private static boolean verifySignature(String algorithm, PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(key);
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            // A malformed signature (bad DER, wrong key type) is simply not a valid one.
            return false;
        }
    }

    private static byte[] decodeBase64(String value, String what) {
        try {
            return Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new WebhookAuthenticationException(what + " is not base64");
        }
    }

    private static JsonNode readJson(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node != null ? node : com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        } catch (IOException e) {
            throw new WebhookAuthenticationException("payload is not JSON");
        }
    }
}
