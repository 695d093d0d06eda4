package io.rekindle.campaign.service;

import io.rekindle.campaign.domain.TemplateKind;
import io.rekindle.campaign.domain.template.TemplateContent;

/** A template as written by a client, before its tags are checked. */
public record TemplateDraft(String name, TemplateKind kind, String fromName, String fromAddress, String replyTo,
        String subject, String preheader, String htmlBody, String textBody) {

    TemplateContent content() {
        return new TemplateContent(kind, subject, preheader, htmlBody, textBody);
    }
}
