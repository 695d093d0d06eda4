package io.rekindle.events;

import java.net.IDN;
import java.util.Locale;
import java.util.Optional;

/**
 * The normal form of an email address, part of the event contract: it is the key of
 * {@code rekindle.suppressions.v1} and the form contact-service stores, so a bounce for
 * {@code Bob@Example.ORG} blocks the contact stored as {@code bob@example.org}. Trimmed, angle brackets
 * dropped, lower-case, IDN domain as punycode. Lenient about the local part: bounce notices quote
 * whatever the remote server saw, and refusing such an address would lose evidence; contact-service
 * applies its stricter rules for new contacts on top of this form.
 */
public final class EmailAddresses {

    private EmailAddresses() {
    }

    /** The normalised address, or empty when {@code raw} has no local part or no plausible domain. */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        if (isAlreadyNormal(raw)) {
            return Optional.of(raw);
        }
        String address = raw.strip();
        if (address.startsWith("<") && address.endsWith(">")) {
            address = address.substring(1, address.length() - 1).strip();
        }
        int at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1 || address.length() > 320) {
            return Optional.empty();
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        if (local.length() > 64 || hasWhitespaceOrControl(local)) {
            return Optional.empty();
        }
        // The eligibility check normalises millions of addresses; only non-ASCII domains pay for IDN.
        if (!isAscii(domain)) {
            try {
                domain = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        domain = domain.toLowerCase(Locale.ROOT);
        if (!plausibleDomain(domain)) {
            return Optional.empty();
        }
        return Optional.of(local.toLowerCase(Locale.ROOT) + "@" + domain);
    }

    /**
     * Fast path for the eligibility check, where most addresses come from contact-service already
     * normalised: one pass over the characters, no allocation.
     */
    private static boolean isAlreadyNormal(String address) {
        int at = address.lastIndexOf('@');
        if (at <= 0 || at > 64 || at == address.length() - 1 || address.length() > 320) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            char c = address.charAt(i);
            if (c <= ' ' || c >= 127 || c >= 'A' && c <= 'Z' || c == '<' || c == '>') {
                return false;
            }
        }
        return plausibleDomain(address.substring(at + 1));
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasWhitespaceOrControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= ' ' || c == 127 || c == '<' || c == '>') {
                return true;
            }
        }
        return false;
    }

    private static boolean plausibleDomain(String domain) {
        if (domain.length() > 253 || domain.indexOf('.') <= 0 || domain.endsWith(".") || domain.contains("..")) {
            return false;
        }
        for (int i = 0; i < domain.length(); i++) {
            char c = domain.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }
}
