package io.rekindle.suppression.domain.bounce.dialect;

import java.util.List;
import java.util.regex.Pattern;

/** The ways MTAs put a failed address at the head of its explanation in a plain-text bounce. */
public enum RecipientLine {
    /** Sendmail: "550 5.1.1 <user@example.org>... User unknown", or "<user@example.org>... Deferred: ..." without a code. */
    SENDMAIL_ELLIPSIS("^\\s*(?:\\d{3}[\\s-]+(?:\\d\\.\\d{1,3}\\.\\d{1,3}\\s+)?)?<?" + Group.ADDR + ">?\\.{3}"),
    /** qmail and Postfix: "<user@example.org>:" optionally followed by the remote reply. */
    ANGLE_COLON("^\\s*<" + Group.ADDR + ">(?:\\s*\\(expanded from[^)]*\\))?\\s*:"),
    /** OpenSMTPD and some appliances: "user@example.org: 550 5.1.1 reply" with the bare address first. */
    ADDRESS_COLON_REPLY("^\\s*" + Group.ADDR + ":\\s+\\S"),
    /**
     * Exim's notice about header addresses it could not parse ("recipient addresses that were incorrectly
     * constructed"): the header item as written, "Name <user@example.org>: malformed address: ...".
     */
    HEADER_ITEM_COLON("^\\s+(?!.*\\b(?:after|rcpt|mail from|host)\\b)[^<>:\\s][^<>:]*<" + Group.ADDR + ">:\\s"),
    /** Exchange 2003 / Lotus style: "user@example.org on Thu, 29 Apr 2007 ...". */
    ADDRESS_ON_DATE("^\\s*" + Group.ADDR + "\\s+on\\s+\\w{3},?\\s"),
    /** Exim, Gmail and many appliances: the address alone on its line, maybe bracketed or with a colon. */
    ADDRESS_ALONE("^\\s*[<\"(]?" + Group.ADDR + "[>\")]?\\s*:?\\s*$"),
    /** Office 365's plain-text NDR: "user@example.org (display name)&lt;mailto:user@example.org&gt;". */
    ADDRESS_THEN_NAME("^\\s*" + Group.ADDR + "\\s+\\([^()]*\\)\\s*(?:<mailto:[^>]*>)?\\s*$"),
    /** "Recipient: x", "Failed address: <x>", "Unknown user: x" and similar labelled lines. */
    LABELLED("^\\s*(?:original-|final-)?(?:failed |invalid |unknown |bad |intended )?"
            + "(?:recipient|address|user|mailbox|e-?mail|rcpt to)(?:\\(s\\)| address(?:es)?)?\\s*:\\s*[<\"]?"
            + Group.ADDR + "[>\"]?"),
    /** DragonFly, Sendmail transcripts and prose: "error delivering your mail to <x>", ">>> RCPT To:<x>". */
    ADDRESSED_TO("(?:deliver(?:ing|ed|y)?(?: your (?:mail|message))? to|rcpt to:?|sent to|addressed to|recipient)\\s*<"
            + Group.ADDR + ">");

    private final Pattern pattern;

    RecipientLine(String regex) {
        this.pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    public Pattern pattern() {
        return pattern;
    }

    public static List<RecipientLine> all() {
        return List.of(values());
    }

    /** Holder so the enum constants can share the address sub-pattern. */
    private static final class Group {
        static final String ADDR = "(?<addr>" + SmtpText.ADDRESS.pattern() + ")";
    }
}
