package io.rekindle.campaign.domain;

/** A regular email, or a permission pass asking recipients to confirm they want to stay subscribed (R6). */
public enum CampaignKind {
    REGULAR,
    PERMISSION_PASS;

    public boolean accepts(TemplateKind template) {
        return name().equals(template.name());
    }
}
