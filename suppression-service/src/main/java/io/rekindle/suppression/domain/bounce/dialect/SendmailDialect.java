package io.rekindle.suppression.domain.bounce.dialect;

import java.util.List;

/** Sendmail (V5 and V8 without a DSN part): session transcripts with "<address>... reply" lines. */
public final class SendmailDialect extends TextNoticeDialect {

    public SendmailDialect(NoticeSegments noticeSegments) {
        super("sendmail", "(?:Transcript of session follows|following addresses had (?:permanent )?fatal errors|Unsent message follows)",
                List.of(RecipientLine.SENDMAIL_ELLIPSIS, RecipientLine.ANGLE_COLON, RecipientLine.ADDRESSED_TO),
                noticeSegments);
    }
}
