package io.rekindle.suppression.domain.bounce.dialect;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds addresses, RFC 3463 status codes and SMTP reply codes in free text. */
public final class SmtpText {

    /** Deliberately permissive: bounces quote addresses with odd local parts ("a..b"@x, a%b@relay). */
    public static final Pattern ADDRESS = Pattern.compile(
            "(\"[^\"\\s]+\"|[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+)@([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*)");
    private static final Pattern ENHANCED_STATUS = Pattern.compile("(?<![\\d.])([245])\\.(\\d{1,3})\\.(\\d{1,3})(?![\\d.]*\\d)");
    private static final Pattern REPLY_CODE = Pattern.compile("(?:^|[\\s:;(>\\[\"'=#]|said:?)([245][0-5]\\d)(?=[\\s-]|$)");

    private SmtpText() {
    }

    public static Optional<String> firstAddress(String text) {
        Matcher m = ADDRESS.matcher(text == null ? "" : text);
        return m.find() ? Optional.of(normalizeAddress(m.group())) : Optional.empty();
    }

    /**
     * True for an address shortened for display ("david...@gmail.com", as Google Groups and list archives show
     * them): a local part ending in "..." is not a dot-atom (RFC 5322 section 3.4.1) and cannot be mailed.
     */
    public static boolean isObfuscated(String address) {
        int at = address.lastIndexOf('@');
        return at > 0 && address.startsWith("...", at - 3) && !address.startsWith("\"");
    }

    /** Lower-cases the domain only: local parts are case-sensitive by RFC 5321, domains are not. */
    public static String normalizeAddress(String address) {
        String trimmed = address.strip();
        while (trimmed.startsWith("<") || trimmed.startsWith("'")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith(">") || trimmed.endsWith(".") || trimmed.endsWith("'")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        int at = trimmed.lastIndexOf('@');
        return at < 0 ? trimmed : trimmed.substring(0, at) + trimmed.substring(at).toLowerCase(Locale.ROOT);
    }

    public static String enhancedStatus(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = ENHANCED_STATUS.matcher(text);
        while (m.find()) {
            // Version numbers and IP addresses look alike; a status class digit must match a plausible subject.
            if (Integer.parseInt(m.group(2)) <= 7) {
                return m.group(1) + "." + Integer.parseInt(m.group(2)) + "." + Integer.parseInt(m.group(3));
            }
        }
        return "";
    }

    public static String replyCode(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = REPLY_CODE.matcher(text);
        return m.find() ? m.group(1) : "";
    }

    /**
     * Joins a multi-line SMTP reply read as one line (RFC 5321 section 4.2.1): the reply code and status each
     * continuation line repeats ("...with multiple 550 5.7.1 addresses in From: header...") are dropped after
     * the first, so phrases broken across lines match again.
     */
    public static String unfoldReply(String text) {
        if (text == null) {
            return "";
        }
        Matcher first = REPLY_CODE.matcher(text);
        if (!first.find()) {
            return text;
        }
        String head = text.substring(0, first.end(1));
        String rest = text.substring(first.end(1));
        return head + rest.replaceAll("\\s" + first.group(1) + "[ -](?:[245]\\.\\d{1,3}\\.\\d{1,3}\\s+)?", " ");
    }

    public static String collapseWhitespace(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
