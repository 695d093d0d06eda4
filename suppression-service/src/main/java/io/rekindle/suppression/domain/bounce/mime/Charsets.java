package io.rekindle.suppression.domain.bounce.mime;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Lenient charset handling: bounces often declare charsets wrongly or not at all. */
public final class Charsets {

    private Charsets() {
    }

    public static Charset forNameOr(String name, Charset fallback) {
        if (name == null || name.isBlank()) {
            return fallback;
        }
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (RuntimeException unknownCharset) {
            return fallback;
        }
    }

    /** Decodes with the declared charset, or as UTF-8 when that is valid and windows-1252 otherwise. */
    public static String decode(byte[] bytes, String declaredCharset) {
        if (declaredCharset != null && !declaredCharset.isBlank()) {
            Charset declared = forNameOr(declaredCharset, null);
            if (declared != null) {
                return new String(bytes, declared);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, forNameOr("windows-1252", StandardCharsets.ISO_8859_1));
        }
    }
}
