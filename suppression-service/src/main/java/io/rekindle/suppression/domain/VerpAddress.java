package io.rekindle.suppression.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the VERP return path {@code <local-part>+<token>@<domain>} that campaign-service gives each
 * send, anywhere in a bounce (To, Delivered-To, X-Original-To, the returned message's Return-Path), and
 * reads the send id from its token. Searching the whole text rather than one header works for every MTA
 * dialect, because each quotes the return path somewhere.
 */
public final class VerpAddress {

    private final Pattern pattern;

    /**
     * @param localPart the return path's local part before the {@code +}, e.g. {@code bounces}
     * @param domains   the return path domains; empty accepts any domain
     */
    public VerpAddress(String localPart, List<String> domains) {
        String domainPattern = domains.isEmpty()
                ? "[A-Za-z0-9.-]+"
                : domains.stream().map(d -> Pattern.quote(d.toLowerCase(Locale.ROOT))).collect(Collectors.joining("|"));
        this.pattern = Pattern.compile("(?i)(?<![A-Za-z0-9._%+-])" + Pattern.quote(localPart)
                + "\\+([A-Za-z0-9._=-]{1,100})@(?:" + domainPattern + ")(?![A-Za-z0-9-]|\\.[A-Za-z0-9])");
    }

    /** The send id of the first VERP address in {@code text}. */
    public Optional<String> sendId(CharSequence text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
