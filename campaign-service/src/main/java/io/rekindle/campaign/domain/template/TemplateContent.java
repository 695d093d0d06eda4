package io.rekindle.campaign.domain.template;

import io.rekindle.campaign.domain.TemplateKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The renderable parts of an email template and the rules they must meet before they are saved: every
 * tag known, braces balanced, links only in bodies, an unsubscribe link in both bodies, and the confirm
 * link in a permission-pass template.
 */
public record TemplateContent(TemplateKind kind, String subject, String preheader, String htmlBody, String textBody) {

    /** One rule broken, on one request field. */
    public record Violation(String field, String message) {
    }

    public List<Violation> violations() {
        List<Violation> found = new ArrayList<>();
        checkLine("subject", subject, found);
        checkLine("preheader", preheader, found);
        checkBody("htmlBody", htmlBody, found);
        checkBody("textBody", textBody, found);
        return found;
    }

    private static void checkLine(String field, String source, List<Violation> found) {
        if (source == null) {
            return;
        }
        TemplateParser.Result result = TemplateParser.parse(source);
        result.problems().forEach(p -> found.add(new Violation(field, p.describe())));
        if (result.isValid()) {
            for (Placeholder placeholder : Placeholder.values()) {
                if (placeholder.isLink() && result.template().uses(placeholder)) {
                    found.add(new Violation(field, "{{ " + placeholder.tag() + " }} belongs in the body, not in the "
                            + field));
                }
            }
        }
    }

    private void checkBody(String field, String source, List<Violation> found) {
        if (source == null) {
            return;
        }
        TemplateParser.Result result = TemplateParser.parse(source);
        result.problems().forEach(p -> found.add(new Violation(field, p.describe())));
        if (!result.isValid()) {
            return;
        }
        if (!result.template().uses(Placeholder.UNSUBSCRIBE_URL)) {
            found.add(new Violation(field, "must contain the unsubscribe link {{ unsubscribe_url }}"));
        }
        if (kind == TemplateKind.PERMISSION_PASS && !result.template().uses(Placeholder.CONFIRM_URL)) {
            found.add(new Violation(field, "a permission-pass template must contain the confirm link {{ confirm_url }}"));
        }
    }

    /** The whole message rendered for one recipient; only call on content without violations. */
    public RenderedMessage render(RenderValues values) {
        return new RenderedMessage(
                TemplateParser.parse(subject).template().render(values, Escaping.PLAIN),
                preheader == null ? null : TemplateParser.parse(preheader).template().render(values, Escaping.PLAIN),
                TemplateParser.parse(htmlBody).template().render(values, Escaping.HTML),
                TemplateParser.parse(textBody).template().render(values, Escaping.PLAIN));
    }

    /** One recipient's rendered subject, preheader and bodies. */
    public record RenderedMessage(String subject, String preheader, String htmlBody, String textBody) {
    }
}
