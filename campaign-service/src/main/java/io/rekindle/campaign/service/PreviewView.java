package io.rekindle.campaign.service;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A template rendered for one contact or for sample values, exactly as a recipient would get it. */
@RegisterForReflection
@Schema(name = "TemplatePreview")
public record PreviewView(
        @Schema(example = "Marissa from Acme") String fromName,
        @Schema(example = "marissa@mail.acme.example") String fromAddress,
        String replyTo,
        @Schema(example = "Ada, do you still want to hear from us?") String subject,
        String preheader,
        String htmlBody,
        String textBody) {
}
