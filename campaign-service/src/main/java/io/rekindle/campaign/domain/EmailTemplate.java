package io.rekindle.campaign.domain;

import io.rekindle.campaign.domain.template.TemplateContent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A named email template: sender, subject, preheader and the HTML and plain-text bodies with their tags. */
@Entity
@Table(name = "email_template")
public class EmailTemplate {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TemplateKind kind;

    @Column(name = "from_name")
    public String fromName;

    @Column(name = "from_address")
    public String fromAddress;

    @Column(name = "reply_to")
    public String replyTo;

    @Column(nullable = false)
    public String subject;

    public String preheader;

    @Column(name = "html_body", nullable = false)
    public String htmlBody;

    @Column(name = "text_body", nullable = false)
    public String textBody;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public TemplateContent content() {
        return new TemplateContent(kind, subject, preheader, htmlBody, textBody);
    }
}
