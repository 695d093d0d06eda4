package io.rekindle.suppression.domain.bounce.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmtpCommandTest {

    @ParameterizedTest(name = "\"{0}\" failed at {1}")
    @CsvSource(delimiter = '|', value = {
        "host mx.example.org said: 550 User unknown (in reply to RCPT TO command) | RCPT",
        "said: 554 rejected (in reply to end of DATA command) | DATA",
        "said: 554 Mail from x@example.net rejected (in reply to MAIL FROM command) | MAIL",
        "SMTP error from remote mail server after end of data: host mx.example.org | DATA",
        "SMTP error from remote mail server after RCPT TO:<a@example.org>: host mx | RCPT",
        "SMTP error from remote server after RCPT command: host: mx.example.org | RCPT",
        "SMTP error from remote mail server after initial connection: host mx | CONN",
        "mx.example.org [192.0.2.25] did not like our RCPT TO: 550 5.1.2 | RCPT",
        "Sorry, no SMTP connection got far enough; most progress was RCPT TO response | RCPT",
        "Remote host said: 550 5.2.1 <a@example.org>... User Unknown [RCPT_TO] | RCPT",
        "SMTP:RCPT host 192.0.2.8: 553 5.3.0 <a@example.org>... No such user here | RCPT",
        "Reason: Remote SMTP server has rejected address | RCPT",
        "550 550 5.1.1 <a@example.org>... User Unknown (state 14). | RCPT",
        "550 550 Unknown user a@example.org (state 18). | DATA",
        "550 550 5.7.1 <a@example.org>... Access denied (state 13). | HELO",
    })
    void findsTheCommandTheMtaSaysFailed(String notice, SmtpCommand expected) {
        assertThat(SmtpCommand.failedIn(notice)).contains(expected);
    }

    @Test
    void readsPostfixMentionsWrappedAcrossLines() {
        assertThat(SmtpCommand.failedIn("550 <a@example.org>: Recipient address rejected. (in reply to RCPT\n    TO command)"))
                .contains(SmtpCommand.RCPT);
    }

    @Test
    void takesTheLastCommandOfASendmailTranscript() {
        String transcript = """
                ... while talking to mx.example.org.:
                >>> MAIL From:<news@rekindle.example>
                <<< 250 ok
                >>> DATA
                <<< 550 5.2.1 <a@example.org>... User Unknown
                """;

        assertThat(SmtpCommand.failedIn(transcript)).contains(SmtpCommand.DATA);
    }

    @Test
    void findsNothingWhenNoCommandIsNamed() {
        assertThat(SmtpCommand.failedIn("550 5.0.0 <a@example.org>... No such user")).isEmpty();
    }
}
