package io.rekindle.suppression.domain.bounce.dialect;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Base for plain-text bounce formats: a dialect is a signature plus the recipient-line layouts its MTA
 * uses; segmenting the notice and reading codes out of each segment is shared.
 */
public abstract class TextNoticeDialect implements MtaDialect {

    private final String name;
    private final Pattern signature;
    private final List<RecipientLine> recipientLines;
    private final NoticeSegments noticeSegments;

    protected TextNoticeDialect(String name, String signatureRegex, List<RecipientLine> recipientLines,
            NoticeSegments noticeSegments) {
        this.name = name;
        this.signature = Pattern.compile(signatureRegex, Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
        this.recipientLines = List.copyOf(recipientLines);
        this.noticeSegments = noticeSegments;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean recognises(BounceDocument document) {
        return signature.matcher(document.noticeText()).find()
                || signature.matcher(document.headers().firstOrEmpty("From")).find()
                || signature.matcher(document.subject()).find();
    }

    @Override
    public List<RecipientEvidence> extract(BounceDocument document) {
        Map<String, String> segments = noticeSegments.scan(document, recipientLines);
        String preamble = noticeSegments.preamble(document, recipientLines);
        List<RecipientEvidence> evidence = new ArrayList<>();
        segments.forEach((recipient, segment) -> evidence.add(
                fromSegment(recipient, segment, preamble, document.reporterDomain())));
        return evidence;
    }

    /** The segment is the diagnostic; the context adds the preamble for notices that explain above the list. */
    static RecipientEvidence fromSegment(String recipient, String segment, String preamble, String reporter) {
        String diagnostic = SmtpText.collapseWhitespace(segment);
        return new RecipientEvidence(recipient, SmtpText.enhancedStatus(segment), SmtpText.replyCode(segment),
                diagnostic, remoteHost(segment), "", "", segment + "\n" + preamble, reporter, "");
    }

    private static final Pattern REMOTE_HOST = Pattern.compile(
            "(?i)(?:host|server|mta|talking to)\\s+\\[?([a-z0-9][a-z0-9.-]*\\.[a-z]{2,}|\\d{1,3}(?:\\.\\d{1,3}){3})\\]?");

    private static String remoteHost(String segment) {
        var m = REMOTE_HOST.matcher(segment);
        return m.find() ? m.group(1) : "";
    }
}
