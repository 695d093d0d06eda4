package io.rekindle.contact.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A sign-up form: the notice-and-consent text a contact sees and the subscription types it offers (R3). */
@Entity
@Table(name = "form")
public class Form {

    @Id
    @Column(name = "id")
    public UUID id;

    @Column(name = "name", nullable = false)
    public String name;

    @Column(name = "notice_text", nullable = false, columnDefinition = "text")
    public String noticeText;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "subscription_type_ids", nullable = false, columnDefinition = "uuid[]")
    public List<UUID> subscriptionTypeIds = new ArrayList<>();

    @Column(name = "thank_you_message")
    public String thankYouMessage;

    @Column(name = "archived_at")
    public Instant archivedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
