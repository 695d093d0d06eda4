package io.rekindle.suppression.domain.bounce.mime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A small, lenient MIME parser (RFC 2045/2046) sufficient for bounce, DSN and ARF messages. */
public final class MimeParser {

    private static final int MAX_DEPTH = 8;

    private MimeParser() {
    }

    public static MimePart parse(byte[] raw) {
        String text = normalizeLineEnds(new String(raw, StandardCharsets.ISO_8859_1));
        // Messages saved from an mbox start with the "From sender date" envelope line, which is no header.
        if (text.startsWith("From ")) {
            int end = text.indexOf('\n');
            text = end < 0 ? "" : text.substring(end + 1);
        }
        return parseEntity(text, 0);
    }

    /** Parses text that is already one char per byte (for example a decoded message/rfc822 body). */
    public static MimePart parseText(String text) {
        return parseEntity(normalizeLineEnds(text), 0);
    }

    static String normalizeLineEnds(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static MimePart parseEntity(String text, int depth) {
        String headerBlock;
        String body;
        int firstLineEnd = text.indexOf('\n');
        String firstLine = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
        int colon = firstLine.indexOf(':');
        boolean startsWithHeader = colon > 0 && HeaderFields.isFieldName(firstLine.substring(0, colon));
        if (!startsWithHeader) {
            headerBlock = "";
            body = text.startsWith("\n") ? text.substring(1) : text;
        } else {
            int end = text.indexOf("\n\n");
            headerBlock = end < 0 ? text : text.substring(0, end);
            body = end < 0 ? "" : text.substring(end + 2);
        }
        HeaderFields headers = HeaderFields.parse(headerBlock);
        MimePart shell = new MimePart(headers, body, List.of());
        if (depth >= MAX_DEPTH) {
            return shell;
        }
        String type = shell.mediaType();
        if (type.startsWith("multipart/")) {
            List<MimePart> children = splitMultipart(body, shell.contentTypeParameter("boundary"), depth);
            return children.isEmpty() ? shell : new MimePart(headers, body, children);
        }
        if (type.equals("message/rfc822") || type.equals("message/global") || type.equals("text/rfc822-headers")
                || type.equals("text/rfc822-header") || type.equals("message/rfc822-headers")) {
            String inner = new String(shell.decodedBody(), StandardCharsets.ISO_8859_1).stripLeading();
            return new MimePart(headers, body, List.of(parseEntity(inner, depth + 1)));
        }
        return shell;
    }

    private static List<MimePart> splitMultipart(String body, String boundary, int depth) {
        List<MimePart> parts = new ArrayList<>();
        if (boundary.isEmpty()) {
            return parts;
        }
        String delimiter = "--" + boundary;
        StringBuilder current = null;
        for (String line : body.split("\n", -1)) {
            String trimmed = line.stripTrailing();
            if (trimmed.equals(delimiter) || trimmed.equals(delimiter + "--")) {
                if (current != null) {
                    parts.add(parseEntity(stripFinalNewline(current), depth + 1));
                }
                current = trimmed.endsWith("--") && !trimmed.equals(delimiter) ? null : new StringBuilder();
                continue;
            }
            if (current != null) {
                current.append(line).append('\n');
            }
        }
        if (current != null && current.length() > 0) {
            // A missing closing delimiter is common when the returned message was truncated.
            parts.add(parseEntity(stripFinalNewline(current), depth + 1));
        }
        return parts;
    }

    private static String stripFinalNewline(StringBuilder text) {
        int length = text.length();
        return length > 0 && text.charAt(length - 1) == '\n' ? text.substring(0, length - 1) : text.toString();
    }
}
