package io.rekindle.campaign.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rekindle.campaign.testing.ContactFeed;
import io.rekindle.platform.security.Roles;
import io.rekindle.testkit.RealServersResource;
import io.rekindle.testkit.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Campaigns are drafted, scheduled and started; starting fixes the recipients once, with not-sent reasons. */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL)
class CampaignResourceTest {

    private static final String WRITER = TestTokens.withRoles(Roles.MARKETING_READ, Roles.MARKETING_WRITE);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    private static String template(String kind) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Template " + UUID.randomUUID());
        body.put("kind", kind);
        body.put("subject", "Hi {{ first_name | default: \"there\" }}");
        body.put("htmlBody", "<a href=\"{{ confirm_url }}\">Keep</a> <a href=\"{{ unsubscribe_url }}\">Leave</a>");
        body.put("textBody", "{{ confirm_url }} {{ unsubscribe_url }}");
        return given().auth().oauth2(WRITER).contentType(ContentType.JSON).body(body)
                .post("/api/v1/templates").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> campaign(String templateId, UUID type, Map<String, Object> audience) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Campaign " + UUID.randomUUID());
        body.put("kind", "PERMISSION_PASS");
        body.put("channel", "EMAIL");
        body.put("subscriptionTypeId", type.toString());
        body.put("templateId", templateId);
        body.put("audience", audience);
        return body;
    }

    private static String create(Map<String, Object> body) {
        return given().auth().oauth2(WRITER).contentType(ContentType.JSON).body(body)
                .post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
    }

    @Test
    void startingResolvesTheAudienceOnceAndKeepsEveryoneLeftOutWithTheReason() {
        UUID type = UUID.randomUUID();
        ContactFeed feed = new ContactFeed(bootstrapServers, entityManager);
        Instant now = Instant.now();
        UUID subscribed = feed.contact("yes@start.example", "Yes", null);
        UUID alsoListed = feed.contact("listed@start.example", "Listed", null);
        UUID archived = feed.contact("archived@start.example", null, null);
        UUID unsubscribed = feed.contact("no@start.example", null, null);
        UUID otherChannel = feed.contact("sms@start.example", null, null);
        UUID unknown = UUID.randomUUID();
        feed.subscription(subscribed, type, "EMAIL", "SUBSCRIBED", now);
        feed.subscription(alsoListed, type, "EMAIL", "SUBSCRIBED", now);
        feed.subscription(archived, type, "EMAIL", "SUBSCRIBED", now);
        feed.archive(archived);
        feed.subscription(unsubscribed, type, "EMAIL", "UNSUBSCRIBED", now);
        feed.subscription(otherChannel, type, "SMS", "SUBSCRIBED", now);
        feed.publishAndAwait();

        String id = create(campaign(template("PERMISSION_PASS"), type, Map.of("allSubscribers", true,
                "includedContactIds", List.of(alsoListed, unsubscribed, otherChannel, unknown))));
        JsonPath started = given().auth().oauth2(WRITER).post("/api/v1/campaigns/" + id + "/launch")
                .then().statusCode(200)
                .body("status", equalTo("STARTED"))
                .extract().jsonPath();

        assertThat(started.getInt("recipients.targeted")).isEqualTo(6);
        assertThat(started.getInt("recipients.queued")).isEqualTo(2);
        assertThat(started.getMap("recipients.notSentByReason", String.class, Integer.class)).containsExactlyInAnyOrderEntriesOf(
                Map.of("ARCHIVED", 1, "NOT_SUBSCRIBED", 2, "UNKNOWN_CONTACT", 1));

        List<Map<String, Object>> notSent = given().auth().oauth2(WRITER)
                .get("/api/v1/campaigns/" + id + "/recipients?status=NOT_SENT")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(notSent).extracting(r -> r.get("contactId") + ":" + r.get("notSentReason"))
                .containsExactlyInAnyOrder(archived + ":ARCHIVED", unsubscribed + ":NOT_SUBSCRIBED",
                        otherChannel + ":NOT_SUBSCRIBED", unknown + ":UNKNOWN_CONTACT");
        List<Map<String, Object>> queued = given().auth().oauth2(WRITER)
                .get("/api/v1/campaigns/" + id + "/recipients?status=QUEUED")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(queued).extracting(r -> r.get("email"))
                .containsExactlyInAnyOrder("yes@start.example", "listed@start.example");

        given().auth().oauth2(WRITER).post("/api/v1/campaigns/" + id + "/launch").then().statusCode(409);
        given().auth().oauth2(WRITER).contentType(ContentType.JSON)
                .body(campaign(template("PERMISSION_PASS"), type, Map.of("allSubscribers", true)))
                .put("/api/v1/campaigns/" + id).then().statusCode(409);
    }

    @Test
    void aScheduledCampaignKeepsItsLocalTimeAndZoneAndStartsWhenDue() {
        UUID type = UUID.randomUUID();
        ContactFeed feed = new ContactFeed(bootstrapServers, entityManager);
        UUID contact = feed.contact("scheduled@start.example", null, null);
        feed.subscription(contact, type, "EMAIL", "SUBSCRIBED", Instant.now());
        feed.publishAndAwait();

        ZoneId zone = ZoneId.of("America/New_York");
        LocalDateTime soon = LocalDateTime.now(zone).plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = campaign(template("PERMISSION_PASS"), type, Map.of("allSubscribers", true));
        body.put("schedule", Map.of("sendAt", soon.toString(), "timeZone", zone.getId()));
        String id = create(body);

        given().auth().oauth2(WRITER).post("/api/v1/campaigns/" + id + "/launch")
                .then().statusCode(200)
                .body("status", equalTo("SCHEDULED"))
                .body("schedule.timeZone", equalTo("America/New_York"))
                .body("schedule.sendAtInstant", equalTo(soon.atZone(zone).toInstant().toString()))
                .body("recipients", nullValue());

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(WRITER)
                .get("/api/v1/campaigns/" + id).then()
                .body("status", equalTo("STARTED"))
                .body("recipients.queued", equalTo(1)));
    }

    @Test
    void aScheduledCampaignCanBeTakenBackToDraft() {
        Map<String, Object> body = campaign(template("PERMISSION_PASS"), UUID.randomUUID(), Map.of("allSubscribers", true));
        body.put("schedule", Map.of("sendAt", "2099-01-01T09:00:00", "timeZone", "Europe/Copenhagen"));
        String id = create(body);
        given().auth().oauth2(WRITER).post("/api/v1/campaigns/" + id + "/launch")
                .then().body("status", equalTo("SCHEDULED"));
        given().auth().oauth2(WRITER).post("/api/v1/campaigns/" + id + "/unschedule")
                .then().statusCode(200).body("status", equalTo("DRAFT"));
        given().auth().oauth2(WRITER).delete("/api/v1/campaigns/" + id).then().statusCode(204);
    }

    @Test
    void smsTheWrongTemplateKindAndAnEmptyAudienceAreRefused() {
        UUID type = UUID.randomUUID();
        Map<String, Object> sms = campaign(template("PERMISSION_PASS"), type, Map.of("allSubscribers", true));
        sms.put("channel", "SMS");
        given().auth().oauth2(WRITER).contentType(ContentType.JSON).body(sms).post("/api/v1/campaigns")
                .then().statusCode(422).contentType("application/problem+json")
                .body("violations[0].field", equalTo("channel"));

        given().auth().oauth2(WRITER).contentType(ContentType.JSON)
                .body(campaign(template("REGULAR"), type, Map.of("allSubscribers", true))).post("/api/v1/campaigns")
                .then().statusCode(422).body("violations[0].field", equalTo("templateId"));

        given().auth().oauth2(WRITER).contentType(ContentType.JSON)
                .body(campaign(UUID.randomUUID().toString(), type, Map.of("allSubscribers", true)))
                .post("/api/v1/campaigns")
                .then().statusCode(422).body("violations[0].field", equalTo("templateId"));

        given().auth().oauth2(WRITER).contentType(ContentType.JSON)
                .body(campaign(template("PERMISSION_PASS"), type, Map.of("allSubscribers", false)))
                .post("/api/v1/campaigns")
                .then().statusCode(400).body("violations[0].field", equalTo("audience"));

        Map<String, Object> badZone = campaign(template("PERMISSION_PASS"), type, Map.of("allSubscribers", true));
        badZone.put("schedule", Map.of("sendAt", "2099-01-01T09:00:00", "timeZone", "Mars/Olympus"));
        given().auth().oauth2(WRITER).contentType(ContentType.JSON).body(badZone).post("/api/v1/campaigns")
                .then().statusCode(400).body("violations[0].field", equalTo("schedule.timeZone"));
    }

    @Test
    void aTemplateInUseCannotBeDeleted() {
        String templateId = template("PERMISSION_PASS");
        create(campaign(templateId, UUID.randomUUID(), Map.of("allSubscribers", true)));
        given().auth().oauth2(WRITER).delete("/api/v1/templates/" + templateId).then().statusCode(409);
    }
}
