package io.rekindle.contact.rest;

/** Minimal HTML pages for the public endpoints; every dynamic value passes through {@link #escape}. */
final class Html {

    private Html() {
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\"><title>" + escape(title) + "</title></head>"
                + "<body style=\"font-family: sans-serif; max-width: 36rem; margin: 3rem auto;\"><h1>" + escape(title)
                + "</h1>" + body + "</body></html>";
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
