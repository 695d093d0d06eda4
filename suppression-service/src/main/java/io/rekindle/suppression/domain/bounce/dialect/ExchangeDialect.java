package io.rekindle.suppression.domain.bounce.dialect;

import java.util.List;

/** Exchange 2003 and Lotus Notes: "address on date" followed by indented explanation lines. */
public final class ExchangeDialect extends TextNoticeDialect {

    public ExchangeDialect(NoticeSegments noticeSegments) {
        super("exchange", "(?:did not reach the following recipient|MSEXCH:|Your message did not reach some or all)",
                List.of(RecipientLine.ADDRESS_ON_DATE, RecipientLine.ADDRESS_ALONE),
                noticeSegments);
    }
}
