package io.rekindle.campaign.domain.template;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the links of an HTML body that clicks are tracked on, and rewrites them to tracking URLs. Only
 * literal http(s) links are tracked: a link built from tags (confirm, unsubscribe) is already one of ours.
 */
public final class TrackedLinks {

    private static final Pattern HREF = Pattern.compile("href\\s*=\\s*\"(https?://[^\"{}]+)\"", Pattern.CASE_INSENSITIVE);

    private TrackedLinks() {
    }

    /** The distinct trackable links of a template's HTML source, in order of first appearance. */
    public static List<String> in(String html) {
        List<String> links = new ArrayList<>();
        Matcher matcher = HREF.matcher(html);
        while (matcher.find()) {
            if (!links.contains(matcher.group(1)) && isUri(target(matcher.group(1)))) {
                links.add(matcher.group(1));
            }
        }
        return links;
    }

    /** Replaces each tracked link's href with {@code trackingUrl(index, link)}; other hrefs stay as they are. */
    public static String rewrite(String html, List<String> links, BiFunction<Integer, String, String> trackingUrl) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < links.size(); i++) {
            index.putIfAbsent(links.get(i), i);
        }
        Matcher matcher = HREF.matcher(html);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            Integer position = index.get(matcher.group(1));
            String replacement = position == null ? matcher.group()
                    : "href=\"" + Escaping.HTML.apply(trackingUrl.apply(position, matcher.group(1))) + "\"";
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Where a tracked link leads: its href as written in the HTML source, with character references resolved. */
    public static String target(String link) {
        return link.replace("&amp;", "&");
    }

    private static boolean isUri(String link) {
        try {
            URI.create(link);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
