package io.rekindle.suppression.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/** Signs webhook requests the way each ESP does, with the keys {@link WebhookKeysResource} made. */
public final class WebhookSigner {

    public static final String SNS_HOST = "https://sns.eu-west-1.amazonaws.com/";
    private static final ObjectMapper JSON = new ObjectMapper();

    private WebhookSigner() {
    }

    /** An SNS Notification around {@code message}, signed with SignatureVersion {@code version}. */
    public static String snsNotification(String message, String version, String keystoreProperty, String certUrl) {
        try {
            ObjectNode sns = JSON.createObjectNode();
            sns.put("Type", "Notification");
            sns.put("MessageId", UUID.randomUUID().toString());
            sns.put("TopicArn", "arn:aws:sns:eu-west-1:123456789012:ses-events");
            sns.put("Subject", "Amazon SES Email Event Notification");
            sns.put("Message", message);
            sns.put("Timestamp", "2026-11-23T10:00:00.000Z");
            sns.put("SignatureVersion", version);
            sns.put("SigningCertURL", certUrl);
            sns.put("UnsubscribeURL", SNS_HOST + "?Action=Unsubscribe");
            String signed = "Message\n" + message + "\nMessageId\n" + sns.get("MessageId").asText()
                    + "\nSubject\n" + sns.get("Subject").asText() + "\nTimestamp\n" + sns.get("Timestamp").asText()
                    + "\nTopicArn\n" + sns.get("TopicArn").asText() + "\nType\nNotification\n";
            Signature signature = Signature.getInstance(version.equals("1") ? "SHA1withRSA" : "SHA256withRSA");
            signature.initSign(snsKey(keystoreProperty));
            signature.update(signed.getBytes(StandardCharsets.UTF_8));
            sns.put("Signature", Base64.getEncoder().encodeToString(signature.sign()));
            return JSON.writeValueAsString(sns);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String snsNotification(String message, String version) {
        return snsNotification(message, version, "rekindle.test.sns-keystore",
                SNS_HOST + WebhookKeysResource.TRUSTED_CERT);
    }

    public static String sendGridSignature(String timestamp, byte[] body) {
        try {
            byte[] der = Base64.getDecoder().decode(config("rekindle.test.sendgrid-private-key"));
            PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(der));
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initSign(key);
            signature.update(timestamp.getBytes(StandardCharsets.UTF_8));
            signature.update(body);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A Mailgun webhook body: {"signature": {...}, "event-data": eventData}, signed with {@code key}. */
    public static String mailgunBody(String eventData, String key) {
        try {
            String timestamp = Long.toString(System.currentTimeMillis() / 1000);
            String token = UUID.randomUUID().toString().replace("-", "");
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String hex = HexFormat.of().formatHex(mac.doFinal((timestamp + token).getBytes(StandardCharsets.UTF_8)));
            return "{\"signature\": {\"timestamp\": \"" + timestamp + "\", \"token\": \"" + token
                    + "\", \"signature\": \"" + hex + "\"}, \"event-data\": " + eventData + "}";
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String mailgunKey() {
        return config("rekindle.suppression.webhooks.mailgun.signing-key");
    }

    public static String postmarkBasic(String password) {
        return "Basic " + Base64.getEncoder().encodeToString(("postmark:" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String postmarkPassword() {
        return config("rekindle.suppression.webhooks.postmark.password");
    }

    /** A corpus payload with its example addresses replaced, so each test owns its recipients. */
    public static String corpus(String file, String exampleAddress, String address) {
        try {
            return Files.readString(Path.of("../../shared/corpus/bounces/webhooks", file)).replace(exampleAddress, address);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey snsKey(String keystoreProperty) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(Path.of(config(keystoreProperty)))) {
            store.load(in, WebhookKeysResource.STORE_PASSWORD.toCharArray());
        }
        String alias = store.aliases().nextElement();
        return (PrivateKey) store.getKey(alias, WebhookKeysResource.STORE_PASSWORD.toCharArray());
    }

    private static String config(String name) {
        return ConfigProvider.getConfig().getValue(name, String.class);
    }
}
