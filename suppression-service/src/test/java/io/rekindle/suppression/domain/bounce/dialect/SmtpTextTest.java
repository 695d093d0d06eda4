package io.rekindle.suppression.domain.bounce.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmtpTextTest {

    @Test
    void unfoldingDropsTheCodesRepeatedOnContinuationLines() {
        assertThat(SmtpText.unfoldReply("550-5.7.1 Our system has detected that this message is 550-5.7.1 likely "
                + "unsolicited mail. 550 5.7.1 Please visit"))
                .isEqualTo("550-5.7.1 Our system has detected that this message is likely unsolicited mail. Please visit");
    }

    @Test
    void unfoldingLeavesOtherCodesAlone() {
        assertThat(SmtpText.unfoldReply("554 delivery failed; 550 user unknown"))
                .isEqualTo("554 delivery failed; 550 user unknown");
    }

    @Test
    void anAddressShortenedForDisplayIsObfuscated() {
        assertThat(SmtpText.isObfuscated("david...@gmail.com")).isTrue();
        assertThat(SmtpText.isObfuscated("first.last@example.org")).isFalse();
        assertThat(SmtpText.isObfuscated("\"a...\"@example.org")).isFalse();
    }
}
