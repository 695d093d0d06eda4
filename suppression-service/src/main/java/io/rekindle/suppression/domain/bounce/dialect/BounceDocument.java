package io.rekindle.suppression.domain.bounce.dialect;

import io.rekindle.suppression.domain.bounce.mime.EncodedWords;
import io.rekindle.suppression.domain.bounce.mime.HeaderFields;
import io.rekindle.suppression.domain.bounce.mime.MimeParser;
import io.rekindle.suppression.domain.bounce.mime.MimePart;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A received message split into the pieces bounce handling cares about: the human-readable notice, the
 * machine-readable delivery-status and feedback-report parts, and the returned original message.
 */
public final class BounceDocument {

    /**
     * Lines after which MTAs paste the returned message inline instead of attaching it (Exim, qmail,
     * Sendmail, Gmail, DragonFly, ...), plus header lines that can only belong to a pasted message.
     */
    private static final Pattern RETURNED_MESSAGE_START = Pattern.compile(
            "(?im)^(?:[ \\t]*-{2,}[ \\t]*(?:this is a copy of|below this line is a copy|original message|unsent message|"
                    + "returned message|message header|the original message|headers of the original|copy of the original)"
                    + "|[ \\t]*-+ ?(?:original|returned) (?:message|mail|headers)"
                    + "|message headers follow"
                    + "|[ \\t]*-{3,} The header of the original message"
                    + "|Original message (?:headers?|follows)"
                    + "|(?:Return-Path|Received|DKIM-Signature|Message-I[Dd]):[ \\t]*\\S)");

    private final MimePart root;
    private final String subject;
    private final String noticeText;
    private final List<String> deliveryStatusBodies;
    private final Optional<MimePart> returnedMessage;
    private final Optional<HeaderFields> feedbackReport;

    private BounceDocument(MimePart root, String noticeText, List<String> deliveryStatusBodies,
            Optional<MimePart> returnedMessage, Optional<HeaderFields> feedbackReport) {
        this.root = root;
        this.subject = EncodedWords.decode(root.headers().firstOrEmpty("Subject"));
        this.noticeText = noticeText;
        this.deliveryStatusBodies = List.copyOf(deliveryStatusBodies);
        this.returnedMessage = returnedMessage;
        this.feedbackReport = feedbackReport;
    }

    public static BounceDocument of(byte[] raw) {
        return of(MimeParser.parse(raw));
    }

    public static BounceDocument of(MimePart root) {
        Collector collector = new Collector();
        collector.walk(root, true);
        String notice = collector.notice.toString();
        Optional<MimePart> returned = collector.returned;
        Matcher start = RETURNED_MESSAGE_START.matcher(notice);
        if (start.find()) {
            if (returned.isEmpty()) {
                String pasted = notice.substring(start.start()).replaceFirst("^[^\\n]*-{2,}[^\\n]*\\n+", "");
                returned = Optional.of(MimeParser.parseText(pasted));
            }
            notice = notice.substring(0, start.start());
        }
        if (collector.deliveryStatus.isEmpty() && DeliveryStatusDialect.looksLikeDeliveryStatus(notice)) {
            // Some MTAs (Courier, some appliances) paste RFC 3464 fields into a plain text body.
            collector.deliveryStatus.add(notice);
        }
        return new BounceDocument(root, notice, collector.deliveryStatus, returned, collector.feedback);
    }

    public HeaderFields headers() {
        return root.headers();
    }

    public MimePart root() {
        return root;
    }

    public String subject() {
        return subject;
    }

    /** The domain of the notice's From address: the reporting side when the notice names no Reporting-MTA. */
    public String reporterDomain() {
        String from = SmtpText.firstAddress(headers().firstOrEmpty("From")).orElse("");
        return from.substring(from.lastIndexOf('@') + 1);
    }

    /** The explanation written for humans, without the returned message. */
    public String noticeText() {
        return noticeText;
    }

    public List<String> deliveryStatusBodies() {
        return deliveryStatusBodies;
    }

    public Optional<MimePart> returnedMessage() {
        return returnedMessage;
    }

    public Optional<HeaderFields> feedbackReport() {
        return feedbackReport;
    }

    /** Walks the MIME tree once, without descending into the returned message. */
    private static final class Collector {
        private final StringBuilder notice = new StringBuilder();
        private final List<String> deliveryStatus = new ArrayList<>();
        private Optional<MimePart> returned = Optional.empty();
        private Optional<HeaderFields> feedback = Optional.empty();

        void walk(MimePart part, boolean isRoot) {
            String type = part.mediaType();
            // A multipart whose boundary never occurs is read as text: its DSN fields are still in there.
            if (part.isMultipart() && !part.children().isEmpty()) {
                for (MimePart child : part.children()) {
                    walk(child, false);
                }
                return;
            }
            if (type.equals("message/delivery-status") || type.equals("message/global-delivery-status")
                    || type.equals("text/delivery-status")) {
                deliveryStatus.add(part.text());
            } else if (type.equals("message/feedback-report")) {
                feedback = Optional.of(HeaderFields.parse(part.text()));
            } else if (!part.children().isEmpty()) {
                if (returned.isEmpty()) {
                    returned = Optional.of(part.children().get(0));
                }
            } else if ((type.startsWith("text/") || type.startsWith("multipart/")) && (isRoot || !isAttachment(part))) {
                String text = part.text();
                if (!isRoot && DeliveryStatusDialect.looksLikeDeliveryStatus(text) && !hasProse(text)) {
                    deliveryStatus.add(text);
                } else if (notice.length() == 0 || !type.equals("text/html") || !noticeHasPlainText()) {
                    notice.append(text).append('\n');
                }
            }
        }

        private boolean noticeHasPlainText() {
            return notice.toString().strip().length() > 0;
        }

        private static boolean isAttachment(MimePart part) {
            return part.headers().firstOrEmpty("Content-Disposition").toLowerCase().startsWith("attachment")
                    && !part.mediaType().equals("text/plain");
        }

        private static boolean hasProse(String text) {
            return text.strip().lines().limit(3).noneMatch(l -> l.contains(":"));
        }
    }
}
