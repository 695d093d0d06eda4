package io.rekindle.contact.service;

import io.rekindle.contact.domain.Channel;
import io.rekindle.contact.domain.ConsentPolicy;
import io.rekindle.contact.domain.ConsentSource;
import io.rekindle.contact.domain.LegalBasis;
import io.rekindle.contact.domain.SubscriptionStatus;
import io.rekindle.contact.domain.SubscriptionType;
import io.rekindle.contact.domain.imports.ImportColumns;
import io.rekindle.contact.domain.imports.ImportCounts;
import io.rekindle.contact.domain.imports.ImportMode;
import io.rekindle.contact.domain.imports.ImportOptions;
import io.rekindle.contact.domain.imports.ImportRow;
import io.rekindle.contact.repository.SubscriptionTypeRepository;
import io.rekindle.events.contact.ContactCreated;
import io.rekindle.events.contact.ContactUpdated;
import io.rekindle.platform.outbox.EventOutbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Applies one batch of validated import rows inside the caller's transaction. Contacts are looked up,
 * inserted and updated with one batched statement each (a million rows cannot afford a round trip per
 * row); every subscription change still goes through {@link SubscriptionService} so that it is checked,
 * recorded in the ledger and published like any other.
 */
@ApplicationScoped
public class ImportBatchApplier {

    private final EntityManager entityManager;
    private final EventOutbox outbox;
    private final SubscriptionService subscriptions;
    private final ContactService contacts;
    private final SubscriptionTypeRepository types;
    private final Clock clock;

    ImportBatchApplier(EntityManager entityManager, EventOutbox outbox, SubscriptionService subscriptions,
            ContactService contacts, SubscriptionTypeRepository types, Clock clock) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.subscriptions = subscriptions;
        this.contacts = contacts;
        this.types = types;
        this.clock = clock;
    }

    /** Who runs the import and with what; shared by all of its batches. */
    public record Context(UUID importId, ImportOptions options, String actor) {
    }

    /** What a batch did and the rows to report. */
    public record Outcome(ImportCounts counts, List<ImportRow.Issue> issues) {
    }

    private record Existing(UUID id, String firstName, String lastName, String phone, boolean archived) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome apply(Context context, List<ImportRow> rows) {
        ImportCounts counts = new ImportCounts();
        List<ImportRow.Issue> issues = new ArrayList<>();
        // A file may name one address twice; rows are applied in file order, so a repeated address
        // starts a new chunk and sees what the earlier row did.
        List<ImportRow> chunk = new ArrayList<>();
        Set<String> inChunk = new HashSet<>();
        for (ImportRow row : rows) {
            if (!inChunk.add(row.email())) {
                applyChunk(context, chunk, counts, issues);
                chunk.clear();
                inChunk.clear();
                inChunk.add(row.email());
            }
            chunk.add(row);
        }
        applyChunk(context, chunk, counts, issues);
        return new Outcome(counts, issues);
    }

    private void applyChunk(Context context, List<ImportRow> rows, ImportCounts counts, List<ImportRow.Issue> issues) {
        if (rows.isEmpty()) {
            return;
        }
        // Changes made through Hibernate for an earlier chunk must be visible to the statements below, and
        // entities loaded for it must not be stale when a repeated address is changed again by JDBC.
        entityManager.flush();
        entityManager.clear();
        Map<String, Existing> existing = findByEmail(rows);
        switch (context.options().mode()) {
            case UPSERT -> upsert(context, rows, existing, counts, issues);
            case OPT_OUT -> optOut(context, rows, existing, counts, issues);
            case ARCHIVE -> archive(context, rows, existing, counts, issues);
        }
    }

    private void upsert(Context context, List<ImportRow> rows, Map<String, Existing> existing, ImportCounts counts,
            List<ImportRow.Issue> issues) {
        ImportOptions options = context.options();
        UUID typeId = typeOf(options);
        Map<String, SubscriptionStatus> current = statuses(existing.values().stream().map(Existing::id).toList(), typeId);
        Instant now = clock.instant();
        List<ImportRow> accepted = new ArrayList<>();
        for (ImportRow row : rows) {
            Existing found = existing.get(row.email());
            ImportRow.Issue refusal = consentRefusal(context, row, found, current);
            if (refusal != null) {
                issues.add(refusal);
                counts.failed++;
            } else {
                accepted.add(row);
            }
        }
        List<ContactCreated> created = new ArrayList<>();
        List<ContactUpdated> updated = new ArrayList<>();
        Map<ImportRow, UUID> ids = new LinkedHashMap<>();
        List<ImportRow> toInsert = new ArrayList<>();
        for (ImportRow row : accepted) {
            Existing found = existing.get(row.email());
            if (found == null) {
                toInsert.add(row);
                continue;
            }
            ids.put(row, found.id());
            String firstName = row.firstName() != null ? row.firstName() : found.firstName();
            String lastName = row.lastName() != null ? row.lastName() : found.lastName();
            String phone = row.phone() != null ? row.phone() : found.phone();
            if (Objects.equals(firstName, found.firstName()) && Objects.equals(lastName, found.lastName())
                    && Objects.equals(phone, found.phone())) {
                continue;
            }
            updated.add(new ContactUpdated(found.id(), row.email(), firstName, lastName, phone, now));
        }
        Set<ImportRow> inserted = insert(toInsert, now, created, ids, issues, counts);
        update(updated);
        outbox.recordAll(ContactCreated.TYPE, created);
        outbox.recordAll(ContactUpdated.TYPE, updated);
        Set<UUID> updatedIds = new HashSet<>();
        updated.forEach(u -> updatedIds.add(u.contactId()));

        for (Map.Entry<ImportRow, UUID> entry : ids.entrySet()) {
            ImportRow row = entry.getKey();
            UUID contactId = entry.getValue();
            boolean changedSubscription = false;
            changedSubscription |= subscribe(context, row, contactId, Channel.EMAIL, row.emailSubscription(), typeId,
                    current, counts);
            changedSubscription |= subscribe(context, row, contactId, Channel.SMS, row.smsSubscription(), typeId,
                    current, counts);
            if (inserted.contains(row)) {
                counts.created++;
            } else if (updatedIds.contains(contactId) || changedSubscription) {
                counts.updated++;
            } else {
                counts.skipped++;
            }
        }
    }

    /** The consent rule that would refuse a row's subscription change, checked before the row changes anything. */
    private ImportRow.Issue consentRefusal(Context context, ImportRow row, Existing found,
            Map<String, SubscriptionStatus> current) {
        for (Channel channel : Channel.values()) {
            SubscriptionStatus requested = channel == Channel.EMAIL ? row.emailSubscription() : row.smsSubscription();
            if (requested == null) {
                continue;
            }
            SubscriptionStatus now = found == null ? SubscriptionStatus.NOT_SPECIFIED
                    : current.getOrDefault(found.id() + ":" + channel, SubscriptionStatus.NOT_SPECIFIED);
            if (now == requested) {
                continue;
            }
            SubscriptionService.Consent consent = consentFor(context, requested);
            var refusal = ConsentPolicy.check(new ConsentPolicy.Change(now, requested, consent.source(),
                    consent.legalBasis(), consent.evidence(), false));
            if (refusal.isPresent()) {
                String column = channel == Channel.EMAIL ? ImportColumns.EMAIL_SUBSCRIPTION : ImportColumns.SMS_SUBSCRIPTION;
                return ImportRow.Issue.failed(row.line(), column, refusal.get().reason());
            }
        }
        return null;
    }

    private boolean subscribe(Context context, ImportRow row, UUID contactId, Channel channel,
            SubscriptionStatus requested, UUID typeId, Map<String, SubscriptionStatus> current, ImportCounts counts) {
        if (requested == null) {
            return false;
        }
        SubscriptionStatus before = current.getOrDefault(contactId + ":" + channel, SubscriptionStatus.NOT_SPECIFIED);
        if (before == requested) {
            return false;
        }
        subscriptions.change(contactId, typeId, channel, requested, consentFor(context, requested));
        current.put(contactId + ":" + channel, requested);
        if (requested == SubscriptionStatus.SUBSCRIBED) {
            counts.subscribed++;
        } else {
            counts.unsubscribed++;
        }
        return true;
    }

    private SubscriptionService.Consent consentFor(Context context, SubscriptionStatus requested) {
        ImportOptions options = context.options();
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put(ConsentPolicy.IMPORT_ID, context.importId().toString());
        if (requested == SubscriptionStatus.SUBSCRIBED) {
            ImportOptions.ConsentDeclaration declared = options.consentSource();
            evidence.put(ConsentPolicy.OPT_IN_METHOD, declared.optInMethod());
            evidence.put("listOrigin", declared.listOrigin().name());
            return new SubscriptionService.Consent(ConsentSource.IMPORT, declared.legalBasis(), false, evidence,
                    context.actor());
        }
        return new SubscriptionService.Consent(options.sourceOrDefault(), LegalBasis.NOT_APPLICABLE, false, evidence,
                context.actor());
    }

    private void optOut(Context context, List<ImportRow> rows, Map<String, Existing> existing, ImportCounts counts,
            List<ImportRow.Issue> issues) {
        ImportOptions options = context.options();
        Channel channel = options.channelOrDefault();
        List<UUID> targetTypes = options.subscriptionTypeId() != null ? List.of(options.subscriptionTypeId())
                : types.listActive().stream().map(t -> t.id).toList();
        Map<String, SubscriptionStatus> current = new HashMap<>();
        List<UUID> ids = existing.values().stream().map(Existing::id).toList();
        for (UUID typeId : targetTypes) {
            statuses(ids, typeId).forEach((k, v) -> current.put(k + ":" + typeId, v));
        }
        SubscriptionService.Consent consent = consentFor(context, SubscriptionStatus.UNSUBSCRIBED);
        for (ImportRow row : rows) {
            Existing found = existing.get(row.email());
            if (found == null) {
                issues.add(ImportRow.Issue.skipped(row.line(), ImportColumns.EMAIL, "no contact has this address"));
                counts.skipped++;
                continue;
            }
            boolean alreadyOut = targetTypes.stream().allMatch(typeId -> current.get(found.id() + ":" + channel + ":" + typeId)
                    == SubscriptionStatus.UNSUBSCRIBED);
            if (alreadyOut) {
                counts.skipped++;
                continue;
            }
            if (options.subscriptionTypeId() != null) {
                subscriptions.change(found.id(), options.subscriptionTypeId(), channel, SubscriptionStatus.UNSUBSCRIBED,
                        consent);
            } else {
                subscriptions.unsubscribeFromAll(found.id(), channel, consent);
            }
            counts.unsubscribed++;
        }
    }

    private void archive(Context context, List<ImportRow> rows, Map<String, Existing> existing, ImportCounts counts,
            List<ImportRow.Issue> issues) {
        String reason = context.options().reason() != null ? context.options().reason()
                : "Archived by import " + context.importId();
        for (ImportRow row : rows) {
            Existing found = existing.get(row.email());
            if (found == null) {
                issues.add(ImportRow.Issue.skipped(row.line(), ImportColumns.EMAIL, "no contact has this address"));
                counts.skipped++;
            } else if (found.archived()) {
                counts.skipped++;
            } else {
                contacts.archive(found.id(), reason);
                counts.archived++;
            }
        }
    }

    private static UUID typeOf(ImportOptions options) {
        return options.subscriptionTypeId() != null ? options.subscriptionTypeId() : SubscriptionType.DEFAULT_ID;
    }

    private Map<String, Existing> findByEmail(List<ImportRow> rows) {
        return session().doReturningWork(connection -> {
            Map<String, Existing> found = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    select id, email, first_name, last_name, phone, archived_at from contact where email = any(?)""")) {
                select.setArray(1, connection.createArrayOf("varchar", rows.stream().map(ImportRow::email).toArray()));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(2), new Existing(rs.getObject(1, UUID.class), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getTimestamp(6) != null));
                    }
                }
            }
            return found;
        });
    }

    /** Statuses for one type, keyed by {@code contactId:channel}. */
    private Map<String, SubscriptionStatus> statuses(List<UUID> contactIds, UUID typeId) {
        if (contactIds.isEmpty()) {
            return new HashMap<>();
        }
        return session().doReturningWork(connection -> {
            Map<String, SubscriptionStatus> found = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    select contact_id, channel, status from subscription
                    where subscription_type_id = ? and contact_id = any(?)""")) {
                select.setObject(1, typeId);
                select.setArray(2, uuidArray(connection, contactIds));
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getObject(1, UUID.class) + ":" + rs.getString(2),
                                SubscriptionStatus.valueOf(rs.getString(3)));
                    }
                }
            }
            return found;
        });
    }

    /**
     * Inserts new contacts; an address that another request created since the lookup is reported rather
     * than failing the whole batch on the unique constraint.
     */
    private Set<ImportRow> insert(List<ImportRow> rows, Instant now, List<ContactCreated> events, Map<ImportRow, UUID> ids,
            List<ImportRow.Issue> issues, ImportCounts counts) {
        Set<ImportRow> inserted = new HashSet<>();
        if (rows.isEmpty()) {
            return inserted;
        }
        List<UUID> newIds = rows.stream().map(r -> UUID.randomUUID()).toList();
        // One statement for the whole batch (arrays unnested server-side): a statement per row costs a
        // parse and an execution each; RETURNING tells which addresses were taken meanwhile.
        Set<UUID> insertedIds = session().doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into contact (id, email, first_name, last_name, phone, created_at, updated_at, version)
                    select id, email, first_name, last_name, phone, ?, ?, 0
                    from unnest(?::uuid[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[])
                        as r(id, email, first_name, last_name, phone)
                    on conflict (email) do nothing
                    returning id""")) {
                Timestamp at = Timestamp.from(now);
                insert.setTimestamp(1, at);
                insert.setTimestamp(2, at);
                insert.setArray(3, connection.createArrayOf("uuid", newIds.toArray()));
                insert.setArray(4, connection.createArrayOf("varchar", rows.stream().map(ImportRow::email).toArray()));
                insert.setArray(5, connection.createArrayOf("varchar", rows.stream().map(ImportRow::firstName).toArray()));
                insert.setArray(6, connection.createArrayOf("varchar", rows.stream().map(ImportRow::lastName).toArray()));
                insert.setArray(7, connection.createArrayOf("varchar", rows.stream().map(ImportRow::phone).toArray()));
                Set<UUID> returned = new HashSet<>();
                try (ResultSet rs = insert.executeQuery()) {
                    while (rs.next()) {
                        returned.add(rs.getObject(1, UUID.class));
                    }
                }
                return returned;
            }
        });
        for (int i = 0; i < rows.size(); i++) {
            ImportRow row = rows.get(i);
            if (!insertedIds.contains(newIds.get(i))) {
                issues.add(ImportRow.Issue.failed(row.line(), ImportColumns.EMAIL,
                        "a contact with this address was created while the import ran; import the row again"));
                counts.failed++;
                continue;
            }
            inserted.add(row);
            ids.put(row, newIds.get(i));
            events.add(new ContactCreated(newIds.get(i), row.email(), row.firstName(), row.lastName(), row.phone(), now));
        }
        return inserted;
    }

    private void update(List<ContactUpdated> changes) {
        if (changes.isEmpty()) {
            return;
        }
        session().doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    update contact set first_name = ?, last_name = ?, phone = ?, updated_at = ?, version = version + 1
                    where id = ?""")) {
                for (ContactUpdated change : changes) {
                    update.setString(1, change.firstName());
                    update.setString(2, change.lastName());
                    update.setString(3, change.phone());
                    update.setTimestamp(4, Timestamp.from(change.updatedAt()));
                    update.setObject(5, change.contactId());
                    update.addBatch();
                }
                update.executeBatch();
            }
        });
    }

    private static Array uuidArray(Connection connection, List<UUID> ids) throws java.sql.SQLException {
        return connection.createArrayOf("uuid", ids.toArray());
    }

    private Session session() {
        return entityManager.unwrap(Session.class);
    }
}
