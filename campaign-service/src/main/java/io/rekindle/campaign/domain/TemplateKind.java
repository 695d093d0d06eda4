package io.rekindle.campaign.domain;

/** What a template is for: a permission-pass template must carry the confirm call to action (R6). */
public enum TemplateKind {
    REGULAR,
    PERMISSION_PASS
}
