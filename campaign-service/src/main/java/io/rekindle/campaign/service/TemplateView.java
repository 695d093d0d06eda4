package io.rekindle.campaign.service;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.rekindle.campaign.domain.TemplateKind;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A template as the API shows it. */
@RegisterForReflection
@Schema(name = "Template")
public record TemplateView(
        UUID id,
        @Schema(example = "Permission pass, spring") String name,
        TemplateKind kind,
        @Schema(example = "Marissa from Acme") String fromName,
        @Schema(example = "marissa@mail.acme.example") String fromAddress,
        @Schema(example = "hello@acme.example") String replyTo,
        @Schema(example = "{{ first_name | default: \"Hi there\" }}, do you still want to hear from us?") String subject,
        String preheader,
        String htmlBody,
        String textBody,
        Instant createdAt,
        Instant updatedAt) {
}
