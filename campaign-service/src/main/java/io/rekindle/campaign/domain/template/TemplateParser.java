package io.rekindle.campaign.domain.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the small tag language of templates: {@code {{ first_name }}} and
 * {@code {{ first_name | default: "there" }}}. Anything else between double braces is an error, reported
 * with its position so that an author sees it when saving, not when a send fails. Single braces are
 * ordinary text (CSS in HTML bodies uses them).
 */
public final class TemplateParser {

    private static final String OPEN = "{{";
    private static final String CLOSE = "}}";
    private static final Pattern DEFAULT_FILTER =
            Pattern.compile("default\\s*:\\s*(?:\"([^\"]*)\"|'([^']*)')");

    private TemplateParser() {
    }

    /** The parsed template, or the problems found; every problem in the source is reported, not just the first. */
    public static Result parse(String source) {
        List<ParsedTemplate.Part> parts = new ArrayList<>();
        List<TemplateProblem> problems = new ArrayList<>();
        int position = 0;
        while (position < source.length()) {
            int open = source.indexOf(OPEN, position);
            int strayClose = source.indexOf(CLOSE, position);
            if (strayClose >= 0 && (open < 0 || strayClose < open)) {
                problems.add(problemAt(source, strayClose, "'}}' without a matching '{{'"));
                parts.add(new ParsedTemplate.Literal(source.substring(position, strayClose + CLOSE.length())));
                position = strayClose + CLOSE.length();
                continue;
            }
            if (open < 0) {
                parts.add(new ParsedTemplate.Literal(source.substring(position)));
                break;
            }
            parts.add(new ParsedTemplate.Literal(source.substring(position, open)));
            int close = source.indexOf(CLOSE, open + OPEN.length());
            int nextOpen = source.indexOf(OPEN, open + OPEN.length());
            if (close < 0) {
                problems.add(problemAt(source, open, "'{{' is never closed with '}}'"));
                break;
            }
            if (nextOpen >= 0 && nextOpen < close) {
                problems.add(problemAt(source, open, "'{{' is not closed before the next '{{'"));
                position = nextOpen;
                continue;
            }
            tag(source, open, source.substring(open + OPEN.length(), close), parts, problems);
            position = close + CLOSE.length();
        }
        return new Result(problems.isEmpty() ? new ParsedTemplate(parts) : null, problems);
    }

    private static void tag(String source, int at, String body, List<ParsedTemplate.Part> parts,
            List<TemplateProblem> problems) {
        int pipe = body.indexOf('|');
        String name = (pipe < 0 ? body : body.substring(0, pipe)).strip();
        if (name.isEmpty()) {
            problems.add(problemAt(source, at, "empty tag; known tags: " + Placeholder.knownTags()));
            return;
        }
        Placeholder placeholder = Placeholder.byTag(name).orElse(null);
        if (placeholder == null) {
            problems.add(problemAt(source, at, "unknown tag '" + name + "'; known tags: " + Placeholder.knownTags()));
            return;
        }
        String fallback = null;
        if (pipe >= 0) {
            Matcher filter = DEFAULT_FILTER.matcher(body.substring(pipe + 1).strip());
            if (!filter.matches()) {
                problems.add(problemAt(source, at, "unknown filter in '" + body.strip()
                        + "'; the only filter is default: \"fallback text\""));
                return;
            }
            fallback = filter.group(1) != null ? filter.group(1) : filter.group(2);
        }
        parts.add(new ParsedTemplate.Tag(placeholder, fallback));
    }

    private static TemplateProblem problemAt(String source, int index, String message) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (source.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new TemplateProblem(line, index - lineStart + 1, message);
    }

    /** The outcome of parsing: a template when there are no problems. */
    public record Result(ParsedTemplate template, List<TemplateProblem> problems) {

        public boolean isValid() {
            return problems.isEmpty();
        }
    }
}
