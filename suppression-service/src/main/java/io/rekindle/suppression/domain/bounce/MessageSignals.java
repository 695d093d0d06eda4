package io.rekindle.suppression.domain.bounce;

import io.rekindle.suppression.domain.bounce.dialect.BounceDocument;
import java.util.Locale;
import java.util.regex.Pattern;

/** Header-level signals that tell bounces, complaints and auto replies apart before any body parsing. */
final class MessageSignals {

    private static final Pattern BOUNCE_SENDER = Pattern.compile(
            "(?i)mailer-daemon|post_?master|mail ?delivery|delivery ?subsystem|mail ?administrator|"
                    + "mail ?system|bounce|returned|no-?reply@.*(?:mail|mx)|mdaemon|mailadmin|microsoftexchange");
    private static final Pattern BOUNCE_SUBJECT = Pattern.compile(
            "(?i)undeliver|undelivered|delivery (?:status )?notification|delivery (?:has )?failed|failure notice|"
                    + "returned mail|returned to sender|mail delivery failed|could not be delivered|"
                    + "mail system error|delivery failure|nondeliverable|non[- ]remis|delivery problem|"
                    + "warning: could not send|delayed mail|delivery (?:is )?delayed|rejected|mail error|"
                    + "message not delivered|delivery report|permanent error|failed delivery|unzustellbar|"
                    + "delivery notification|error sending|not delivered|mail failure|"
                    + "\\u914d\\u4fe1\\u4e0d\\u80fd|\\u30a8\\u30e9\\u30fc");
    /** Wording of non-delivery notices whose headers give nothing away (no-reply senders, bare subjects). */
    private static final Pattern BOUNCE_NOTICE = Pattern.compile(
            "(?i)could not be delivered|undeliverable|delivery (?:has )?failed|was not delivered|unable to deliver|"
                    + "delivery to the following recipient|permanent error|permanent fatal error|did not reach|"
                    + "could not deliver|failed permanently|message delivery has failed|returned to sender");
    private static final Pattern AUTO_REPLY_SUBJECT = Pattern.compile(
            "(?i)out of (?:the )?office|auto(?:matic)?[ -]?(?:reply|response|antwort|respond)|^auto:|vacation|"
                    + "away from|on leave|abwesen|absence|\\u81ea\\u52d5\\u5fdc\\u7b54|\\u4e0d\\u5728");
    private static final Pattern COMPLAINT_SUBJECT = Pattern.compile("(?i)complaint about message|abuse report");

    private MessageSignals() {
    }

    static boolean isDeliveryReport(BounceDocument document) {
        String reportType = document.root().contentTypeParameter("report-type").toLowerCase(Locale.ROOT);
        return !document.deliveryStatusBodies().isEmpty() || reportType.contains("delivery-status");
    }

    static boolean looksLikeBounce(BounceDocument document) {
        return isDeliveryReport(document)
                || BOUNCE_SENDER.matcher(document.headers().firstOrEmpty("From")).find()
                || BOUNCE_SUBJECT.matcher(document.subject()).find()
                || document.headers().has("X-Failed-Recipients")
                || !document.headers().firstOrEmpty("Auto-Submitted").toLowerCase(Locale.ROOT).startsWith("auto-replied")
                        && BOUNCE_NOTICE.matcher(document.noticeText()).find();
    }

    static boolean isComplaint(BounceDocument document) {
        String reportType = document.root().contentTypeParameter("report-type").toLowerCase(Locale.ROOT);
        return document.feedbackReport().isPresent() || reportType.equals("feedback-report")
                || COMPLAINT_SUBJECT.matcher(document.subject()).find();
    }

    /** RFC 3834 Auto-Submitted plus the de-facto headers and subjects of common vacation responders. */
    static boolean isAutoReply(BounceDocument document) {
        var headers = document.headers();
        String autoSubmitted = headers.firstOrEmpty("Auto-Submitted").toLowerCase(Locale.ROOT);
        String precedence = headers.firstOrEmpty("Precedence").toLowerCase(Locale.ROOT);
        return autoSubmitted.startsWith("auto-replied")
                || headers.has("X-Autoreply") || headers.has("X-Autorespond") || headers.has("X-Auto-Response-Suppress")
                        && AUTO_REPLY_SUBJECT.matcher(document.subject()).find()
                || precedence.equals("auto_reply")
                || AUTO_REPLY_SUBJECT.matcher(document.subject()).find();
    }
}
