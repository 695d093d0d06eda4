package io.rekindle.suppression.domain.bounce;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads several bounces saved into one mbox file (RFC 4155) as one result. */
final class MailboxFile {

    /** The mbox "From " envelope line that opens each message: "From sender Thu Apr 29 23:34:45 2015". */
    private static final Pattern ENVELOPE_LINE = Pattern.compile(
            "(?m)^From \\S+ +(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ");

    private MailboxFile() {
    }

    /** The messages in the file: the whole input unless it holds more than one mbox envelope line. */
    static List<byte[]> messages(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        Matcher m = ENVELOPE_LINE.matcher(text);
        List<Integer> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start());
        }
        if (starts.size() < 2 || starts.get(0) != 0) {
            return List.of(raw);
        }
        List<byte[]> messages = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) : text.length();
            messages.add(text.substring(starts.get(i), end).getBytes(StandardCharsets.ISO_8859_1));
        }
        return messages;
    }

    /** One result for the file: every message's recipients, the first message's kind unless any is a bounce. */
    static ClassifiedMessage merge(List<ClassifiedMessage> results) {
        List<RecipientVerdict> verdicts = new ArrayList<>();
        results.forEach(r -> verdicts.addAll(r.recipients()));
        MessageKind kind = results.stream().anyMatch(r -> r.kind() == MessageKind.BOUNCE) ? MessageKind.BOUNCE
                : results.get(0).kind();
        Optional<String> feedbackType = results.stream().map(ClassifiedMessage::feedbackType)
                .flatMap(Optional::stream).findFirst();
        return new ClassifiedMessage(kind, results.get(0).dialect(), verdicts, feedbackType);
    }
}
