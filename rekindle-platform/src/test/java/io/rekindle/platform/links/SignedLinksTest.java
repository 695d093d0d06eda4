package io.rekindle.platform.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignedLinksTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final SignedLinks links = new SignedLinks("0123456789abcdef0123456789abcdef");

    @Test
    void aTokenVerifiesToItsPayloadUntilItExpires() {
        String token = links.sign("submission-42", NOW.plusSeconds(3600));

        assertThat(links.verify(token, NOW)).contains("submission-42");
        assertThat(links.verify(token, NOW.plusSeconds(3601))).isEmpty();
    }

    @Test
    void aChangedPayloadExpiryOrSignatureIsRejected() {
        String token = links.sign("submission-42", NOW.plusSeconds(3600));
        String[] parts = token.split("\\.");
        String otherPayload = links.sign("submission-43", NOW.plusSeconds(3600)).split("\\.")[0];

        assertThat(links.verify(otherPayload + "." + parts[1] + "." + parts[2], NOW)).isEmpty();
        assertThat(links.verify(parts[0] + "." + Long.toString(NOW.plusSeconds(999_999).getEpochSecond(), 36) + "." + parts[2], NOW))
                .isEmpty();
        assertThat(links.verify(parts[0] + "." + parts[1] + ".AAAA", NOW)).isEmpty();
        assertThat(links.verify("garbage", NOW)).isEmpty();
        assertThat(links.verify(null, NOW)).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRejected() {
        String foreign = new SignedLinks("another-key-another-key-another-key!").sign("submission-42", NOW.plusSeconds(60));

        assertThat(links.verify(foreign, NOW)).isEmpty();
    }

    @Test
    void shortKeysAreRefused() {
        assertThatThrownBy(() -> new SignedLinks("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
