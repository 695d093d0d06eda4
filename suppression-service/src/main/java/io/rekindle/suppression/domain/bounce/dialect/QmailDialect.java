package io.rekindle.suppression.domain.bounce.dialect;

import java.util.List;

/** qmail-send (and qmail-derived appliances): "<address>:" followed by the remote reply. */
public final class QmailDialect extends TextNoticeDialect {

    public QmailDialect(NoticeSegments noticeSegments) {
        super("qmail", "(?:qmail-send program|wasn't able to deliver your message|unable to deliver your message to the following)",
                List.of(RecipientLine.ANGLE_COLON),
                noticeSegments);
    }
}
