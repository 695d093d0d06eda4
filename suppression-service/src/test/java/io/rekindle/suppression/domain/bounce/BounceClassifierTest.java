package io.rekindle.suppression.domain.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BounceClassifierTest {

    private final BounceClassifier classifier = new BounceClassifier();

    private ClassifiedMessage classify(String message) {
        return classifier.classify(message.getBytes(StandardCharsets.UTF_8));
    }

    private static String dsn(String status, String diagnostic) {
        return dsn("failed", status, "Diagnostic-Code: smtp; " + diagnostic);
    }

    private static String dsn(String action, String status, String diagnosticField) {
        return """
                From: MAILER-DAEMON@mx.example.net
                To: bounces+0f3a9c-contact-42@rekindle.example
                Subject: Delivery Status Notification (Failure)
                Content-Type: multipart/report; report-type=delivery-status; boundary=XX

                --XX
                Content-Type: text/plain

                Delivery failed.
                --XX
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example.net

                Final-Recipient: rfc822; Person@Example.ORG
                Action: %s
                Status: %s
                %s
                --XX--
                """.formatted(action, status, diagnosticField);
    }

    private static String postfixNotice(String reply) {
        return """
                From: MAILER-DAEMON@mx.example.net (Mail Delivery System)
                To: bounces@rekindle.example
                Subject: Undelivered Mail Returned to Sender

                This is the mail system at host mx.example.net.

                <person@example.org>: host mx.example.org[192.0.2.1] said: %s
                """.formatted(reply);
    }

    @Test
    void takesTheRecipientFromTheDeliveryStatusNotFromTheVerpReturnPath() {
        RecipientVerdict verdict = classify(dsn("5.1.1", "550 5.1.1 no such user")).recipients().get(0);

        assertThat(verdict.recipient()).isEqualTo("Person@example.org");
    }

    @Test
    void mapsStatus511ToUserUnknownHardAndSuppress() {
        RecipientVerdict verdict = classify(dsn("5.1.1", "550 5.1.1 Recipient rejected")).recipients().get(0);

        assertThat(verdict.reason()).isEqualTo(BounceReason.USERUNKNOWN);
        assertThat(verdict.severity()).isEqualTo(Severity.HARD);
        assertThat(verdict.replyCode()).isEqualTo("550");
        assertThat(verdict.action()).isEqualTo(SuppressionAction.SUPPRESS);
    }

    @Test
    void mapsStatus522ToMailboxFullSoftThatCountsTowardsSuppression() {
        RecipientVerdict verdict = classify(dsn("5.2.2", "552 5.2.2 Over quota")).recipients().get(0);

        assertThat(verdict.reason()).isEqualTo(BounceReason.MAILBOXFULL);
        assertThat(verdict.severity()).isEqualTo(Severity.SOFT);
        assertThat(verdict.action()).isEqualTo(SuppressionAction.COUNT_SOFT_BOUNCE);
    }

    @Test
    void letsTheDiagnosticWordingDecideWhenTheStatusIsGeneric() {
        RecipientVerdict verdict = classify(dsn("5.0.0", "554 Your IP 192.0.2.1 is listed in zen.spamhaus.org"))
                .recipients().get(0);

        assertThat(verdict.reason()).isEqualTo(BounceReason.BLOCKED);
        assertThat(verdict.action()).as("our IP reputation is not the recipient's fault")
                .isEqualTo(SuppressionAction.IGNORE);
    }

    @Test
    void recognisesAuthenticationFailuresBeforeGenericRejections() {
        RecipientVerdict verdict = classify(dsn("5.7.1", "550 5.7.1 Message rejected: DMARC policy of example.com"))
                .recipients().get(0);

        assertThat(verdict.reason()).isEqualTo(BounceReason.AUTHFAILURE);
    }

    @Test
    void treatsATransientDnsFailureAsANetworkErrorRatherThanAnUnknownHost() {
        RecipientVerdict verdict = classify(dsn("4.4.3", "DNS Error: Domain name not found")).recipients().get(0);

        assertThat(verdict.reason()).isEqualTo(BounceReason.NETWORKERROR);
        assertThat(verdict.permanent()).isFalse();
    }

    @Test
    void judgesUserUnknownWordingRefusedAtRcptAsAHardUserUnknown() {
        RecipientVerdict verdict = classify(postfixNotice("550 User unknown (in reply to RCPT\n    TO command)"))
                .recipients().get(0);

        assertThat(verdict.reason()).isEqualTo(BounceReason.USERUNKNOWN);
        assertThat(verdict.severity()).isEqualTo(Severity.HARD);
    }

    @Test
    void judgesUserUnknownWordingAfterDataAsTheRecipientsFilter() {
        RecipientVerdict verdict = classify(postfixNotice("550 User unknown (in reply to end of DATA command)"))
                .recipients().get(0);

        assertThat(verdict.reason()).isEqualTo(BounceReason.FILTERED);
        assertThat(verdict.severity()).isEqualTo(Severity.SOFT);
    }

    @Test
    void judgesUserUnknownWordingWithoutCommandOrAddressStatusAsFiltered() {
        RecipientVerdict verdict = classify(dsn("5.2.1", "550 5.2.1 <person@example.org>... User Unknown")).recipients().get(0);

        assertThat(verdict.reason()).isEqualTo(BounceReason.FILTERED);
    }

    @Test
    void judgesUserUnknownWordingAtMailFromAsARejectedSender() {
        RecipientVerdict verdict = classify(postfixNotice("550 No such user (in reply to MAIL FROM command)"))
                .recipients().get(0);

        assertThat(verdict.reason()).isEqualTo(BounceReason.REJECTED);
    }

    @Test
    void letsAProviderCodeOverruleTheStatusItMisuses() {
        RecipientVerdict verdict = classify(dsn("5.1.1",
                "550 5.1.1 <person@example.org> - 192.0.2.1 has sent to too many recipients this hour. IB607"))
                .recipients().get(0);

        assertThat(verdict.reason()).isEqualTo(BounceReason.SPEEDING);
        assertThat(verdict.severity()).isEqualTo(Severity.SOFT);
    }

    @Test
    void reportsADelayedDeliveryWithAGenericStatusAsExpiredAndTransient() {
        RecipientVerdict verdict = classify(dsn("delayed", "4.4.0", "")).recipients().get(0);

        assertThat(verdict.reason()).isEqualTo(BounceReason.EXPIRED);
        assertThat(verdict.permanent()).isFalse();
    }

    @Test
    void reportsALocalMailerProgramExitAsAMailerErrorEvenWhileRetrying() {
        RecipientVerdict verdict = classify(dsn("delayed", "4.5.0", "Diagnostic-Code: X-Unix; 71")).recipients().get(0);

        assertThat(verdict.reason()).isEqualTo(BounceReason.MAILERERROR);
    }

    @Test
    void readsTheRecipientsNoticeLineWhenTheDsnHasNoDiagnosticCode() {
        ClassifiedMessage result = classify("""
                From: MAILER-DAEMON@relay.example.net
                To: bounces@rekindle.example
                Subject: Delivery status notification: error
                Content-Type: multipart/report; report-type=delivery-status; boundary=XX

                --XX
                Content-Type: text/plain

                An error has occurred while attempting to deliver a message for
                the following list of recipients:

                person@example.org: 550 5.1.1 <person@example.org>: Recipient address rejected: User unknown
                other@example.org: 552 5.2.2 <other@example.org>: Recipient address rejected: Mailbox full

                --XX
                Content-Type: message/delivery-status

                Reporting-MTA: dns; relay.example.net

                Final-Recipient: rfc822; person@example.org
                Action: failed
                Status: 5.0.0

                Final-Recipient: rfc822; other@example.org
                Action: failed
                Status: 5.0.0
                --XX--
                """);

        assertThat(result.recipients()).extracting(RecipientVerdict::recipient, RecipientVerdict::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("person@example.org", BounceReason.USERUNKNOWN),
                        org.assertj.core.groups.Tuple.tuple("other@example.org", BounceReason.MAILBOXFULL));
    }

    @Test
    void readsTheReasonAboveTheAddressListWhenTheAddressLineHasNone() {
        RecipientVerdict verdict = classify("""
                From: Postmaster@mail.example.net
                To: bounces@rekindle.example
                Subject: Undeliverable message

                ------- Failure Reasons  --------

                User not listed in public Name & Address Book
                person@example.org

                ------- Returned Message --------
                """).recipients().get(0);

        assertThat(verdict.recipient()).isEqualTo("person@example.org");
        assertThat(verdict.reason()).isEqualTo(BounceReason.USERUNKNOWN);
    }

    @Test
    void takesAGoogleGroupsRefusalAsARejectedPostForTheFailedRecipientHeader() {
        RecipientVerdict verdict = classify("""
                From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
                To: news@rekindle.example
                Subject: Delivery Status Notification (Failure)
                X-Failed-Recipients: readers@googlegroups.com

                Hallo news@rekindle.example,
                die Gruppe, die Sie kontaktieren möchten (readers), ist möglicherweise nicht vorhanden.
                Hilfe unter https://groups.google.com/support/.
                """).recipients().get(0);

        assertThat(verdict.recipient()).isEqualTo("readers@googlegroups.com");
        assertThat(verdict.reason()).isEqualTo(BounceReason.REJECTED);
        assertThat(verdict.severity()).isEqualTo(Severity.SOFT);
    }

    @Test
    void readsEximPlainTextBouncesWithoutADeliveryStatusPart() {
        ClassifiedMessage result = classify("""
                From: Mail Delivery System <Mailer-Daemon@mx.example.net>
                To: bounces@rekindle.example
                Subject: Mail delivery failed: returning message to sender

                This message was created automatically by mail delivery software.

                A message that you sent could not be delivered to one or more of its
                recipients. This is a permanent error. The following address(es) failed:

                  first@example.org
                    SMTP error from remote mail server after RCPT TO:<first@example.org>:
                    host mx.example.org [192.0.2.1]: 550 5.1.1 <first@example.org>: User unknown
                  second@example.org
                    SMTP error from remote mail server after RCPT TO:<second@example.org>:
                    host mx.example.org [192.0.2.1]: 552 5.2.2 Mailbox full

                ------ This is a copy of the message, including all the headers. ------

                From: newsletter@rekindle.example
                To: first@example.org
                """);

        assertThat(result.kind()).isEqualTo(MessageKind.BOUNCE);
        assertThat(result.recipients()).extracting(RecipientVerdict::recipient, RecipientVerdict::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("first@example.org", BounceReason.USERUNKNOWN),
                        org.assertj.core.groups.Tuple.tuple("second@example.org", BounceReason.MAILBOXFULL));
    }

    @Test
    void parsesAnArfComplaintWithItsFeedbackTypeAndOriginalRecipient() {
        ClassifiedMessage result = classify("""
                From: feedback@isp.example
                To: abuse@rekindle.example
                Subject: FW: Spring sale
                Content-Type: multipart/report; report-type=feedback-report; boundary="arf"

                --arf
                Content-Type: text/plain

                This is an email abuse report.
                --arf
                Content-Type: message/feedback-report

                Feedback-Type: abuse
                User-Agent: SomeGenerator/1.0
                Version: 1
                Original-Rcpt-To: <reader@isp.example>

                --arf
                Content-Type: text/rfc822-headers

                From: news@rekindle.example
                To: someone-else@isp.example
                Subject: Spring sale
                --arf--
                """);

        assertThat(result.kind()).isEqualTo(MessageKind.COMPLAINT);
        assertThat(result.feedbackType()).contains("abuse");
        assertThat(result.recipients()).singleElement().satisfies(v -> {
            assertThat(v.recipient()).isEqualTo("reader@isp.example");
            assertThat(v.reason()).isEqualTo(BounceReason.FEEDBACK);
            assertThat(v.action()).isEqualTo(SuppressionAction.SUPPRESS);
        });
    }

    @Test
    void recognisesAnRfc3834AutoReplyAsHavingNoFailedRecipient() {
        ClassifiedMessage result = classify("""
                From: reader@example.org
                To: news@rekindle.example
                Auto-Submitted: auto-replied
                Subject: Away until Monday

                I am out of the office.
                """);

        assertThat(result.kind()).isEqualTo(MessageKind.AUTO_REPLY);
        assertThat(result.recipients()).isEmpty();
    }

    @Test
    void readsARecipientGroupWhoseFinalRecipientFieldComesLast() {
        ClassifiedMessage result = classify("""
                From: MAILER-DAEMON@mx.example.net
                To: bounces@rekindle.example
                Subject: Delivery Status Notification (Failure)
                Content-Type: multipart/report; report-type=delivery-status; boundary=XX

                --XX
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example.net

                Action: failed
                Status: 5.0.0
                Diagnostic-Code: smtp; 550 person@example.org... No such user
                Final-Recipient: rfc822; person@example.org
                --XX--
                """);

        assertThat(result.recipients()).singleElement()
                .satisfies(v -> assertThat(v.diagnostic()).contains("No such user"));
    }

    @Test
    void prefersTheOriginalRecipientOverAnInternalFinalRecipient() {
        ClassifiedMessage result = classify(dsn("failed", "5.2.0", "Diagnostic-Code: smtp; 522 5.2.0 Over quota")
                .replace("Final-Recipient: rfc822; Person@Example.ORG",
                        "Original-Recipient: rfc822;person@example.org\nFinal-Recipient: rfc822;@lmtp.example.org:person@store"));

        assertThat(result.recipients()).extracting(RecipientVerdict::recipient).containsExactly("person@example.org");
    }

    @Test
    void readsTheSendmailSessionThatLedToEachRecipientsVerdict() {
        ClassifiedMessage result = classify("""
                From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.net>
                To: bounces@rekindle.example
                Subject: Returned mail: see transcript for details

                   ----- Transcript of session follows -----
                While talking to mail.example.org:
                >>> MAIL From:<bounces@rekindle.example>
                <<< 501 <bounces@rekindle.example>... no access from mail server [192.0.2.55] which is an open relay.
                554 <a@example.org>... Remote protocol error
                550 example.com (smtp)... 550 Host unknown
                554 <b@example.com>... 550 Host unknown (Authoritative answer from name server)
                   ----- Unsent message follows -----
                """);

        assertThat(result.recipients()).extracting(RecipientVerdict::reason)
                .containsExactly(BounceReason.BLOCKED, BounceReason.HOSTUNKNOWN);
    }

    @Test
    void readsEximsNoticeAboutAddressesItCouldNotParse() {
        ClassifiedMessage result = classify("""
                From: Mail Delivery System <Mailer-Daemon@mx.example.net>
                To: sender@rekindle.example
                Subject: Mail failure - malformed recipient address

                A message that you sent contained one or more recipient addresses that were
                incorrectly constructed:

                  Someone <person@example.org>: malformed address: <person@example.org> may not follow Someone

                This address has been ignored.
                """);

        assertThat(result.recipients()).singleElement().satisfies(v -> {
            assertThat(v.recipient()).isEqualTo("person@example.org");
            assertThat(v.reason()).isEqualTo(BounceReason.SYNTAXERROR);
        });
    }

    @Test
    void keepsTheBoundaryOffice365PutsOnAnUnfoldedLine() {
        ClassifiedMessage result = classify("""
                From: postmaster@example.onmicrosoft.com
                To: sender@rekindle.example
                Subject: Undeliverable: hello
                Content-Type: multipart/alternative; differences=Content-Type;
                boundary="b1"

                --b1
                Content-Type: text/plain; charset="us-ascii"
                Content-Transfer-Encoding: quoted-printable

                person@example.org (person@example.org)<mailto:person@example.org>
                Your message couldn't be delivered. It appears that the email address you s=
                ent your message to wasn't found at the destination domain.
                --b1--
                """);

        assertThat(result.recipients()).singleElement().satisfies(v -> {
            assertThat(v.recipient()).isEqualTo("person@example.org");
            assertThat(v.reason()).isEqualTo(BounceReason.USERUNKNOWN);
        });
    }

    @Test
    void readsEveryReportInAnMboxFile() {
        String first = dsn("5.1.1", "550 5.1.1 no such user");
        String second = first.replace("Person@Example.ORG", "other@example.org");
        ClassifiedMessage result = classify("From MAILER-DAEMON  Thu Apr 29 23:34:45 2015\n" + first
                + "\nFrom MAILER-DAEMON  Thu Apr 29 23:35:45 2015\n" + second);

        assertThat(result.recipients()).extracting(RecipientVerdict::recipient)
                .containsExactly("Person@example.org", "other@example.org");
    }

    @Test
    void readsADeliveryReportForwardedAsAnAttachment() {
        ClassifiedMessage result = classify("""
                From: postmaster@relay.example.net
                To: list-bounces@rekindle.example
                Subject: Delivery Status Notification (Failure)
                Content-Type: multipart/mixed; boundary=OUT

                --OUT
                Content-Type: message/rfc822

                """ + dsn("5.1.1", "550 5.1.1 no such user") + "\n--OUT--\n");

        assertThat(result.recipients()).extracting(RecipientVerdict::recipient).containsExactly("Person@example.org");
    }

    @Test
    void readsAnAmazonSesNotificationDeliveredByEmail() {
        ClassifiedMessage result = classify("""
                From: SES <no-reply@sns.amazonaws.com>
                To: ops@rekindle.example
                Subject: AWS Notification Message
                Content-Type: text/plain; charset=UTF-8

                {"notificationType":"Bounce","mail":{"messageId":"m1"},"bounce":{"bounceType":"Permanent",                "bounceSubType":"General","bouncedRecipients":[{"emailAddress":"person@example.org",                "status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 user unknown"}]}}
                --
                If you wish to stop receiving notifications from this topic, please click the link below.
                """);

        assertThat(result.kind()).isEqualTo(MessageKind.BOUNCE);
        assertThat(result.recipients()).singleElement().satisfies(v -> {
            assertThat(v.recipient()).isEqualTo("person@example.org");
            assertThat(v.reason()).isEqualTo(BounceReason.USERUNKNOWN);
        });
    }

    @Test
    void leavesOutAnAddressShortenedForDisplay() {
        ClassifiedMessage result = classify(dsn("5.7.1", "550 5.7.1 spam").replace("Person@Example.ORG", "david...@example.org"));

        assertThat(result.kind()).isEqualTo(MessageKind.BOUNCE);
        assertThat(result.recipients()).isEmpty();
    }

    @Test
    void reportsAnOrdinaryMessageAsNotABounce() {
        ClassifiedMessage result = classify("From: friend@example.org\nSubject: hi\n\nHow are you?\n");

        assertThat(result.kind()).isEqualTo(MessageKind.NOT_A_BOUNCE);
        assertThat(result.recipients()).isEmpty();
    }
}
