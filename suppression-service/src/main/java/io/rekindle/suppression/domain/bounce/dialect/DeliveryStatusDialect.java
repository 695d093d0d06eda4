package io.rekindle.suppression.domain.bounce.dialect;

import io.rekindle.suppression.domain.bounce.mime.HeaderFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** RFC 3464 delivery status notifications: message/delivery-status per-recipient field groups. */
public final class DeliveryStatusDialect implements MtaDialect {

    private static final Pattern RECIPIENT_FIELD = Pattern.compile("(?im)^(?:Final|Original)-Recipient\\s*:");
    private static final Pattern GROUP_START = Pattern.compile("(?im)^(?=Final-Recipient\\s*:|Original-Recipient\\s*:)");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");

    private final NoticeSegments noticeSegments;

    public DeliveryStatusDialect(NoticeSegments noticeSegments) {
        this.noticeSegments = noticeSegments;
    }

    static boolean looksLikeDeliveryStatus(String text) {
        return RECIPIENT_FIELD.matcher(text).find()
                && Pattern.compile("(?im)^(?:Status|Action)\\s*:").matcher(text).find();
    }

    @Override
    public String name() {
        return "rfc3464";
    }

    @Override
    public boolean recognises(BounceDocument document) {
        return !document.deliveryStatusBodies().isEmpty();
    }

    @Override
    public List<RecipientEvidence> extract(BounceDocument document) {
        Map<String, RecipientEvidence> byRecipient = new LinkedHashMap<>();
        for (String body : document.deliveryStatusBodies()) {
            HeaderFields perMessage = HeaderFields.parse(body.split("\\n\\s*\\n", 2)[0]);
            String reportingMta = stripType(perMessage.firstOrEmpty("Reporting-MTA"));
            for (String group : recipientGroups(body)) {
                RecipientEvidence evidence = readGroup(HeaderFields.parse(group), reportingMta, document);
                if (evidence != null) {
                    byRecipient.merge(evidence.recipient().toLowerCase(Locale.ROOT), evidence,
                            (first, second) -> first.diagnostic().isEmpty() ? second : first);
                }
            }
        }
        return new ArrayList<>(byRecipient.values());
    }

    /**
     * RFC 3464 separates the per-message block and each per-recipient block with blank lines, but the recipient
     * field need not come first in its block (MessageLabs puts Final-Recipient last) and several MTAs omit the
     * blank lines, so each blank-line block is split again on its recipient fields, fields above the first
     * recipient field belonging to it.
     */
    private static List<String> recipientGroups(String body) {
        List<String> groups = new ArrayList<>();
        for (String block : BLANK_LINE.split(body)) {
            List<String> pieces = new ArrayList<>(List.of(GROUP_START.split(block)));
            String leading = RECIPIENT_FIELD.matcher(pieces.get(0)).lookingAt() ? "" : pieces.remove(0);
            boolean first = true;
            for (int i = 0; i < pieces.size(); i++) {
                String piece = pieces.get(i);
                // An Original-Recipient directly followed by its Final-Recipient belongs to the same group.
                if (piece.toLowerCase(Locale.ROOT).startsWith("original-recipient") && i + 1 < pieces.size()
                        && piece.strip().lines().count() == 1) {
                    pieces.set(i + 1, piece + pieces.get(i + 1));
                    continue;
                }
                groups.add(first ? piece + "\n" + leading : piece);
                first = false;
            }
        }
        return groups;
    }

    private RecipientEvidence readGroup(HeaderFields fields, String reportingMta, BounceDocument document) {
        Optional<String> original = SmtpText.firstAddress(stripType(fields.firstOrEmpty("Original-Recipient")));
        String recipient = SmtpText.firstAddress(stripType(fields.firstOrEmpty("Final-Recipient")))
                .filter(fin -> isRoutable(fin) || original.filter(DeliveryStatusDialect::isRoutable).isEmpty())
                .or(() -> original)
                .or(() -> SmtpText.firstAddress(fields.firstOrEmpty("X-Actual-Recipient")))
                .orElse(null);
        if (recipient == null) {
            return null;
        }
        String diagnosticField = fields.firstOrEmpty("Diagnostic-Code");
        String diagnosticType = "";
        String diagnostic = diagnosticField;
        int semicolon = diagnosticField.indexOf(';');
        if (semicolon > 0 && semicolon < 12 && !diagnosticField.substring(0, semicolon).contains(" ")) {
            diagnosticType = diagnosticField.substring(0, semicolon).strip().toLowerCase(Locale.ROOT);
            diagnostic = diagnosticField.substring(semicolon + 1);
        }
        diagnostic = SmtpText.collapseWhitespace(diagnostic);
        if (diagnostic.isEmpty()) {
            // OpenSMTPD and some Postfix relays leave Diagnostic-Code out and explain per recipient in the notice;
            // only the first paragraph, the rest of a segment is often boilerplate and footers.
            diagnostic = noticeSegments.ownSegmentFor(document, recipient)
                    .map(segment -> firstExplanation(segment, recipient)).orElse("");
        }
        // The remote server's own code in the diagnostic beats the reporting MTA's Status guess.
        String remoteStatus = SmtpText.enhancedStatus(diagnostic);
        String status = remoteStatus.isEmpty() ? SmtpText.enhancedStatus(fields.firstOrEmpty("Status")) : remoteStatus;
        String context = noticeSegments.segmentFor(document, recipient);
        String replyCode = SmtpText.replyCode(diagnostic);
        if (replyCode.isEmpty()) {
            replyCode = SmtpText.replyCode(context);
        }
        String remoteMta = stripType(fields.firstOrEmpty("Remote-MTA"));
        return new RecipientEvidence(recipient, status, replyCode, diagnostic,
                remoteMta.isEmpty() ? reportingMta : remoteMta,
                fields.firstOrEmpty("Action").toLowerCase(Locale.ROOT).split("[\\s(]")[0], diagnosticType, context,
                reportingMta, fields.firstOrEmpty("X-PowerMTA-BounceCategory").strip().toLowerCase(Locale.ROOT));
    }

    /** The segment's first paragraph that says more than the address itself (Sendmail lists it alone first). */
    private static String firstExplanation(String segment, String recipient) {
        for (String paragraph : segment.strip().split("\\n\\s*\\n")) {
            String text = SmtpText.collapseWhitespace(paragraph);
            if (text.replace(recipient, "").replaceAll("[<>\\s]", "").length() > 0) {
                return text;
            }
        }
        return "";
    }

    /**
     * A Final-Recipient that is a source route ("@relay:user@host") or names an internal host without a domain
     * (Oracle Messaging Server's LMTP hand-off) is the MTA's own rewriting; the Original-Recipient is the address.
     */
    private static boolean isRoutable(String address) {
        return address.substring(address.lastIndexOf('@') + 1).contains(".");
    }

    private static String stripType(String value) {
        int semicolon = value.indexOf(';');
        return (semicolon >= 0 ? value.substring(semicolon + 1) : value).strip();
    }
}
