package io.rekindle.contact.domain.imports;

import io.rekindle.platform.problem.Problem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An import file's header: which known column is at which position. Columns the mode does not use are
 * ignored and reported, so an export (which has more columns) can be imported back as an opt-out list.
 */
public record ImportColumns(Map<String, Integer> positions, int width, List<String> ignored) {

    public static final String EMAIL = "email";
    public static final String FIRST_NAME = "first_name";
    public static final String LAST_NAME = "last_name";
    public static final String PHONE = "phone";
    /** SUBSCRIBED, UNSUBSCRIBED or empty, for the import's subscription type on that channel. */
    public static final String EMAIL_SUBSCRIPTION = "email_subscription";
    public static final String SMS_SUBSCRIPTION = "sms_subscription";

    private static final Set<String> UPSERT_COLUMNS =
            Set.of(EMAIL, FIRST_NAME, LAST_NAME, PHONE, EMAIL_SUBSCRIPTION, SMS_SUBSCRIPTION);

    /** The header's columns, or the violations that refuse the whole file before any row is applied. */
    public static Result of(List<String> header, ImportMode mode) {
        List<Problem.Violation> violations = new ArrayList<>();
        Map<String, Integer> positions = new LinkedHashMap<>();
        List<String> ignored = new ArrayList<>();
        Set<String> used = mode == ImportMode.UPSERT ? UPSERT_COLUMNS : Set.of(EMAIL);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                violations.add(new Problem.Violation("file.header", "column " + (i + 1) + " has no name"));
            } else if (!used.contains(name)) {
                ignored.add(name);
            } else if (positions.putIfAbsent(name, i) != null) {
                violations.add(new Problem.Violation("file.header", "column " + name + " appears more than once"));
            }
        }
        if (!positions.containsKey(EMAIL)) {
            violations.add(new Problem.Violation("file.header", "the column email is required"));
        }
        if (!violations.isEmpty()) {
            return new Result(Optional.empty(), violations);
        }
        return new Result(Optional.of(new ImportColumns(Map.copyOf(positions), header.size(), List.copyOf(ignored))),
                List.of());
    }

    /** Either columns or the reasons the header is refused. */
    public record Result(Optional<ImportColumns> columns, List<Problem.Violation> violations) {
    }

    public boolean has(String column) {
        return positions.containsKey(column);
    }

    /** The stripped value of a column in a row; null when the file has no such column. */
    public String value(List<String> fields, String column) {
        Integer position = positions.get(column);
        return position == null ? null : fields.get(position).strip();
    }
}
