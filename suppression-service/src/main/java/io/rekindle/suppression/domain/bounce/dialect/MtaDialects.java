package io.rekindle.suppression.domain.bounce.dialect;

import java.util.List;

/** The dialect recognisers in the order they are tried: structured RFC 3464 data first, prose last. */
public final class MtaDialects {

    /** Which dialect produced the evidence, and the evidence itself. */
    public record Extraction(String dialect, List<RecipientEvidence> recipients) {
    }

    private final List<MtaDialect> dialects;

    public MtaDialects(List<MtaDialect> dialects) {
        this.dialects = List.copyOf(dialects);
    }

    public static MtaDialects standard() {
        NoticeSegments segments = new NoticeSegments();
        return new MtaDialects(List.of(
                new DeliveryStatusDialect(segments),
                new QmailDialect(segments),
                new EximDialect(segments),
                new SendmailDialect(segments),
                new ExchangeDialect(segments),
                new PostfixDialect(segments),
                new GenericNoticeDialect(segments)));
    }

    public Extraction extract(BounceDocument document) {
        for (MtaDialect dialect : dialects) {
            if (dialect.recognises(document)) {
                List<RecipientEvidence> found = dialect.extract(document);
                if (!found.isEmpty()) {
                    return new Extraction(dialect.name(), found);
                }
            }
        }
        return new Extraction("none", List.of());
    }
}
