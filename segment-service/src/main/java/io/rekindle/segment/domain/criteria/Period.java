package io.rekindle.segment.domain.criteria;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A length of time counted back from now, e.g. 52 weeks; months are calendar months in UTC. */
@Schema(name = "Period", example = "{\"amount\": 120, \"unit\": \"days\"}")
public record Period(
        @NotNull @Positive @Max(36500) @Schema(example = "120") Integer amount,
        @NotNull @Schema(example = "days") Unit unit) {

    /** The units a period is counted in. */
    @Schema(name = "PeriodUnit")
    public enum Unit { days, weeks, months }

    /** The instant this period before {@code now}. */
    public Instant before(Instant now) {
        return switch (unit) {
            case days -> now.minus(java.time.Duration.ofDays(amount));
            case weeks -> now.minus(java.time.Duration.ofDays(7L * amount));
            case months -> now.atOffset(ZoneOffset.UTC).minusMonths(amount).toInstant();
        };
    }
}
