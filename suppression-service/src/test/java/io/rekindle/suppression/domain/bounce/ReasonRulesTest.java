package io.rekindle.suppression.domain.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import io.rekindle.suppression.domain.bounce.dialect.RecipientEvidence;
import org.junit.jupiter.api.Test;

class ReasonRulesTest {

    private static RecipientEvidence evidence(String status, String diagnostic, String context) {
        return new RecipientEvidence("a@example.org", status, "", diagnostic, "", "failed", "smtp", context);
    }

    @Test
    void theErrorAnEximGaveUpOnNamesTheReason() {
        assertThat(ReasonRules.reason(evidence("5.0.0", "mailbox is full: retry timeout exceeded", "")))
                .isEqualTo(BounceReason.MAILBOXFULL);
    }

    @Test
    void givingUpIsTheReasonWhenNothingElseIsSaid() {
        assertThat(ReasonRules.reason(evidence("5.0.0", "retry timeout exceeded", ""))).isEqualTo(BounceReason.EXPIRED);
    }

    @Test
    void sendmailsGiveUpLinesDoNotHideTheDeferralCause() {
        assertThat(ReasonRules.reason(evidence("4.4.7", "<a@example.org>... Deferred: Connection refused by mx.example.org."
                + " Message could not be delivered for 8 hours Message will be deleted from queue", "")))
                .isEqualTo(BounceReason.BLOCKED);
    }

    @Test
    void powerMtasBounceCategoryDecidesBeforeTheCommandRule() {
        RecipientEvidence bad = new RecipientEvidence("a@example.org", "5.0.0", "554", "554 this user doesn't exist here",
                "", "failed", "smtp", "", "pmta.example.net", "bad-mailbox");

        assertThat(ReasonRules.reason(bad)).isEqualTo(BounceReason.USERUNKNOWN);
    }

    @Test
    void aProvidersTableAppliesWhenItsHostReportedTheFailure() {
        RecipientEvidence labs = new RecipientEvidence("a@example.org", "5.0.0", "550", "550 a@example.org... No such user",
                "mail.example.org", "failed", "smtp", "", "server-1.bemta-2.messagelabs.com", "");

        assertThat(ReasonRules.reason(labs)).isEqualTo(BounceReason.USERUNKNOWN);
    }

    @Test
    void userUnknownWordingWithNoCommandStaysFilteredElsewhere() {
        assertThat(ReasonRules.reason(evidence("5.0.0", "550 a@example.org... No such user", "")))
                .isEqualTo(BounceReason.FILTERED);
    }

    @Test
    void gmailsStateCodeSaysTheRefusalCameAtRcpt() {
        assertThat(ReasonRules.reason(evidence("5.0.0", "550 550 Unknown user a@example.org (state 14).", "")))
                .isEqualTo(BounceReason.USERUNKNOWN);
        assertThat(ReasonRules.reason(evidence("5.0.0", "550 550 Unknown user a@example.org (state 18).", "")))
                .isEqualTo(BounceReason.FILTERED);
    }

    @Test
    void phrasesSplitAcrossAMultiLineReplyStillMatch() {
        assertThat(ReasonRules.reason(evidence("5.7.1", "550-5.7.1 [192.0.2.1 13] Messages with multiple 550 5.7.1 "
                + "addresses in From: header are not accepted.", ""))).isEqualTo(BounceReason.NOTCOMPLIANTRFC);
    }

    @Test
    void anAddressVerificationReportIsADelivery() {
        RecipientEvidence verified = new RecipientEvidence("a@example.org", "2.1.5", "250", "250 2.1.5 Ok", "",
                "deliverable", "smtp", "");

        assertThat(ReasonRules.reason(verified)).isEqualTo(BounceReason.DELIVERED);
    }

    @Test
    void aPostponedDeliveryIsTransient() {
        RecipientEvidence postponed = new RecipientEvidence("a@example.org", "", "", "", "", "", "",
                "Delivery of email to this address has been postponed due to a full mailbox.");

        assertThat(ReasonRules.permanent(postponed)).isFalse();
    }
}
