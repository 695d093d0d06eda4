package io.rekindle.contact.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rekindle.contact.domain.Channel;
import io.rekindle.contact.domain.ConsentSource;
import io.rekindle.contact.domain.LegalBasis;
import io.rekindle.contact.domain.SubscriptionStatus;
import io.rekindle.contact.repository.ContactRepository;
import io.rekindle.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Commands from automated workflows (R9 "manage subscription status"): a re-engagement program
 * unsubscribes its non-confirmers from a type. Each command carries an id; running it again returns the
 * first run's result and changes nothing, so the caller may retry after any failure.
 */
@ApplicationScoped
public class WorkflowCommandService {

    private static final String UNSUBSCRIBE_BATCH = "unsubscribe-batch";

    private final ContactRepository contacts;
    private final SubscriptionService subscriptions;
    private final EntityManager entityManager;
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock;

    WorkflowCommandService(ContactRepository contacts, SubscriptionService subscriptions, EntityManager entityManager,
            Clock clock) {
        this.contacts = contacts;
        this.subscriptions = subscriptions;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** An unsubscribe command: who asks (e.g. {@code program:<id>}), for which type and channel, whom. */
    public record UnsubscribeBatch(String commandId, String requestedBy, UUID subscriptionTypeId, Channel channel,
            List<UUID> contactIds, String reason) {
    }

    /** What a command did: contacts unsubscribed, already unsubscribed, and ids that match no live contact. */
    public record BatchResult(String commandId, List<UUID> unsubscribed, List<UUID> unchanged, List<UUID> unknown,
            boolean replayed) {
    }

    @Transactional
    public BatchResult unsubscribe(UnsubscribeBatch command) {
        // Serialises two concurrent runs of the same command id on its row lock.
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext(:id))")
                .setParameter("id", command.commandId()).getSingleResult();
        List<?> previous = entityManager.createNativeQuery(
                "select cast(result as text) from processed_command where command_id = :id")
                .setParameter("id", command.commandId()).getResultList();
        if (!previous.isEmpty()) {
            BatchResult first = read((String) previous.get(0));
            return new BatchResult(first.commandId(), first.unsubscribed(), first.unchanged(), first.unknown(), true);
        }
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("commandId", command.commandId());
        if (command.reason() != null) {
            evidence.put("reason", command.reason());
        }
        SubscriptionService.Consent consent = new SubscriptionService.Consent(ConsentSource.WORKFLOW,
                LegalBasis.NOT_APPLICABLE, false, evidence, command.requestedBy());
        List<UUID> unsubscribed = new ArrayList<>();
        List<UUID> unchanged = new ArrayList<>();
        List<UUID> unknown = new ArrayList<>();
        for (UUID contactId : command.contactIds()) {
            if (contacts.findByIdOptional(contactId).filter(c -> !c.isErased()).isEmpty()) {
                unknown.add(contactId);
                continue;
            }
            boolean wasUnsubscribed = subscriptions.of(contactId).stream().anyMatch(s ->
                    s.key.subscriptionTypeId.equals(command.subscriptionTypeId()) && s.key.channel == command.channel()
                            && s.status == SubscriptionStatus.UNSUBSCRIBED);
            subscriptions.change(contactId, command.subscriptionTypeId(), command.channel(),
                    SubscriptionStatus.UNSUBSCRIBED, consent);
            (wasUnsubscribed ? unchanged : unsubscribed).add(contactId);
        }
        BatchResult result = new BatchResult(command.commandId(), unsubscribed, unchanged, unknown, false);
        entityManager.createNativeQuery("""
                insert into processed_command (command_id, kind, result, processed_at)
                values (:id, :kind, cast(:result as jsonb), :at)""")
                .setParameter("id", command.commandId())
                .setParameter("kind", UNSUBSCRIBE_BATCH)
                .setParameter("result", write(result))
                .setParameter("at", Timestamp.from(clock.instant()))
                .executeUpdate();
        return result;
    }

    private String write(BatchResult result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private BatchResult read(String stored) {
        try {
            return json.readValue(stored, BatchResult.class);
        } catch (JsonProcessingException e) {
            throw new ProblemException(500, "Internal error", "a stored command result is unreadable", List.of());
        }
    }
}
