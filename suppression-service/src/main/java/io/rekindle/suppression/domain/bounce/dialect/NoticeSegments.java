package io.rekindle.suppression.domain.bounce.dialect;

import io.rekindle.suppression.domain.bounce.mime.MimePart;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a human-readable bounce notice into one text segment per failed recipient: a segment starts at a
 * recipient line and runs until the next recipient line, a separator rule, or a length limit.
 */
public final class NoticeSegments {

    private static final int MAX_SEGMENT_LINES = 14;
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*(?:-{4,}|={4,}|_{4,}).*$");
    private static final Pattern SESSION_START = Pattern.compile("(?i)^\\s*(?:\\.\\.\\.\\s*)?while talking to ");

    /** A recipient line: the address on it and the layout that matched. */
    private record Hit(String address, RecipientLine kind) {
    }

    public Map<String, String> scan(BounceDocument document, List<RecipientLine> lineKinds) {
        Set<String> excluded = senderSideAddresses(document);
        Map<String, StringBuilder> segments = new LinkedHashMap<>();
        List<String> transcript = new ArrayList<>();
        String current = null;
        int lineCount = 0;
        for (String line : document.noticeText().split("\n")) {
            Hit hit = recipientOn(line, lineKinds, excluded);
            if (hit != null && hit.kind() == RecipientLine.SENDMAIL_ELLIPSIS) {
                // Sendmail's "<addr>... reason" closes the transcript that led to it: the session lines above are
                // its evidence, and the lines below it already belong to the next recipient.
                StringBuilder segment = segments.computeIfAbsent(hit.address(), k -> new StringBuilder());
                transcript.forEach(t -> segment.append(t).append('\n'));
                segment.append(line.strip()).append('\n');
                transcript.clear();
                current = null;
                continue;
            }
            if (hit != null) {
                current = hit.address();
                lineCount = 0;
                segments.computeIfAbsent(current, k -> new StringBuilder());
                transcript.clear();
            } else if (current != null && (SEPARATOR.matcher(line).matches() || lineCount >= MAX_SEGMENT_LINES)) {
                current = null;
            }
            if (current != null) {
                segments.get(current).append(line.strip()).append('\n');
                if (!line.isBlank()) {
                    lineCount++;
                }
            } else if (hit == null) {
                collectTranscript(transcript, line);
            }
        }
        Map<String, String> result = new LinkedHashMap<>();
        segments.forEach((address, text) -> result.put(address, text.toString()));
        return result;
    }

    /** Keeps the current SMTP session's lines: a separator, a blank line or "while talking to" starts a new one. */
    private static void collectTranscript(List<String> transcript, String line) {
        if (SEPARATOR.matcher(line).matches() || line.isBlank()) {
            transcript.clear();
            return;
        }
        if (SESSION_START.matcher(line).find()) {
            transcript.clear();
        }
        if (transcript.size() < MAX_SEGMENT_LINES) {
            transcript.add(line.strip());
        }
    }

    /**
     * The notice text above the first recipient line. Lotus Notes, Verizon and au (ezweb) state the error
     * first and list the failed addresses below it, so a recipient's own segment then holds no reason.
     */
    public String preamble(BounceDocument document, List<RecipientLine> lineKinds) {
        Set<String> excluded = senderSideAddresses(document);
        StringBuilder preamble = new StringBuilder();
        for (String line : document.noticeText().split("\n")) {
            if (recipientOn(line, lineKinds, excluded) != null) {
                return preamble.toString();
            }
            preamble.append(line.strip()).append('\n');
        }
        return "";
    }

    /** The notice text that talks about one recipient, for DSNs whose Diagnostic-Code is terse. */
    public String segmentFor(BounceDocument document, String recipient) {
        Map<String, String> segments = scan(document, RecipientLine.all());
        return ownSegment(segments, recipient).orElse(segments.isEmpty() ? document.noticeText() : "");
    }

    /** Only the recipient's own segment, never the whole notice. */
    public Optional<String> ownSegmentFor(BounceDocument document, String recipient) {
        return ownSegment(scan(document, RecipientLine.all()), recipient);
    }

    private static Optional<String> ownSegment(Map<String, String> segments, String recipient) {
        for (Map.Entry<String, String> e : segments.entrySet()) {
            if (e.getKey().equalsIgnoreCase(recipient)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    private static Hit recipientOn(String line, List<RecipientLine> lineKinds, Set<String> excluded) {
        for (RecipientLine kind : lineKinds) {
            Matcher m = kind.pattern().matcher(line);
            if (m.find()) {
                String address = SmtpText.normalizeAddress(m.group("addr"));
                if (!excluded.contains(address.toLowerCase(Locale.ROOT))) {
                    return new Hit(address, kind);
                }
            }
        }
        return null;
    }

    /**
     * Addresses that belong to the sending side and so are never the failed recipient: whoever the bounce
     * is addressed to and the From of the returned message. VERP-encoded return paths are in this set too,
     * so the recipient never has to be decoded from them.
     */
    public static Set<String> senderSideAddresses(BounceDocument document) {
        Set<String> excluded = new HashSet<>();
        addAll(excluded, document.headers().firstOrEmpty("To"));
        addAll(excluded, document.headers().firstOrEmpty("Delivered-To"));
        addAll(excluded, document.headers().firstOrEmpty("From"));
        document.returnedMessage().map(MimePart::headers).ifPresent(h -> {
            addAll(excluded, h.firstOrEmpty("From"));
            addAll(excluded, h.firstOrEmpty("Return-Path"));
            addAll(excluded, h.firstOrEmpty("Sender"));
        });
        return excluded;
    }

    private static void addAll(Set<String> into, String headerValue) {
        Matcher m = SmtpText.ADDRESS.matcher(headerValue);
        while (m.find()) {
            into.add(SmtpText.normalizeAddress(m.group()).toLowerCase(Locale.ROOT));
        }
    }
}
