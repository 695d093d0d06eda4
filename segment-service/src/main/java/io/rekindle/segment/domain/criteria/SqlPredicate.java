package io.rekindle.segment.domain.criteria;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A criteria tree as a SQL condition over {@code contact_profile p}, with every value bound as a
 * named parameter (never concatenated), so a segment definition cannot inject SQL.
 */
public final class SqlPredicate {

    private final String condition;
    private final Map<String, Object> parameters;

    private SqlPredicate(String condition, Map<String, Object> parameters) {
        this.condition = condition;
        this.parameters = parameters;
    }

    public static SqlPredicate of(Criterion criterion) {
        Translator translator = new Translator();
        String condition = criterion.accept(translator);
        return new SqlPredicate(condition, translator.parameters);
    }

    public String condition() {
        return condition;
    }

    public Map<String, Object> parameters() {
        return parameters;
    }

    private static final class Translator implements CriterionVisitor<String> {

        private final Map<String, Object> parameters = new LinkedHashMap<>();

        @Override
        public String and(Criterion.And and) {
            if (and.criteria().isEmpty()) {
                return "true";
            }
            return and.criteria().stream().map(c -> c.accept(this)).collect(Collectors.joining(" and ", "(", ")"));
        }

        @Override
        public String or(Criterion.Or or) {
            if (or.criteria().isEmpty()) {
                return "false";
            }
            return or.criteria().stream().map(c -> c.accept(this)).collect(Collectors.joining(" or ", "(", ")"));
        }

        @Override
        public String not(Criterion.Not not) {
            return "not coalesce(" + not.criterion().accept(this) + ", false)";
        }

        @Override
        public String property(PropertyFilter filter) {
            String column = switch (filter.property()) {
                case email -> "p.email";
                case firstName -> "p.first_name";
                case lastName -> "p.last_name";
                case phone -> "p.phone";
            };
            return switch (filter.operator()) {
                case isKnown -> "(" + column + " is not null and " + column + " <> '')";
                case isUnknown -> "(" + column + " is null or " + column + " = '')";
                case equals -> "lower(" + column + ") = lower(" + bind(filter.value()) + ")";
                case notEquals -> "lower(coalesce(" + column + ", '')) <> lower(" + bind(filter.value()) + ")";
                case contains -> column + " ilike " + bind("%" + escapeLike(filter.value()) + "%");
                case startsWith -> column + " ilike " + bind(escapeLike(filter.value()) + "%");
                case endsWith -> column + " ilike " + bind("%" + escapeLike(filter.value()));
            };
        }

        private String bind(Object value) {
            String name = "p" + parameters.size();
            parameters.put(name, value);
            return ":" + name;
        }

        private static String escapeLike(String value) {
            return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
