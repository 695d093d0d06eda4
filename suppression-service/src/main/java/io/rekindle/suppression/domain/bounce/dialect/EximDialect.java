package io.rekindle.suppression.domain.bounce.dialect;

import java.util.List;

/** Exim: indented failed addresses, each followed by the remote server's reply, or its header-parse notice. */
public final class EximDialect extends TextNoticeDialect {

    public EximDialect(NoticeSegments noticeSegments) {
        super("exim", "(?:created automatically by mail delivery software|Mail delivery failed|following address\\(es\\) failed"
                        + "|recipient addresses that were\\s+incorrectly constructed)",
                List.of(RecipientLine.ADDRESS_ALONE, RecipientLine.ADDRESSED_TO, RecipientLine.HEADER_ITEM_COLON),
                noticeSegments);
    }
}
