package io.rekindle.campaign.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Machine opens are told from opens by people. */
class OpenClassifierTest {

    private static final String SAFARI = "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/17.5 Safari/605.1.15";
    private final OpenClassifier classifier = new OpenClassifier(Duration.ofSeconds(5));
    private final Instant sent = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aPersonsMailClientIsAHumanOpen() {
        assertThat(classifier.isMachineOpen(SAFARI, sent, sent.plusSeconds(600))).isFalse();
    }

    @Test
    void applePrivacyProxiesScannersAndMissingAgentsAreMachineOpens() {
        assertThat(classifier.isMachineOpen("Mozilla/5.0", sent, sent.plusSeconds(600))).isTrue();
        assertThat(classifier.isMachineOpen("Barracuda Sentinel (EE)", sent, sent.plusSeconds(600))).isTrue();
        assertThat(classifier.isMachineOpen(null, sent, sent.plusSeconds(600))).isTrue();
    }

    @Test
    void aFetchRightAfterTheSendIsAPrefetch() {
        assertThat(classifier.isMachineOpen(SAFARI, sent, sent.plusSeconds(2))).isTrue();
    }
}
