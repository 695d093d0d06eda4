package io.rekindle.platform.links;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens for public links (confirmation, tracking, unsubscribe) that cannot be forged or enumerated:
 * {@code payload.expiry.HMAC-SHA256(payload.expiry)}, base64url. The payload is an opaque id the
 * issuing service resolves; the token carries no personal data.
 */
public final class SignedLinks {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int MINIMUM_KEY_LENGTH = 32;

    private final SecretKeySpec key;

    public SignedLinks(String signingKey) {
        if (signingKey == null || signingKey.length() < MINIMUM_KEY_LENGTH) {
            throw new IllegalArgumentException("the link signing key must have at least " + MINIMUM_KEY_LENGTH
                    + " characters");
        }
        this.key = new SecretKeySpec(signingKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    public String sign(String payload, Instant expiresAt) {
        String body = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + Long.toString(expiresAt.getEpochSecond(), 36);
        return body + "." + ENCODER.encodeToString(mac(body));
    }

    /** The payload of a token this key signed and that has not expired at {@code now}; empty otherwise. */
    public Optional<String> verify(String token, Instant now) {
        if (token == null) {
            return Optional.empty();
        }
        int lastDot = token.lastIndexOf('.');
        int firstDot = token.indexOf('.');
        if (firstDot <= 0 || lastDot == firstDot) {
            return Optional.empty();
        }
        String body = token.substring(0, lastDot);
        try {
            byte[] presented = DECODER.decode(token.substring(lastDot + 1));
            // Constant-time comparison: a timing difference would let an attacker build a MAC byte by byte.
            if (!MessageDigest.isEqual(presented, mac(body))) {
                return Optional.empty();
            }
            long expiry = Long.parseLong(token.substring(firstDot + 1, lastDot), 36);
            if (now.getEpochSecond() > expiry) {
                return Optional.empty();
            }
            return Optional.of(new String(DECODER.decode(token.substring(0, firstDot)), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
