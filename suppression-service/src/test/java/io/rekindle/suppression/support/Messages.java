package io.rekindle.suppression.support;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Raw bounce messages for tests: RFC 3464 DSNs and an RFC 5965 complaint, unique per call. */
public final class Messages {

    private Messages() {
    }

    public static String uniqueAddress(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** A DSN from a remote MTA, returned to the VERP path of {@code sendId} (or a plain return path when null). */
    public static byte[] dsn(String recipient, String status, String replyCode, String diagnostic, String sendId) {
        String returnPath = sendId != null ? "bounces+" + sendId + "@mail.acme.example" : "news@acme.example";
        String boundary = "B" + UUID.randomUUID().toString().replace("-", "");
        return ("""
                From: MAILER-DAEMON@mx.example.net (Mail Delivery System)
                To: %1$s
                Subject: Undelivered Mail Returned to Sender
                Message-ID: <%2$s@mx.example.net>
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=delivery-status; boundary="%2$s"

                --%2$s
                Content-Type: text/plain

                This is the mail system. Your message could not be delivered.

                --%2$s
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example.net

                Final-Recipient: rfc822; %3$s
                Action: failed
                Status: %4$s
                Diagnostic-Code: smtp; %5$s %4$s %6$s

                --%2$s
                Content-Type: message/rfc822

                Return-Path: <%1$s>
                From: news@acme.example
                To: %3$s
                Subject: Hello

                Hi
                --%2$s--
                """.formatted(returnPath, boundary, recipient, status, replyCode, diagnostic))
                .replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** A delivery report (RFC 3464 Action: delivered): evidence that the mailbox works. */
    public static byte[] delivered(String recipient) {
        return new String(dsn(recipient, "2.0.0", "250", "OK", null), StandardCharsets.UTF_8)
                .replace("Action: failed", "Action: delivered")
                .replace("Undelivered Mail Returned to Sender", "Successful Mail Delivery Report")
                .getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] hardBounce(String recipient, String sendId) {
        return dsn(recipient, "5.1.1", "550", "User unknown", sendId);
    }

    public static byte[] mailboxFull(String recipient) {
        return dsn(recipient, "4.2.2", "452", "Mailbox full", null);
    }

    /** Our IP on a block list: the recipient is not to blame. */
    public static byte[] blockedBySpamhaus(String recipient) {
        return dsn(recipient, "5.7.1", "550", "Message rejected due to IP blacklisted by spamhaus", null);
    }

    /** An ARF (RFC 5965) abuse report about {@code recipient}. */
    public static byte[] complaint(String recipient, String sendId) {
        String boundary = "A" + UUID.randomUUID().toString().replace("-", "");
        return ("""
                From: feedbackloop@mailbox.example
                To: bounces+%4$s@mail.acme.example
                Subject: FW: Hello
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=feedback-report; boundary="%1$s"

                --%1$s
                Content-Type: text/plain

                This is an email abuse report for an email message received from IP 192.0.2.1.

                --%1$s
                Content-Type: message/feedback-report

                Feedback-Type: abuse
                User-Agent: SomeGenerator/1.0
                Version: 1
                Original-Rcpt-To: <%2$s>
                Reporting-MTA: dns; mailbox.example

                --%1$s
                Content-Type: message/rfc822

                Return-Path: <bounces+%4$s@mail.acme.example>
                From: news@acme.example
                To: %2$s
                Message-ID: <%3$s@acme.example>
                Subject: Hello

                Hi
                --%1$s--
                """.formatted(boundary, recipient, UUID.randomUUID(), sendId))
                .replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
