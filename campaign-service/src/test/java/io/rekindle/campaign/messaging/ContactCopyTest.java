package io.rekindle.campaign.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rekindle.campaign.domain.ContactCopy;
import io.rekindle.campaign.repository.ContactSubscriptionRepository;
import io.rekindle.campaign.testing.ContactFeed;
import io.rekindle.events.EventEnvelope;
import io.rekindle.testkit.RealServersResource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** campaign-service keeps its own copy of contacts and their subscriptions from the contacts topic. */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL)
class ContactCopyTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    @Inject
    ContactSubscriptionRepository subscriptions;

    @Test
    void createdUpdatedAndArchivedContactsAreCopied() {
        ContactFeed feed = new ContactFeed(bootstrapServers, entityManager);
        UUID ada = feed.contact("ada@copy.example", "Ada", "Lovelace");
        UUID grace = feed.contact("grace@copy.example", "Grace", null);
        feed.update(ada, "ada.l@copy.example", "Ada", "King");
        feed.archive(grace);
        feed.publishAndAwait();

        ContactCopy adaCopy = find(ada).orElseThrow();
        assertThat(adaCopy.email).isEqualTo("ada.l@copy.example");
        assertThat(adaCopy.lastName).isEqualTo("King");
        assertThat(adaCopy.archivedAt).isNull();
        assertThat(find(grace).orElseThrow().archivedAt).isNotNull();
    }

    @Test
    void anErasedContactLeavesNoPersonalDataOrSubscriptionBehind() {
        ContactFeed feed = new ContactFeed(bootstrapServers, entityManager);
        UUID type = UUID.randomUUID();
        UUID contact = feed.contact("erase-me@copy.example", "Erin", "Rase");
        feed.subscription(contact, type, "EMAIL", "SUBSCRIBED", Instant.now());
        feed.publishAndAwait();
        assertThat(find(contact)).isPresent();

        feed.erase(contact);
        feed.publishAndAwait();

        assertThat(find(contact)).isEmpty();
        assertThat(status(contact, type, "EMAIL")).isEmpty();
    }

    @Test
    void subscriptionsAreKeptPerTypeAndChannelAndAnOlderChangeNeverOverridesANewerOne() {
        ContactFeed feed = new ContactFeed(bootstrapServers, entityManager);
        UUID type = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        UUID contact = feed.contact("subs@copy.example", null, null);
        feed.subscription(contact, type, "EMAIL", "SUBSCRIBED", now);
        feed.subscription(contact, type, "SMS", "UNSUBSCRIBED", now);
        feed.subscription(contact, type, "EMAIL", "UNSUBSCRIBED", now.minusSeconds(60));
        feed.publishAndAwait();

        assertThat(status(contact, type, "EMAIL")).contains("SUBSCRIBED");
        assertThat(status(contact, type, "SMS")).contains("UNSUBSCRIBED");
        assertThat(status(contact, UUID.randomUUID(), "EMAIL")).isEmpty();
    }

    @Test
    void aSubscriptionEventDeliveredTwiceIsAppliedOnce() {
        ContactFeed feed = new ContactFeed(bootstrapServers, entityManager);
        UUID type = UUID.randomUUID();
        UUID contact = feed.contact("twice@copy.example", null, null);
        Instant first = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        EventEnvelope subscribed = feed.subscription(contact, type, "EMAIL", "SUBSCRIBED", first);
        feed.subscription(contact, type, "EMAIL", "UNSUBSCRIBED", first.plusSeconds(1));
        feed.publishAndAwait();

        // Redelivered with its original time, the old event must neither be applied again nor win.
        feed.again(subscribed);
        feed.subscription(contact, UUID.randomUUID(), "EMAIL", "SUBSCRIBED", Instant.now());
        feed.publishAndAwait();

        assertThat(status(contact, type, "EMAIL")).contains("UNSUBSCRIBED");
        assertThat(processedCount(subscribed.id())).isEqualTo(1);
    }

    private Optional<ContactCopy> find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Optional.ofNullable(entityManager.find(ContactCopy.class, id)));
    }

    private Optional<String> status(UUID contact, UUID type, String channel) {
        return QuarkusTransaction.requiringNew().call(() -> subscriptions.status(contact, type, channel));
    }

    private long processedCount(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from processed_event where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue());
    }
}
