package io.rekindle.suppression.domain.bounce.dialect;

import java.util.List;

/** Fallback for any other plain-text notice: every known recipient-line layout at once. */
public final class GenericNoticeDialect extends TextNoticeDialect {

    public GenericNoticeDialect(NoticeSegments noticeSegments) {
        super("generic", ".",
                List.of(RecipientLine.SENDMAIL_ELLIPSIS, RecipientLine.ANGLE_COLON, RecipientLine.ADDRESS_COLON_REPLY, RecipientLine.ADDRESS_ON_DATE,
                        RecipientLine.ADDRESS_ALONE, RecipientLine.LABELLED, RecipientLine.ADDRESSED_TO),
                noticeSegments);
    }
}
