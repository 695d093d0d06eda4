package io.rekindle.suppression.domain.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusCodeReasonsTest {

    @Test
    void specificStatusCodesDecideRegardlessOfClass() {
        assertThat(StatusCodeReasons.decisive("5.1.1")).contains(BounceReason.USERUNKNOWN);
        assertThat(StatusCodeReasons.decisive("4.2.2")).contains(BounceReason.MAILBOXFULL);
        assertThat(StatusCodeReasons.decisive("5.7.26")).contains(BounceReason.AUTHFAILURE);
        assertThat(StatusCodeReasons.decisive("5.7.27")).contains(BounceReason.NOTACCEPT);
    }

    @Test
    void looselyUsedCodesOnlyActAsFallback() {
        assertThat(StatusCodeReasons.decisive("5.1.2")).isEmpty();
        assertThat(StatusCodeReasons.fallback("5.1.2")).contains(BounceReason.HOSTUNKNOWN);
        assertThat(StatusCodeReasons.fallback("4.4.7")).contains(BounceReason.EXPIRED);
    }

    @Test
    void unknownSecurityAndMediaDetailsFallBackToTheirSubject() {
        assertThat(StatusCodeReasons.fallback("5.7.99")).contains(BounceReason.SECURITYERROR);
        assertThat(StatusCodeReasons.fallback("5.6.1")).contains(BounceReason.CONTENTERROR);
    }

    @Test
    void onlyDestinationAddressCodesLetUserUnknownWordingStandWithoutTheFailedCommand() {
        assertThat(StatusCodeReasons.namesTheAddress("5.1.1")).isTrue();
        assertThat(StatusCodeReasons.namesTheAddress("5.1.0")).isTrue();
        assertThat(StatusCodeReasons.namesTheAddress("5.2.1")).isFalse();
        assertThat(StatusCodeReasons.namesTheAddress("5.0.0")).isFalse();
        assertThat(StatusCodeReasons.namesTheAddress("")).isFalse();
    }

    @Test
    void genericProtocolStatusNamesNoReasonOnItsOwn() {
        assertThat(StatusCodeReasons.fallback("4.5.0")).isEmpty();
    }

    @Test
    void malformedOrEmptyStatusGivesNothing() {
        assertThat(StatusCodeReasons.decisive("")).isEmpty();
        assertThat(StatusCodeReasons.fallback("x")).isEmpty();
    }
}
