package io.rekindle.campaign.rest;

import io.rekindle.campaign.domain.template.Escaping;

/** Minimal HTML pages for the public link endpoints; every dynamic value is escaped. */
final class Pages {

    private Pages() {
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"robots\" content=\"noindex\"><title>" + escape(title) + "</title></head>"
                + "<body style=\"font-family: sans-serif; max-width: 36rem; margin: 3rem auto;\"><h1>" + escape(title)
                + "</h1>" + body + "</body></html>";
    }

    /** A page whose only action is a POST back to the same link, so that link scanners (which only GET) do nothing. */
    static String confirmForm(String title, String text, String button) {
        return page(title, "<p>" + escape(text) + "</p><form method=\"post\"><button type=\"submit\">" + escape(button)
                + "</button></form>");
    }

    static String escape(String value) {
        return Escaping.HTML.apply(value);
    }
}
