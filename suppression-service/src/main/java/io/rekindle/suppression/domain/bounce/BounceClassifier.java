package io.rekindle.suppression.domain.bounce;

import io.rekindle.suppression.domain.bounce.dialect.BounceDocument;
import io.rekindle.suppression.domain.bounce.dialect.MtaDialects;
import io.rekindle.suppression.domain.bounce.dialect.NoticeSegments;
import io.rekindle.suppression.domain.bounce.dialect.RecipientEvidence;
import io.rekindle.suppression.domain.bounce.dialect.SmtpText;
import io.rekindle.suppression.domain.bounce.mime.HeaderFields;
import io.rekindle.suppression.domain.bounce.mime.MimePart;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Classifies a raw message from the bounce mailbox: parse MIME, detect complaint / auto reply / bounce,
 * read per-recipient evidence with the MTA dialect recognisers, then decide reason, severity and action.
 */
public final class BounceClassifier {

    private final MtaDialects dialects;

    public BounceClassifier() {
        this(MtaDialects.standard());
    }

    public BounceClassifier(MtaDialects dialects) {
        this.dialects = dialects;
    }

    public ClassifiedMessage classify(byte[] rawMessage) {
        List<byte[]> messages = MailboxFile.messages(rawMessage);
        if (messages.size() == 1) {
            return classify(BounceDocument.of(rawMessage), true);
        }
        List<ClassifiedMessage> results = messages.stream().map(m -> classify(BounceDocument.of(m), true)).toList();
        return MailboxFile.merge(results);
    }

    private ClassifiedMessage classify(BounceDocument document, boolean mayUnwrap) {
        Optional<ClassifiedMessage> notification = SesNotificationMail.read(document);
        if (notification.isPresent()) {
            return notification.get();
        }
        if (MessageSignals.isComplaint(document)) {
            return complaint(document);
        }
        Optional<MimePart> attachedReport = document.returnedMessage().filter(BounceClassifier::isDeliveryReport);
        if (mayUnwrap && document.deliveryStatusBodies().isEmpty() && attachedReport.isPresent()) {
            // A delivery report forwarded as an attachment (InterScan, Exchange journaling, a user's "forward as
            // attachment"): the attached report is the bounce, the wrapper only carries it.
            return classify(BounceDocument.of(attachedReport.get()), false);
        }
        if (MessageSignals.looksLikeBounce(document)) {
            MtaDialects.Extraction extraction = dialects.extract(document);
            List<RecipientEvidence> evidence = extraction.recipients();
            String dialect = extraction.dialect();
            if (evidence.isEmpty()) {
                evidence = lastResortRecipient(document);
                dialect = "last-resort";
            }
            if (!evidence.isEmpty()) {
                return bounce(dialect, evidence.stream().filter(e -> !SmtpText.isObfuscated(e.recipient())).toList());
            }
        }
        if (MessageSignals.isAutoReply(document)) {
            return ClassifiedMessage.autoReply();
        }
        return ClassifiedMessage.notABounce();
    }

    private static boolean isDeliveryReport(MimePart part) {
        return part.mediaType().equals("multipart/report")
                && part.contentTypeParameter("report-type").toLowerCase(Locale.ROOT).contains("delivery-status");
    }

    private static ClassifiedMessage bounce(String dialect, List<RecipientEvidence> evidence) {
        List<RecipientVerdict> verdicts = new ArrayList<>();
        for (RecipientEvidence e : evidence) {
            BounceReason reason = ReasonRules.reason(e);
            verdicts.add(RecipientVerdict.of(e.recipient(), reason, ReasonRules.permanent(e), e.enhancedStatus(),
                    e.replyCode(), e.diagnostic(), e.remoteMta()));
        }
        boolean allDelivered = !verdicts.isEmpty() && verdicts.stream().allMatch(v -> v.reason() == BounceReason.DELIVERED);
        return new ClassifiedMessage(allDelivered ? MessageKind.DELIVERY_REPORT : MessageKind.BOUNCE, dialect,
                verdicts, Optional.empty());
    }

    /**
     * RFC 5965 feedback report. The complaining recipient is Original-Rcpt-To when the reporter kept it,
     * otherwise the To of the returned message (often redacted by the mailbox provider).
     */
    private static ClassifiedMessage complaint(BounceDocument document) {
        HeaderFields report = document.feedbackReport().orElse(HeaderFields.empty());
        String feedbackType = report.first("Feedback-Type").map(t -> t.strip().toLowerCase(Locale.ROOT)).orElse("abuse");
        Optional<String> recipient = SmtpText.firstAddress(report.firstOrEmpty("Original-Rcpt-To"))
                .or(() -> SmtpText.firstAddress(report.firstOrEmpty("Removal-Recipient")))
                .or(() -> document.returnedMessage().map(MimePart::headers)
                        .flatMap(h -> SmtpText.firstAddress(h.firstOrEmpty("To"))));
        RecipientVerdict verdict = RecipientVerdict.of(recipient.orElse(""), BounceReason.FEEDBACK, false, "", "",
                feedbackType, report.firstOrEmpty("Reporting-MTA"));
        return new ClassifiedMessage(MessageKind.COMPLAINT, "arf", List.of(verdict), Optional.of(feedbackType));
    }

    /**
     * When no layout is recognised: the X-Failed-Recipients header (Exim, Gmail, Google Groups), else the first
     * foreign address in the notice, else the returned To.
     */
    private static List<RecipientEvidence> lastResortRecipient(BounceDocument document) {
        String notice = SmtpText.collapseWhitespace(document.noticeText());
        Optional<String> failed = SmtpText.firstAddress(document.headers().firstOrEmpty("X-Failed-Recipients"));
        if (failed.isPresent()) {
            return List.of(evidence(failed.get(), notice, document));
        }
        Set<String> excluded = NoticeSegments.senderSideAddresses(document);
        Matcher m = SmtpText.ADDRESS.matcher(document.noticeText());
        while (m.find()) {
            String address = SmtpText.normalizeAddress(m.group());
            String lower = address.toLowerCase(Locale.ROOT);
            if (!excluded.contains(lower) && !lower.startsWith("postmaster@") && !lower.startsWith("mailer-daemon@")) {
                return List.of(evidence(address, notice, document));
            }
        }
        return document.returnedMessage()
                .flatMap(r -> SmtpText.firstAddress(r.headers().firstOrEmpty("To")))
                .map(address -> List.of(evidence(address, notice, document)))
                .orElse(List.of());
    }

    private static RecipientEvidence evidence(String address, String notice, BounceDocument document) {
        return new RecipientEvidence(address, SmtpText.enhancedStatus(notice), SmtpText.replyCode(notice), notice,
                "", "", "", notice, document.reporterDomain(), "");
    }
}
