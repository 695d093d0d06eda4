package io.rekindle.contact.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void caseAndSurroundingSpaceDoNotMakeADifferentContact() {
        assertThat(EmailAddress.normalise("  Ada.Lovelace@Example.COM ")).contains("ada.lovelace@example.com");
    }

    @Test
    void internationalDomainsAreStoredAsPunycode() {
        assertThat(EmailAddress.normalise("jens@blåbær.dk")).contains("jens@xn--blbr-roah.dk");
    }

    @Test
    void addressesThatCannotBeDeliveredAreRefused() {
        assertThat(EmailAddress.normalise("no-at-sign")).isEmpty();
        assertThat(EmailAddress.normalise("a@b")).isEmpty();
        assertThat(EmailAddress.normalise("a..b@example.com")).isEmpty();
        assertThat(EmailAddress.normalise("a b@example.com")).isEmpty();
        assertThat(EmailAddress.normalise("@example.com")).isEmpty();
        assertThat(EmailAddress.normalise(null)).isEmpty();
    }
}
