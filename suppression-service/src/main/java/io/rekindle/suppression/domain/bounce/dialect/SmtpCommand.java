package io.rekindle.suppression.domain.bounce.dialect;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SMTP command a remote server was answering when it refused the message. Which command failed says
 * what the refusal was about: at RCPT the server judged the address, after DATA it judged the content, at
 * MAIL the envelope sender, at the greeting or HELO the connecting host.
 */
public enum SmtpCommand {
    /** The connection itself or the server's greeting (sisimai's pseudo command CONN). */
    CONN,
    HELO,
    STARTTLS,
    AUTH,
    MAIL,
    RCPT,
    DATA;

    /**
     * How MTAs name the failed command in their notices, each with one group holding the command words,
     * matched on whitespace-collapsed text because notices wrap lines anywhere: Postfix "(in reply to RCPT
     * TO command)", Exim and GMX "SMTP error from remote mail server after end of data" / "after RCPT
     * command", DragonFly "did not like our RCPT TO", qmail "most progress was RCPT TO response" and "said
     * 550 for RCPT TO response", Yahoo's qmail "[RCPT_TO]", X3's "SMTP:RCPT host", Sendmail's session transcript "&gt;&gt;&gt; RCPT
     * To:&lt;x&gt;", and Sun/Oracle Messaging Server's "Remote SMTP server has rejected address" (its wording for
     * a refused RCPT), and Gmail's "wasn't delivered to x because the address couldn't be found" (its
     * heading for a recipient refused at RCPT), and Gmail's "(state N)" session stages.
     */
    private static final List<Pattern> MENTIONS = List.of(
            Pattern.compile("(?i)in reply to (?:the )?(rcpt(?: to)?|mail(?: from)?|end of data|data|helo|ehlo|starttls|"
                    + "auth\\b[^()]*?|lhlo) command"),
            Pattern.compile("(?i)\\bafter (?:pipelined )?(rcpt(?: to)?|mail from|end of data|data|helo|ehlo|starttls|auth|"
                    + "initial connection|connection|greeting|sending (?:rcpt to|mail from|data))\\b"),
            Pattern.compile("(?i)did not like our (rcpt to|mail from|data|helo|ehlo)"),
            Pattern.compile("(?i)(?:most progress was|for) (rcpt to|mail from|data|helo|ehlo) response"),
            Pattern.compile("(?i)\\[(rcpt_to|mail_from|data)\\]"),
            Pattern.compile("(?i)\\bsmtp:(rcpt|mail|data|helo|ehlo) host\\b"),
            Pattern.compile("(?i)>>> ?(rcpt|mail|data|helo|ehlo|starttls|auth)\\b"),
            Pattern.compile("(?i)remote smtp server has (rejected address)"),
            Pattern.compile("(?i)wasn't delivered to \\S+ because the (address) couldn'?t be found"),
            Pattern.compile("\\(state (6|8|9|12|13|14|15|17|18)\\)"));

    /**
     * Gmail's outbound client ends a relayed refusal with "(state N)", the stage of its SMTP session: 6 after
     * MAIL, 8, 9 and 12 during AUTH/STARTTLS, 13 at EHLO, 14 at RCPT, 15, 17 and 18 at DATA.
     */
    private static final Map<String, SmtpCommand> GMAIL_STATES = Map.of("6", MAIL, "8", AUTH, "9", AUTH, "12", AUTH,
            "13", HELO, "14", RCPT, "15", DATA, "17", DATA, "18", DATA);

    /** The last command the text names as the one that failed, if it names any. */
    public static Optional<SmtpCommand> failedIn(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String collapsed = SmtpText.collapseWhitespace(text);
        String words = null;
        int position = -1;
        for (Pattern mention : MENTIONS) {
            Matcher m = mention.matcher(collapsed);
            while (m.find()) {
                if (m.start() > position) {
                    position = m.start();
                    words = m.group(1);
                }
            }
        }
        return words == null ? Optional.empty() : Optional.of(fromWords(words.toLowerCase(Locale.ROOT)));
    }

    private static SmtpCommand fromWords(String words) {
        if (Character.isDigit(words.charAt(0))) {
            return GMAIL_STATES.get(words);
        }
        if (words.contains("rcpt") || words.contains("address")) {
            return RCPT;
        }
        if (words.startsWith("mail")) {
            return MAIL;
        }
        if (words.contains("data")) {
            return DATA;
        }
        if (words.equals("helo") || words.equals("ehlo") || words.equals("lhlo")) {
            return HELO;
        }
        if (words.equals("starttls")) {
            return STARTTLS;
        }
        if (words.startsWith("auth")) {
            return AUTH;
        }
        return CONN;
    }
}
