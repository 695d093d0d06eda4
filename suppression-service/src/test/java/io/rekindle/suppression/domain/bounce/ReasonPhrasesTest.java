package io.rekindle.suppression.domain.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReasonPhrasesTest {

    @ParameterizedTest(name = "\"{0}\" means {1}")
    @CsvSource(delimiter = '|', value = {
        "550 5.1.1 <a@example.org>: Recipient address rejected: User unknown in virtual mailbox table | USERUNKNOWN",
        "552 Message retry timeout exceeded | EXPIRED",
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
        "450 service permits 2 unverifyable sending IPs - mx.example.net is not 192.0.2.1 | REQUIREPTR",
        "554 Message rejected: Email address is not verified. The following identities failed the check | NORELAYING",
        "a@example.org <b@example.org>: malformed address: <b@example.org> may not follow a@example.org | SYNTAXERROR",
        "501 <a@example.net>... no access from mail server [192.0.2.55] which is an open relay. | BLOCKED",
        "451 Open relay not allowed | NORELAYING",
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
        "554 delivery error: dd This user doesn't have a yahoo.com account (a@yahoo.com) [0] - mta1.mail.yahoo.com | USERUNKNOWN",
        "554 delivery error: dd a@yahoo.com is no longer valid. [-20] | SUSPEND",
        "Message could not be delivered to mobile. Error: No valid recipients for this MM | USERUNKNOWN",
        "mail.local: unknown user: person | USERUNKNOWN",
        "It appears that the email address you sent your message to wasn't found at the destination domain | USERUNKNOWN",
        "The account or domain may not exist, they may be blacklisted, or missing the proper dns entries. | HOSTUNKNOWN",
        "The recipient server did not accept our requests to connect. Learn more at https://support.google.com | EXPIRED",
        "Name service error for name=example.org type=MX: Malformed or unexpected name server reply | NOTACCEPT",
        "Unable to contact LDAP server. (#4.4.3)I'm not going to try again | SYSTEMERROR",
    })
    void recognisesProviderCodesAndFixedWording(String diagnostic, BounceReason expected) {
        assertThat(ReasonPhrases.explicit(diagnostic.toLowerCase())).contains(expected);
    }

    @ParameterizedTest(name = "{0} says \"{1}\": {2}")
    @CsvSource(delimiter = '|', value = {
        "server-1.bemta-2.messagelabs.com | 550 a@example.org... No such user | USERUNKNOWN",
        "server-1.bemta-2.messagelabs.com | 542 a@example.org Rejected | USERUNKNOWN",
        "server-1.bemta-2.messagelabs.com | 553 Sorry, your email address has been blocked | REJECTED",
        "us-smtp-inbound-1.mimecast.com | 554 Host network not allowed | POLICYVIOLATION",
        "us-smtp-inbound-1.mimecast.com | 550 Invalid Recipient | USERUNKNOWN",
        "mx.zohomail.com | ERROR_CODE :421, ERROR_CODE :, Host not reachable. | EXPIRED",
    })
    void readsAProvidersOwnTableOnlyForItsHosts(String hosts, String diagnostic, BounceReason expected) {
        assertThat(ReasonPhrases.provider(hosts, diagnostic.toLowerCase())).contains(expected);
        assertThat(ReasonPhrases.provider("mx.example.org", diagnostic.toLowerCase())).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506] | SPAMDETECTED",
        "550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. LPN416 | ",
        "552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 | MAILBOXFULL",
        "421 Too many connections, slow down. LPN105_104 | TOOMANYCONN",
    })
    void readsOrangeAndLaPosteReplyCodes(String diagnostic, BounceReason expected) {
        assertThat(ReasonPhrases.orangeCode(diagnostic.toLowerCase())).isEqualTo(Optional.ofNullable(expected));
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
