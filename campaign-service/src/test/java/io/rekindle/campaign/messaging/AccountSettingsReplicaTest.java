package io.rekindle.campaign.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rekindle.account.replica.AccountSettingsCopy;
import io.rekindle.account.replica.AccountSettingsReplica;
import io.rekindle.events.EventCodec;
import io.rekindle.events.Topics;
import io.rekindle.events.account.AccountSettingsChanged;
import io.rekindle.testkit.RealServersResource;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** campaign-service keeps the account settings it needs (sender, domains, time zone) from events. */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL)
class AccountSettingsReplicaTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    AccountSettingsCopy copy;

    @Test
    void theNewestRevisionWinsEvenWhenAnOlderOneArrivesLater() {
        EventCodec codec = new EventCodec();
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            for (long revision : new long[] {7, 6}) {
                AccountSettingsChanged changed = new AccountSettingsChanged("default", "Acme rev " + revision,
                        "Europe/Copenhagen", "Marissa from Acme", "marissa@mail.acme.example",
                        List.of("mail.acme.example"), true, revision, Instant.now());
                String json = codec.write(codec.envelope(AccountSettingsChanged.TYPE, changed, "/rekindle/contact-service",
                        Instant.now()));
                kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.ACCOUNT, "default", json)).awaitCompletion();
            }
            // A marker after both, so that once it is applied both earlier records have been processed too.
            AccountSettingsChanged marker = new AccountSettingsChanged("marker", "marker", "UTC", null, null,
                    List.of(), false, 1, Instant.now());
            kafka.produceStrings().fromRecords(new ProducerRecord<>(Topics.ACCOUNT, "default",
                    codec.write(codec.envelope(AccountSettingsChanged.TYPE, marker, "/test", Instant.now()))))
                    .awaitCompletion();
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> markerApplied());
        AccountSettingsReplica current = copy.current().orElseThrow();
        assertThat(current.revision).isEqualTo(7);
        assertThat(current.name).isEqualTo("Acme rev 7");
        assertThat(current.verifiedSendingDomains).containsExactly("mail.acme.example");
        assertThat(current.defaultFromName).isEqualTo("Marissa from Acme");
    }

    @Inject
    EntityManager entityManager;

    private boolean markerApplied() {
        return QuarkusTransaction.requiringNew().call(
                () -> entityManager.find(AccountSettingsReplica.class, "marker") != null);
    }
}
