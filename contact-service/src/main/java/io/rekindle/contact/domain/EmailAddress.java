package io.rekindle.contact.domain;

import io.rekindle.events.EmailAddresses;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Validates email addresses for contacts, so that one mailbox is one contact: the normal form is the
 * shared one ({@link EmailAddresses}, lower-case because every large mailbox provider treats the local
 * part case-insensitively and duplicates by case are a common import problem), and on top of it the
 * address must look deliverable: RFC 5322 "dot-atom" local part, a domain with a letter TLD.
 */
public final class EmailAddress {

    private static final Pattern LOCAL_PART = Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]");

    private EmailAddress() {
    }

    /** The normalised address, or empty when {@code raw} is not a deliverable-looking address. */
    public static Optional<String> normalise(String raw) {
        return EmailAddresses.normalise(raw).filter(EmailAddress::looksDeliverable);
    }

    private static boolean looksDeliverable(String normalised) {
        int at = normalised.lastIndexOf('@');
        String local = normalised.substring(0, at);
        return LOCAL_PART.matcher(local).matches() && !local.startsWith(".") && !local.endsWith(".")
                && !local.contains("..") && DOMAIN.matcher(normalised.substring(at + 1)).matches();
    }
}
