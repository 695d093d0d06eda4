package io.rekindle.contact.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rekindle.events.EventCodec;
import io.rekindle.events.Topics;
import io.rekindle.events.account.AccountSettingsChanged;
import io.rekindle.platform.security.Roles;
import io.rekindle.testkit.RealServersResource;
import io.rekindle.testkit.TestTokens;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL)
class AccountResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static final String SETTINGS = """
            {"name": "Acme Outdoor", "timeZone": "Europe/Copenhagen", "defaultFromName": "Marissa from Acme",
             "defaultFromAddress": "marissa@mail.acme.example",
             "verifiedSendingDomains": ["Mail.Acme.example", "acme.example"],
             "resubscriptionThroughFormsEnabled": true}
            """;

    @Test
    void anEmailAdminChangesTheSettingsAndTheNewStateIsPublishedForTheOtherServices() {
        given().auth().oauth2(TestTokens.withRoles(Roles.EMAIL_ADMIN))
                .contentType(ContentType.JSON).body(SETTINGS)
                .when().put("/api/v1/account")
                .then().statusCode(200)
                .body("timeZone", equalTo("Europe/Copenhagen"))
                .body("verifiedSendingDomains", containsInAnyOrder("acme.example", "mail.acme.example"));

        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            EventCodec codec = new EventCodec();
            var record = kafka.consumeStrings()
                    .fromTopics(Topics.ACCOUNT, r -> r.select().where(rec -> rec.value().contains("Acme Outdoor")))
                    .awaitNextRecord(Duration.ofSeconds(15))
                    .getLastRecord();
            AccountSettingsChanged changed = codec.payload(codec.read(record.value()), AccountSettingsChanged.TYPE);
            assertThat(changed.accountId()).isEqualTo(record.key()).isEqualTo("default");
            assertThat(changed.resubscriptionThroughFormsEnabled()).isTrue();
            assertThat(changed.revision()).isGreaterThan(1);
        }
    }

    @Test
    void theAccountIsPublishedOnFirstStartSoOtherServicesHaveACopyBeforeAnyChange() {
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            EventCodec codec = new EventCodec();
            var record = kafka.consumeStrings()
                    .fromTopics(Topics.ACCOUNT, r -> r.select().where(rec -> rec.value().contains("\"revision\":1")))
                    .awaitNextRecord(Duration.ofSeconds(15))
                    .getLastRecord();
            AccountSettingsChanged initial = codec.payload(codec.read(record.value()), AccountSettingsChanged.TYPE);
            assertThat(initial.timeZone()).isEqualTo("UTC");
        }
    }

    @Test
    void onlyAnEmailAdminMayChangeTheSettings() {
        given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_WRITE, Roles.MARKETING_READ))
                .contentType(ContentType.JSON).body(SETTINGS)
                .when().put("/api/v1/account")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anUnknownTimeZoneAndAMalformedDomainAreFieldViolations() {
        given().auth().oauth2(TestTokens.withRoles(Roles.EMAIL_ADMIN))
                .contentType(ContentType.JSON)
                .body("""
                        {"name": "Acme", "timeZone": "Mars/Olympus", "verifiedSendingDomains": ["ok.example", "not a domain"],
                         "resubscriptionThroughFormsEnabled": false}
                        """)
                .when().put("/api/v1/account")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("timeZone", "verifiedSendingDomains[1]"));

        given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_READ))
                .when().get("/api/v1/account")
                .then().statusCode(200).body("timeZone", org.hamcrest.Matchers.not("Mars/Olympus"));
    }
}
