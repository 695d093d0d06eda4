package io.rekindle.suppression.domain.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReasonPhrasesTest {

    @ParameterizedTest(name = "\"{0}\" means {1}")
    @CsvSource(delimiter = '|', value = {
        "550 5.1.1 <a@example.org>: Recipient address rejected: User unknown in virtual mailbox table | USERUNKNOWN",
        "552 mailbox is full: retry timeout exceeded | EXPIRED",
        "452 4.2.2 The email account that you tried to reach is over quota | MAILBOXFULL",
        "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org | BLOCKED",
        "550 5.7.1 Relay access denied | NORELAYING",
        "501 5.1.8 Sender address rejected: Domain not found | REJECTED",
        "550 5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy | AUTHFAILURE",
        "550 5.7.1 Message rejected as spam by Content Filtering | SPAMDETECTED",
        "550 Host unknown | HOSTUNKNOWN",
        "Messages with multiple addresses in From: header are not accepted | NOTCOMPLIANTRFC",
        "550 5.7.25 The IP address sending this message does not have a PTR record | REQUIREPTR",
        "554 5.2.1 Mailbox disabled, not accepting messages | SUSPEND",
    })
    void matchesTheReasonItsWordingNames(String diagnostic, BounceReason expected) {
        assertThat(ReasonPhrases.match(diagnostic.toLowerCase())).contains(expected);
    }
}
