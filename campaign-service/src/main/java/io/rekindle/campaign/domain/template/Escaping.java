package io.rekindle.campaign.domain.template;

/** How a value is written into the rendered text. */
public enum Escaping {
    /** Subject, preheader and plain-text body: values go in as they are, minus line breaks. */
    PLAIN,
    /** HTML body: values are HTML-escaped so a contact's name can never inject markup. */
    HTML;

    public String apply(String value) {
        if (this == PLAIN) {
            return value;
        }
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
