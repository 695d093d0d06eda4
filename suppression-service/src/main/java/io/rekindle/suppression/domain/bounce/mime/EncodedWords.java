package io.rekindle.suppression.domain.bounce.mime;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decodes RFC 2047 encoded words ("=?charset?B?...?=") found in header values such as Subject. */
public final class EncodedWords {

    private static final Pattern ENCODED_WORD =
            Pattern.compile("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?\\s]*)\\?=(?:\\s+(?==\\?))?");

    private EncodedWords() {
    }

    public static String decode(String value) {
        if (value == null || !value.contains("=?")) {
            return value == null ? "" : value;
        }
        Matcher m = ENCODED_WORD.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Charset charset = Charsets.forNameOr(m.group(1), StandardCharsets.UTF_8);
            byte[] bytes;
            try {
                bytes = m.group(2).equalsIgnoreCase("B")
                        ? Base64.getMimeDecoder().decode(m.group(3))
                        : TransferEncodings.decodeQuotedPrintable(m.group(3).replace('_', ' '));
            } catch (IllegalArgumentException malformed) {
                bytes = m.group().getBytes(StandardCharsets.ISO_8859_1);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(new String(bytes, charset)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
