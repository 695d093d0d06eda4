package io.rekindle.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmailAddressesTest {

    @Test
    void addressesAreTrimmedLowerCasedAndTheirIdnDomainsPunycoded() {
        assertThat(EmailAddresses.normalise("  <Bob.Smith+News@Example.ORG> ")).hasValue("bob.smith+news@example.org");
        assertThat(EmailAddresses.normalise("jörg@bücher.de")).hasValue("jörg@xn--bcher-kva.de");
    }

    @Test
    void textThatIsNotAnAddressIsRefused() {
        assertThat(EmailAddresses.normalise(null)).isEmpty();
        assertThat(EmailAddresses.normalise("nonsense")).isEmpty();
        assertThat(EmailAddresses.normalise("a b@example.org")).isEmpty();
        assertThat(EmailAddresses.normalise("bob@localhost")).isEmpty();
        assertThat(EmailAddresses.normalise("bob@exa_mple.org")).isEmpty();
    }
}
