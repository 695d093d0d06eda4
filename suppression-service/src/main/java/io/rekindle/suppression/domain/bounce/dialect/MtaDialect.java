package io.rekindle.suppression.domain.bounce.dialect;

import java.util.List;

/** Recognises one family of bounce formats and reads the per-recipient evidence out of it. */
public interface MtaDialect {

    String name();

    /** True when the message carries this dialect's signature, so its extraction should be tried. */
    boolean recognises(BounceDocument document);

    /** The failed (or, for delivery reports, delivered) recipients; empty when nothing could be read. */
    List<RecipientEvidence> extract(BounceDocument document);
}
