package io.rekindle.suppression.domain.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookEventClassifierTest {

    private final WebhookEventClassifier classifier = new WebhookEventClassifier();

    private List<WebhookEvent> classify(String json) throws IOException {
        return classifier.classify(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void unwrapsAnSnsEnvelopeAroundAnSesPermanentBounce() throws IOException {
        String ses = "{\\\"notificationType\\\":\\\"Bounce\\\",\\\"bounce\\\":{\\\"bounceType\\\":\\\"Permanent\\\","
                + "\\\"bounceSubType\\\":\\\"General\\\",\\\"bouncedRecipients\\\":[{\\\"emailAddress\\\":\\\"x@example.com\\\","
                + "\\\"status\\\":\\\"5.1.1\\\",\\\"diagnosticCode\\\":\\\"smtp; 550 5.1.1 user unknown\\\"}]},\\\"mail\\\":{}}";
        List<WebhookEvent> events = classify("{\"Type\":\"Notification\",\"Message\":\"" + ses + "\"}");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.provider()).isEqualTo(WebhookProvider.AMAZON_SES);
            assertThat(e.category()).isEqualTo(WebhookCategory.BOUNCE);
            assertThat(e.verdict().reason()).isEqualTo(BounceReason.USERUNKNOWN);
            assertThat(e.verdict().severity()).isEqualTo(Severity.HARD);
            assertThat(e.action()).isEqualTo(SuppressionAction.SUPPRESS);
        });
    }

    @Test
    void treatsASendGridBlockedBounceAsSoftEvenWithAPermanentLookingCode() throws IOException {
        List<WebhookEvent> events = classify("[{\"email\":\"x@example.com\",\"event\":\"bounce\",\"type\":\"blocked\","
                + "\"status\":\"5.2.2\",\"reason\":\"552 5.2.2 Mailbox full\"}]");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.verdict().severity()).isEqualTo(Severity.SOFT);
            assertThat(e.verdict().reason()).isEqualTo(BounceReason.MAILBOXFULL);
            assertThat(e.action()).isEqualTo(SuppressionAction.COUNT_SOFT_BOUNCE);
        });
    }

    @Test
    void readsAMailgunTemporaryFailureAsADeferral() throws IOException {
        List<WebhookEvent> events = classify("{\"signature\":{},\"event-data\":{\"event\":\"failed\",\"severity\":\"temporary\","
                + "\"recipient\":\"x@example.com\",\"delivery-status\":{\"code\":452,\"message\":\"4.2.2 over quota\"}}}");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.provider()).isEqualTo(WebhookProvider.MAILGUN);
            assertThat(e.category()).isEqualTo(WebhookCategory.DEFERRED);
            assertThat(e.verdict().permanent()).isFalse();
        });
    }

    @Test
    void readsAPostmarkSpamComplaintAsAComplaintThatSuppresses() throws IOException {
        List<WebhookEvent> events = classify("{\"RecordType\":\"SpamComplaint\",\"Type\":\"SpamComplaint\","
                + "\"Email\":\"x@example.com\"}");

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.category()).isEqualTo(WebhookCategory.COMPLAINT);
            assertThat(e.action()).isEqualTo(SuppressionAction.SUPPRESS);
        });
    }
}
