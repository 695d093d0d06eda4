package io.rekindle.suppression.domain.bounce.dialect;

import io.rekindle.suppression.domain.bounce.mime.HeaderFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** RFC 3464 delivery status notifications: message/delivery-status per-recipient field groups. */
public final class DeliveryStatusDialect implements MtaDialect {

    private static final Pattern RECIPIENT_FIELD = Pattern.compile("(?im)^(?:Final|Original)-Recipient\\s*:");
    private static final Pattern GROUP_START = Pattern.compile("(?im)^(?=Final-Recipient\\s*:|Original-Recipient\\s*:)");

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

    /** Splits on recipient fields rather than blank lines: several MTAs omit the blank separator lines. */
    private static List<String> recipientGroups(String body) {
        List<String> groups = new ArrayList<>();
        String[] pieces = GROUP_START.split(body);
        for (int i = 1; i < pieces.length; i++) {
            // An Original-Recipient directly followed by its Final-Recipient belongs to the same group.
            if (pieces[i].toLowerCase(Locale.ROOT).startsWith("original-recipient") && i + 1 < pieces.length
                    && pieces[i].strip().lines().count() == 1) {
                pieces[i + 1] = pieces[i] + pieces[i + 1];
                continue;
            }
            groups.add(pieces[i]);
        }
        return groups;
    }

    private RecipientEvidence readGroup(HeaderFields fields, String reportingMta, BounceDocument document) {
        String recipient = SmtpText.firstAddress(stripType(fields.firstOrEmpty("Final-Recipient")))
                .or(() -> SmtpText.firstAddress(stripType(fields.firstOrEmpty("Original-Recipient"))))
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
                    .map(segment -> SmtpText.collapseWhitespace(segment.strip().split("\\n\\s*\\n", 2)[0])).orElse("");
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
                fields.firstOrEmpty("Action").toLowerCase(Locale.ROOT).split("[\\s(]")[0], diagnosticType, context);
    }

    private static String stripType(String value) {
        int semicolon = value.indexOf(';');
        return (semicolon >= 0 ? value.substring(semicolon + 1) : value).strip();
    }
}
