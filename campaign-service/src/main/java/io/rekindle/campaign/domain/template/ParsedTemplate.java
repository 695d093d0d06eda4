package io.rekindle.campaign.domain.template;

import java.util.List;

/** A template checked by {@link TemplateParser}: literal text and tags, rendered without any expression language. */
public final class ParsedTemplate {

    /** One piece of a template. */
    sealed interface Part permits Literal, Tag {
    }

    record Literal(String text) implements Part {
    }

    record Tag(Placeholder placeholder, String fallback) implements Part {
    }

    private final List<Part> parts;

    ParsedTemplate(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    public boolean uses(Placeholder placeholder) {
        return parts.stream().anyMatch(p -> p instanceof Tag tag && tag.placeholder() == placeholder);
    }

    public String render(RenderValues values, Escaping escaping) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part instanceof Literal literal) {
                out.append(literal.text());
            } else if (part instanceof Tag tag) {
                String value = values.get(tag.placeholder());
                if (value == null || value.isBlank()) {
                    value = tag.fallback() == null ? "" : tag.fallback();
                }
                // Line breaks in a value would break a header (subject) or the text layout.
                out.append(escaping.apply(value.replaceAll("[\\r\\n]+", " ").strip()));
            }
        }
        return out.toString();
    }
}
