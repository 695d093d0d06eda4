package io.rekindle.suppression.domain.bounce.mime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** An ordered, case-insensitive list of RFC 5322 style "Name: value" fields, already unfolded. */
public final class HeaderFields {

    /** One unfolded field. */
    public record Field(String name, String value) {
    }

    private final List<Field> fields;

    private HeaderFields(List<Field> fields) {
        this.fields = List.copyOf(fields);
    }

    public static HeaderFields empty() {
        return new HeaderFields(List.of());
    }

    /**
     * Parses a block of fields. Continuation lines (leading white space, RFC 5322 section 2.2.3) are joined
     * with a single space; lines that are neither fields nor continuations are skipped, which tolerates the
     * blank lines that separate per-recipient groups inside an RFC 3464 delivery-status body.
     */
    public static HeaderFields parse(String block) {
        List<Field> parsed = new ArrayList<>();
        String name = null;
        StringBuilder value = new StringBuilder();
        for (String line : block.split("\n", -1)) {
            if (!line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t') && name != null) {
                value.append(' ').append(line.strip());
                continue;
            }
            if (name != null && isUnfoldedParameter(value, line)) {
                value.append(' ').append(line.strip());
                continue;
            }
            if (name != null) {
                parsed.add(new Field(name, value.toString().strip()));
                name = null;
            }
            int colon = line.indexOf(':');
            if (colon > 0 && isFieldName(line.substring(0, colon))) {
                name = line.substring(0, colon);
                value.setLength(0);
                value.append(line.substring(colon + 1));
            }
        }
        if (name != null) {
            parsed.add(new Field(name, value.toString().strip()));
        }
        return new HeaderFields(parsed);
    }

    /**
     * Office 365 writes "Content-Type: multipart/alternative; differences=Content-Type;" and puts
     * "boundary=..." on the next line without the leading white space folding needs; a value that ends in ";"
     * followed by a bare "name=value" line is read as one field, or the part's boundary would be lost.
     */
    private static boolean isUnfoldedParameter(StringBuilder value, String line) {
        return value.toString().strip().endsWith(";") && line.matches("[A-Za-z][A-Za-z0-9*-]*=.*")
                && (line.indexOf(':') < 0 || line.indexOf('=') < line.indexOf(':'));
    }

    static boolean isFieldName(String candidate) {
        if (candidate.isEmpty() || candidate.length() > 76) {
            return false;
        }
        for (int i = 0; i < candidate.length(); i++) {
            char c = candidate.charAt(i);
            if (c <= ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }

    public List<Field> all() {
        return fields;
    }

    public Optional<String> first(String name) {
        return fields.stream().filter(f -> f.name().equalsIgnoreCase(name)).map(Field::value).findFirst();
    }

    public String firstOrEmpty(String name) {
        return first(name).orElse("");
    }

    public List<String> values(String name) {
        return fields.stream().filter(f -> f.name().equalsIgnoreCase(name)).map(Field::value).toList();
    }

    public boolean has(String name) {
        return first(name).isPresent();
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }
}
