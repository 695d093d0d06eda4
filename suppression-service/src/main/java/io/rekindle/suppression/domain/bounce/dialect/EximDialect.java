package io.rekindle.suppression.domain.bounce.dialect;

import java.util.List;

/** Exim: indented failed addresses, each followed by the remote server's reply. */
public final class EximDialect extends TextNoticeDialect {

    public EximDialect(NoticeSegments noticeSegments) {
        super("exim", "(?:created automatically by mail delivery software|Mail delivery failed|following address\\(es\\) failed)",
                List.of(RecipientLine.ADDRESS_ALONE, RecipientLine.ADDRESSED_TO),
                noticeSegments);
    }
}
