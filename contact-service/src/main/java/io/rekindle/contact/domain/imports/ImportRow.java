package io.rekindle.contact.domain.imports;

import io.rekindle.contact.domain.EmailAddress;
import io.rekindle.contact.domain.SubscriptionStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One validated data row. Blank name and phone cells mean "leave unchanged"; blank subscription cells
 * mean "no change". A row with any issue is not applied at all.
 */
public record ImportRow(long line, String email, String firstName, String lastName, String phone,
        SubscriptionStatus emailSubscription, SubscriptionStatus smsSubscription) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{1,14}");
    private static final int NAME_MAX = 200;

    /** A problem with one cell (or the whole row when {@code column} is null), reported by line. */
    public record Issue(long line, String column, ImportIssueOutcome outcome, String message) {

        public static Issue failed(long line, String column, String message) {
            return new Issue(line, column, ImportIssueOutcome.FAILED, message);
        }

        public static Issue skipped(long line, String column, String message) {
            return new Issue(line, column, ImportIssueOutcome.SKIPPED, message);
        }
    }

    /** A parsed row: either a row to apply or the issues that stop it. */
    public record Parsed(ImportRow row, List<Issue> issues) {
    }

    public static Parsed parse(long line, List<String> fields, ImportColumns columns) {
        List<Issue> issues = new ArrayList<>();
        if (fields.size() != columns.width()) {
            issues.add(Issue.failed(line, null, "has " + fields.size() + " fields; the header has " + columns.width()));
            return new Parsed(null, issues);
        }
        String rawEmail = columns.value(fields, ImportColumns.EMAIL);
        String email = EmailAddress.normalise(rawEmail).orElse(null);
        if (email == null) {
            issues.add(Issue.failed(line, ImportColumns.EMAIL, rawEmail.isEmpty() ? "is required"
                    : "is not a valid email address"));
        } else if (email.length() > 320) {
            issues.add(Issue.failed(line, ImportColumns.EMAIL, "is longer than 320 characters"));
        }
        String firstName = name(line, fields, columns, ImportColumns.FIRST_NAME, issues);
        String lastName = name(line, fields, columns, ImportColumns.LAST_NAME, issues);
        String phone = blankToNull(columns.value(fields, ImportColumns.PHONE));
        if (phone != null && !E164.matcher(phone).matches()) {
            issues.add(Issue.failed(line, ImportColumns.PHONE, "must be an E.164 number such as +4512345678"));
        }
        SubscriptionStatus emailSubscription = status(line, fields, columns, ImportColumns.EMAIL_SUBSCRIPTION, issues);
        SubscriptionStatus smsSubscription = status(line, fields, columns, ImportColumns.SMS_SUBSCRIPTION, issues);
        if (!issues.isEmpty()) {
            return new Parsed(null, issues);
        }
        return new Parsed(new ImportRow(line, email, firstName, lastName, phone, emailSubscription, smsSubscription),
                List.of());
    }

    private static String name(long line, List<String> fields, ImportColumns columns, String column, List<Issue> issues) {
        String value = blankToNull(columns.value(fields, column));
        if (value != null && value.length() > NAME_MAX) {
            issues.add(Issue.failed(line, column, "is longer than " + NAME_MAX + " characters"));
        }
        return value;
    }

    private static SubscriptionStatus status(long line, List<String> fields, ImportColumns columns, String column,
            List<Issue> issues) {
        String value = blankToNull(columns.value(fields, column));
        if (value == null) {
            return null;
        }
        return switch (value.toUpperCase(java.util.Locale.ROOT)) {
            case "SUBSCRIBED" -> SubscriptionStatus.SUBSCRIBED;
            case "UNSUBSCRIBED" -> SubscriptionStatus.UNSUBSCRIBED;
            default -> {
                issues.add(Issue.failed(line, column, "must be SUBSCRIBED, UNSUBSCRIBED or empty"));
                yield null;
            }
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
