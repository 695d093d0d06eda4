package io.rekindle.suppression.domain.bounce.dialect;

import java.util.List;

/** Postfix without a DSN part: "<address>: host ... said: ..." paragraphs. */
public final class PostfixDialect extends TextNoticeDialect {

    public PostfixDialect(NoticeSegments noticeSegments) {
        super("postfix", "(?:This is the mail system at host|Postfix program|^The mail system)",
                List.of(RecipientLine.ANGLE_COLON, RecipientLine.ADDRESS_ALONE),
                noticeSegments);
    }
}
