package io.rekindle.campaign.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A campaign: what is sent (template), to whom (audience, subscription type, channel) and when. */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CampaignKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Column(name = "subscription_type_id", nullable = false)
    public UUID subscriptionTypeId;

    @Column(name = "template_id", nullable = false)
    public UUID templateId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Audience audience;

    /** The wall-clock time the user chose, kept with its zone so the schedule reads back as entered (K6). */
    @Column(name = "send_at_local")
    public LocalDateTime sendAtLocal;

    @Column(name = "send_at_time_zone")
    public String sendAtTimeZone;

    @Column(name = "send_at")
    public Instant sendAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CampaignStatus status;

    @Column(name = "started_at")
    public Instant startedAt;

    /** The links of the template's HTML body when the campaign started; click tokens point into this list. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "tracked_links", columnDefinition = "text[]")
    public List<String> trackedLinks;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
