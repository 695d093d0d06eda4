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
        "connect to example.org[192.0.2.1]:25: Connection timed out | EXPIRED",
        "Name service error for domain example.org: Host not found, try again | NETWORKERROR",
        "example.org: Envelope expired | EXPIRED",
        "Unable to contact LDAP server. Not going to try again; this message has been in the queue too long. | EXPIRED",
        "503 5.5.0 Improper sequence of commands | SYNTAXERROR",
        "554 Mail from news@example.net rejected for policy reasons. | POLICYVIOLATION",
        "550 Unroutable sender address | REJECTED",
        "Mail domain mentioned in email address is unknown | HOSTUNKNOWN",
        "550 5.1.2 <a@example.org>: Recipient address rejected: Bad destination system address | HOSTUNKNOWN",
        "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints | BADREPUTATION",
    })
    void matchesTheReasonItsWordingNames(String diagnostic, BounceReason expected) {
        assertThat(ReasonPhrases.match(diagnostic.toLowerCase())).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is {1} whatever the status code says")
    @CsvSource(delimiter = '|', value = {
        "550 5.1.1 <a@example.org> - 192.0.2.1 has sent to too many recipients this hour. IB607 | SPEEDING",
        "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup | USERUNKNOWN",
        "MSEXCH:IMS:EXAMPLE:SITE:SERVER 0 (000C05A6) Unknown Recipient | USERUNKNOWN",
        "550 Requested action not taken: mailbox unavailable | USERUNKNOWN",
        "Invalid final delivery userid: a@example.org | USERUNKNOWN",
        "User not listed in public Name & Address Book | USERUNKNOWN",
        "421 mwinf5c77 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR_999 | BLOCKED",
        "550 5.1.0 <bounce@example.com> sender rejected. AUP#CDRBL | BLOCKED",
        "550 5.4.312 Message expired, DNS query failed | NETWORKERROR",
        "Wenn Sie Fragen haben, besuchen Sie die Hilfe unter https://groups.google.com/support/. | REJECTED",
    })
    void recognisesProviderCodesAndFixedWording(String diagnostic, BounceReason expected) {
        assertThat(ReasonPhrases.explicit(diagnostic.toLowerCase())).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is not a provider verdict")
    @CsvSource(delimiter = '|', value = {
        "550 5.1.1 <a@example.org>: Recipient address rejected: User unknown",
        "See our Privacy Policy at https://example.org/privacy",
    })
    void leavesOrdinaryWordingToTheGeneralRules(String diagnostic) {
        assertThat(ReasonPhrases.explicit(diagnostic.toLowerCase())).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" names no reason")
    @CsvSource(delimiter = '|', value = {
        "Please note that this is only a temporary failure report.",
        "Privacy Policy - Customer Support",
    })
    void ignoresBoilerplateThatOnlyLooksLikeAReason(String text) {
        assertThat(ReasonPhrases.match(text.toLowerCase())).isEmpty();
    }
}
