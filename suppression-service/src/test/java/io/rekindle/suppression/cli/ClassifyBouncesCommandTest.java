package io.rekindle.suppression.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassifyBouncesCommandTest {

    private static final String DSN = """
            From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
            To: bounces+abc123@rekindle.example
            Subject: Undelivered Mail Returned to Sender
            MIME-Version: 1.0
            Content-Type: multipart/report; report-type=delivery-status; boundary="b1"

            --b1
            Content-Type: text/plain

            Your message could not be delivered.

            --b1
            Content-Type: message/delivery-status

            Reporting-MTA: dns; mx.example.net

            Final-Recipient: rfc822; gone@example.org
            Action: failed
            Status: 5.1.1
            Diagnostic-Code: smtp; 550 5.1.1 <gone@example.org>: Recipient address rejected: User unknown, sorry

            --b1--
            """;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return new ClassifyBouncesCommand().run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void printsOneCsvRowPerRecipientUnderTheFixedHeader() throws IOException {
        Path bounce = Files.writeString(dir.resolve("a.eml"), DSN, StandardCharsets.ISO_8859_1);

        int exit = run(bounce.toString());

        assertThat(exit).isZero();
        assertThat(out.toString().lines()).containsExactly(
                "file,recipient,reason,hard_or_soft,status,reply_code,action",
                bounce + ",gone@example.org,userunknown,hard,5.1.1,550,suppress");
    }

    @Test
    void walksDirectoriesRecursivelyAndClassifiesJsonAsWebhooks() throws IOException {
        Path nested = Files.createDirectories(dir.resolve("x/y"));
        Files.writeString(nested.resolve("event.json"),
                "[{\"email\":\"a@example.com\",\"event\":\"delivered\"},{\"email\":\"b@example.com\",\"event\":\"spamreport\"}]");
        Files.writeString(dir.resolve("hello.txt"), "From: friend@example.com\nSubject: lunch?\n\nSee you at noon.\n");

        int exit = run(dir.toString());

        assertThat(exit).isZero();
        assertThat(out.toString().lines()).containsExactly(
                "file,recipient,reason,hard_or_soft,status,reply_code,action",
                dir.resolve("hello.txt") + ",,not-bounce,,,,ignore",
                nested.resolve("event.json") + ",a@example.com,delivered,n/a,,,clear-soft-bounces",
                nested.resolve("event.json") + ",b@example.com,feedback,n/a,,,suppress");
    }

    @Test
    void reportsAnAutoReplyAsVacationWithActionIgnore() throws IOException {
        Path reply = Files.writeString(dir.resolve("ooo.eml"),
                "From: someone@example.com\nAuto-Submitted: auto-replied\nSubject: Out of office\n\nBack Monday.\n");

        run(reply.toString());

        assertThat(out.toString().lines()).contains(reply + ",,vacation,,,,ignore");
    }

    @Test
    void quotesFieldsThatContainCommasOrQuotes() {
        assertThat(ClassifyBouncesCommand.Csv.line(java.util.List.of("a,b", "say \"hi\"", "plain")))
                .isEqualTo("\"a,b\",\"say \"\"hi\"\"\",plain");
    }

    @Test
    void exitsWithTwoAndUsageOnStderrWhenCalledWithoutArguments() {
        int exit = run();

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("usage:");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void exitsWithOneButKeepsGoingWhenAFileCannotBeRead() throws IOException {
        Path bounce = Files.writeString(dir.resolve("a.eml"), DSN, StandardCharsets.ISO_8859_1);

        int exit = run(dir.resolve("missing.eml").toString(), bounce.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("missing.eml");
        assertThat(out.toString()).contains("gone@example.org,userunknown");
    }
}
