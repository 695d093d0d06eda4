package io.rekindle.suppression.domain.bounce.mime;

import java.util.regex.Pattern;

/** Crude HTML-to-text reduction, enough to read the diagnostic in HTML-only bounces (Office 365, Gmail). */
final class HtmlText {

    private static final Pattern INVISIBLE = Pattern.compile("(?is)<(style|script|head)\\b.*?</\\1>");
    private static final Pattern LINE_BREAKING_TAG = Pattern.compile("(?i)<(br|/p|/div|/tr|/li|/h\\d|p|div|tr)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private HtmlText() {
    }

    static String visibleText(String html) {
        String text = INVISIBLE.matcher(html).replaceAll(" ");
        text = LINE_BREAKING_TAG.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll(" ");
        return text.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
                .replaceAll("[ \\t]+", " ").replaceAll("\\n\\s*\\n+", "\n");
    }
}
