package io.rekindle.campaign.service;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Values to preview a template with instead of a real contact; a missing one shows the tag's fallback. */
@RegisterForReflection
@Schema(name = "SampleValues")
public record SampleValues(
        @Schema(example = "Ada") String firstName,
        @Schema(example = "Lovelace") String lastName,
        @Schema(example = "ada@example.com") String email) {
}
