package io.rekindle.suppression.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.rekindle.suppression.domain.UnbounceAllowance;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The account's unbounce allowance for the current calendar month (in the account's time zone). */
@RegisterForReflection
@Schema(name = "UnbounceAllowance")
public record AllowanceResponse(
        @Schema(example = "2026-11") String month,
        @Schema(example = "10", description = "2% of total contacts, at least 10, at most 1,000") long limit,
        @Schema(example = "3") long used,
        @Schema(example = "7") long remaining) {

    static AllowanceResponse of(UnbounceAllowance allowance) {
        return new AllowanceResponse(allowance.month().toString(), allowance.limit(), allowance.used(),
                allowance.remaining());
    }
}
