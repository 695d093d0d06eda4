package io.rekindle.suppression.domain.bounce.mime;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One MIME entity: its header fields, its still transfer-encoded body (one char per byte) and, for
 * multipart and message/rfc822 entities, its parsed children.
 */
public final class MimePart {

    private static final Pattern PARAMETER =
            Pattern.compile(";\\s*([A-Za-z0-9_*.-]+)\\s*=\\s*(\"([^\"]*)\"|[^;\\s]*)");

    private final HeaderFields headers;
    private final String rawBody;
    private final List<MimePart> children;

    MimePart(HeaderFields headers, String rawBody, List<MimePart> children) {
        this.headers = headers;
        this.rawBody = rawBody;
        this.children = List.copyOf(children);
    }

    public HeaderFields headers() {
        return headers;
    }

    public List<MimePart> children() {
        return children;
    }

    /** The media type in lower case, "text/plain" when absent (RFC 2045 section 5.2). */
    public String mediaType() {
        String value = headers.firstOrEmpty("Content-Type");
        int semicolon = value.indexOf(';');
        String type = (semicolon >= 0 ? value.substring(0, semicolon) : value).strip().toLowerCase(Locale.ROOT);
        return type.isEmpty() || !type.contains("/") ? "text/plain" : type;
    }

    public String contentTypeParameter(String name) {
        Matcher m = PARAMETER.matcher(headers.firstOrEmpty("Content-Type"));
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase(name)) {
                return m.group(3) != null ? m.group(3) : m.group(2);
            }
        }
        return "";
    }

    public boolean isMultipart() {
        return mediaType().startsWith("multipart/");
    }

    public byte[] decodedBody() {
        return TransferEncodings.decode(rawBody, headers.firstOrEmpty("Content-Transfer-Encoding"));
    }

    /** The body decoded to text using the declared charset; HTML is reduced to its visible text. */
    public String text() {
        String decoded = Charsets.decode(decodedBody(), contentTypeParameter("charset")).replace("\r\n", "\n");
        return mediaType().equals("text/html") ? HtmlText.visibleText(decoded) : decoded;
    }
}
