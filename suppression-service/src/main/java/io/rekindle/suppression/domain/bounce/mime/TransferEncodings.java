package io.rekindle.suppression.domain.bounce.mime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/** Content-Transfer-Encoding decoding (RFC 2045 section 6), tolerant of the damage bounces often carry. */
public final class TransferEncodings {

    private TransferEncodings() {
    }

    /** @param rawBody body characters where each char is one byte (ISO-8859-1 view of the wire bytes) */
    public static byte[] decode(String rawBody, String encoding) {
        String normalized = encoding == null ? "" : encoding.strip().toLowerCase(Locale.ROOT);
        if (normalized.equals("base64")) {
            return decodeBase64(rawBody);
        }
        if (normalized.equals("quoted-printable")) {
            return decodeQuotedPrintable(rawBody);
        }
        return rawBody.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] decodeBase64(String rawBody) {
        StringBuilder clean = new StringBuilder(rawBody.length());
        for (int i = 0; i < rawBody.length(); i++) {
            char c = rawBody.charAt(i);
            if (Character.isLetterOrDigit(c) && c < 128 || c == '+' || c == '/') {
                clean.append(c);
            } else if (c == '=') {
                break;
            }
        }
        // Truncated attachments are common in bounces: drop a dangling partial quantum instead of failing.
        int usable = clean.length() - clean.length() % 4;
        if (clean.length() % 4 == 2 || clean.length() % 4 == 3) {
            while (clean.length() % 4 != 0) {
                clean.append('=');
            }
            usable = clean.length();
        }
        return Base64.getDecoder().decode(clean.substring(0, usable));
    }

    public static byte[] decodeQuotedPrintable(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            } else if (c == '=' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(c & 0xff);
            }
        }
        return out.toByteArray();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
