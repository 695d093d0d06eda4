package io.rekindle.segment.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rekindle.events.EventCodec;
import io.rekindle.events.EventEnvelope;
import io.rekindle.events.engagement.EmailSent;
import io.rekindle.platform.security.Roles;
import io.rekindle.segment.testing.EventFeed;
import io.rekindle.segment.testing.MovableClock;
import io.rekindle.testkit.RealServersResource;
import io.rekindle.testkit.TestTokens;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every filter family against the real read model: events go through the real topics, the preview
 * counts what the criteria match, and "now" is fixed through the injected clock.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL)
class SegmentCriteriaTest {

    private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    @Inject
    MovableClock clock;

    private EventFeed feed;
    private String domain;

    @BeforeEach
    void fixTheClock() {
        clock.fix(NOW);
        feed = new EventFeed(bootstrapServers, entityManager);
        domain = "@" + UUID.randomUUID().toString().substring(0, 8) + ".example";
    }

    @AfterEach
    void releaseTheClock() {
        clock.release();
    }

    @Test
    void hubSpotCampaignVariantOfTheUnengagedSegment() {
        UUID x = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        UUID lapsed = contact("lapsed");
        UUID neverOpened = contact("never");
        UUID openedX = contact("openedx");
        UUID recentlyEngaged = contact("recent");
        UUID notSentX = contact("notsent");
        UUID onlyProxyOpened = contact("proxy");

        feed.opened(feed.emailSent(lapsed, other, ago(420)), lapsed, other, false, ago(419));
        feed.emailSent(lapsed, x, ago(10));
        feed.emailSent(neverOpened, x, ago(10));
        UUID send = feed.emailSent(openedX, x, ago(10));
        feed.opened(send, openedX, x, false, ago(9));
        feed.opened(feed.emailSent(recentlyEngaged, other, ago(70)), recentlyEngaged, other, false, ago(69));
        feed.emailSent(recentlyEngaged, x, ago(10));
        feed.emailSent(notSentX, other, ago(10));
        UUID proxied = feed.emailSent(onlyProxyOpened, x, ago(10));
        feed.opened(proxied, onlyProxyOpened, x, true, ago(10));
        feed.publishAndAwait();

        String receivedNotOpened = """
                {"type": "emailActivity", "activity": "received", "campaignId": "%1$s"},
                {"type": "not", "criterion": {"type": "emailActivity", "activity": "opened", "campaignId": "%1$s",
                    "excludeMachineOpens": true}}""".formatted(x);
        String r5 = """
                {"type": "or", "criteria": [
                  {"type": "and", "criteria": [%1$s,
                    {"type": "lastEngagement", "activity": "emailOpened", "operator": "moreThanAgo",
                     "period": {"amount": 52, "unit": "weeks"}, "excludeMachineOpens": true}]},
                  {"type": "and", "criteria": [%1$s,
                    {"type": "lastEngagement", "activity": "emailOpened", "operator": "unknown", "excludeMachineOpens": true}]}]}
                """.formatted(receivedNotOpened);
        assertThat(count(r5)).isEqualTo(3);

        String countingProxyOpens = r5.replace("\"excludeMachineOpens\": true", "\"excludeMachineOpens\": false");
        assertThat(count(countingProxyOpens)).as("a proxy open counts as an open unless excluded").isEqualTo(2);
    }

    @Test
    void klaviyoUnengagedPurchasersAndNonPurchasers() {
        UUID purchaser = contact("purchaser");
        UUID nonPurchaser = contact("nonpurchaser");
        UUID subscribedRecently = contact("recentsub");
        UUID openedRecently = contact("opened");
        UUID fewEmails = contact("few");
        UUID unsubscribed = contact("unsub");

        for (UUID c : new UUID[] {purchaser, nonPurchaser, openedRecently, fewEmails, unsubscribed}) {
            feed.subscription(c, EventFeed.DEFAULT_TYPE, "EMAIL", "SUBSCRIBED", false, ago(200));
        }
        feed.subscription(subscribedRecently, EventFeed.DEFAULT_TYPE, "EMAIL", "SUBSCRIBED", false, ago(30));
        feed.subscription(unsubscribed, EventFeed.DEFAULT_TYPE, "EMAIL", "UNSUBSCRIBED", false, ago(100));
        for (UUID c : new UUID[] {purchaser, nonPurchaser, subscribedRecently, openedRecently, unsubscribed}) {
            for (int i = 0; i < 5; i++) {
                feed.emailSent(c, UUID.randomUUID(), ago(180 - i));
            }
        }
        for (int i = 0; i < 4; i++) {
            feed.emailSent(fewEmails, UUID.randomUUID(), ago(180 - i));
        }
        UUID oldCampaign = UUID.randomUUID();
        feed.opened(feed.emailSent(purchaser, oldCampaign, ago(130)), purchaser, oldCampaign, false, ago(130));
        UUID newCampaign = UUID.randomUUID();
        feed.opened(feed.emailSent(openedRecently, newCampaign, ago(10)), openedRecently, newCampaign, false, ago(10));
        feed.order(purchaser, ago(300));
        feed.order(openedRecently, ago(20));
        feed.publishAndAwait();

        String unengaged = """
                {"type": "subscribed", "channel": "EMAIL", "subscribedMoreThan": {"amount": 60, "unit": "days"}},
                {"type": "emailActivity", "activity": "opened", "count": {"operator": "exactly", "value": 0},
                 "within": {"amount": 120, "unit": "days"}},
                {"type": "emailActivity", "activity": "received", "count": {"operator": "%s", "value": 5}}""";
        String purchasers = "{\"type\": \"and\", \"criteria\": [" + unengaged.formatted("atLeast")
                + ", {\"type\": \"placedOrder\", \"count\": {\"operator\": \"atLeast\", \"value\": 1}}]}";
        String nonPurchasers = "{\"type\": \"and\", \"criteria\": [" + unengaged.formatted("atLeast")
                + ", {\"type\": \"placedOrder\", \"count\": {\"operator\": \"exactly\", \"value\": 0}}]}";
        String fewerThanFive = "{\"type\": \"and\", \"criteria\": [" + unengaged.formatted("lessThan")
                + ", {\"type\": \"placedOrder\", \"count\": {\"operator\": \"exactly\", \"value\": 0}}]}";

        assertThat(count(purchasers)).isEqualTo(1);
        assertThat(count(nonPurchasers)).isEqualTo(1);
        assertThat(count(fewerThanFive)).as("the seed's translated 'fewer than 5'").isEqualTo(1);
        assertThat(count("{\"type\": \"placedOrder\", \"within\": {\"amount\": 30, \"unit\": \"days\"}}")).isEqualTo(1);
    }

    @Test
    void contactAndSubscriptionFilters() {
        UUID newsletter = UUID.randomUUID();
        UUID old = feed.contact("old" + domain, Instant.parse("2029-01-01T00:00:00Z"));
        UUID young = feed.contact("young" + domain, Instant.parse("2029-12-20T00:00:00Z"));
        UUID archived = feed.contact("archived" + domain, Instant.parse("2029-06-01T00:00:00Z"));
        feed.archive(archived, ago(5));
        feed.subscription(old, newsletter, "EMAIL", "SUBSCRIBED", true, ago(300));
        feed.subscription(young, EventFeed.DEFAULT_TYPE, "SMS", "SUBSCRIBED", false, ago(5));
        // Delivered out of order: the later unsubscription arrives first and must still win.
        feed.subscription(archived, EventFeed.DEFAULT_TYPE, "EMAIL", "UNSUBSCRIBED", false, ago(3));
        feed.subscription(archived, EventFeed.DEFAULT_TYPE, "EMAIL", "SUBSCRIBED", false, ago(200));
        feed.publishAndAwait();

        assertThat(count("{\"type\": \"created\", \"operator\": \"before\", \"date\": \"2029-03-01T00:00:00Z\"}")).isEqualTo(1);
        assertThat(count("{\"type\": \"created\", \"operator\": \"after\", \"date\": \"2029-03-01T00:00:00Z\"}")).isEqualTo(2);
        assertThat(count("{\"type\": \"created\", \"operator\": \"moreThanAgo\", \"period\": {\"amount\": 4, \"unit\": \"weeks\"}}"))
                .isEqualTo(2);
        assertThat(count("{\"type\": \"created\", \"operator\": \"lessThanAgo\", \"period\": {\"amount\": 1, \"unit\": \"months\"}}"))
                .isEqualTo(1);
        assertThat(count("{\"type\": \"archived\", \"archived\": true}")).isEqualTo(1);
        assertThat(count("{\"type\": \"archived\", \"archived\": false}")).isEqualTo(2);
        assertThat(count("{\"type\": \"subscribed\", \"channel\": \"EMAIL\"}")).as("can receive email marketing").isEqualTo(1);
        assertThat(count("{\"type\": \"subscribed\", \"channel\": \"SMS\"}")).as("can receive SMS marketing").isEqualTo(1);
        assertThat(count("{\"type\": \"subscribed\", \"channel\": \"EMAIL\", \"subscriptionTypeId\": \"" + newsletter + "\"}"))
                .isEqualTo(1);
        assertThat(count("{\"type\": \"subscribed\", \"channel\": \"EMAIL\", \"subscriptionTypeId\": \""
                + EventFeed.DEFAULT_TYPE + "\"}")).isZero();
        assertThat(count("{\"type\": \"subscribed\", \"channel\": \"SMS\", \"subscribedMoreThan\": {\"amount\": 7, \"unit\": \"days\"}}"))
                .isZero();
        assertThat(count("{\"type\": \"doubleOptIn\", \"confirmed\": true}")).isEqualTo(1);
        assertThat(count("{\"type\": \"doubleOptIn\", \"confirmed\": false, \"channel\": \"EMAIL\"}")).isEqualTo(2);
    }

    @Test
    void lastNWindowsSmsAndPermissionPassSegments() {
        UUID openedOnlyTheOldest = contact("oldest");
        UUID openedTheLatest = contact("latest");
        UUID texted = contact("texted");
        for (UUID c : new UUID[] {openedOnlyTheOldest, openedTheLatest}) {
            for (int i = 6; i >= 1; i--) {
                UUID campaign = UUID.randomUUID();
                UUID send = feed.emailSent(c, campaign, ago(i * 10));
                boolean open = c.equals(openedOnlyTheOldest) ? i == 6 : i == 1;
                if (open) {
                    feed.opened(send, c, campaign, false, ago(i * 10 - 1));
                }
            }
        }
        UUID smsCampaign = UUID.randomUUID();
        UUID sms = feed.smsSent(texted, smsCampaign, ago(20));
        feed.smsClicked(sms, texted, smsCampaign, ago(19));
        feed.smsSent(texted, UUID.randomUUID(), ago(200));

        UUID pass = UUID.randomUUID();
        UUID confirmer = contact("confirmer");
        UUID silent = contact("silent");
        UUID bounced = contact("bounced");
        feed.confirmed(feed.emailSent(confirmer, pass, ago(8)), confirmer, pass, ago(7));
        feed.emailSent(silent, pass, ago(8));
        feed.bounced(feed.emailSent(bounced, pass, ago(8)), bounced, pass, ago(8));
        feed.publishAndAwait();

        assertThat(count("{\"type\": \"lastMessages\", \"channel\": \"EMAIL\", \"activity\": \"opened\","
                + " \"quantifier\": \"none\", \"last\": 5}")).as("did not open any of the last 5, incl. no email at all")
                .isEqualTo(5);
        assertThat(count("{\"type\": \"lastMessages\", \"channel\": \"EMAIL\", \"activity\": \"opened\","
                + " \"quantifier\": \"any\", \"last\": 5}")).isEqualTo(1);
        assertThat(count("{\"type\": \"lastMessages\", \"channel\": \"EMAIL\", \"activity\": \"opened\","
                + " \"quantifier\": \"any\", \"last\": 6}")).isEqualTo(2);
        assertThat(count("{\"type\": \"lastMessages\", \"channel\": \"SMS\", \"activity\": \"clicked\","
                + " \"quantifier\": \"any\", \"last\": 1}")).isEqualTo(1);
        assertThat(count("{\"type\": \"lastMessages\", \"channel\": \"SMS\", \"activity\": \"clicked\","
                + " \"quantifier\": \"all\", \"last\": 2}")).isZero();
        assertThat(count("{\"type\": \"smsActivity\", \"activity\": \"received\", \"count\": {\"operator\": \"atLeast\","
                + " \"value\": 2}}")).isEqualTo(1);
        assertThat(count("{\"type\": \"smsActivity\", \"activity\": \"received\", \"within\": {\"amount\": 3,"
                + " \"unit\": \"months\"}, \"count\": {\"operator\": \"exactly\", \"value\": 1}}")).isEqualTo(1);
        assertThat(count("{\"type\": \"smsActivity\", \"activity\": \"clicked\", \"campaignId\": \"" + smsCampaign + "\","
                + " \"linkId\": \"offer\"}")).isEqualTo(1);
        assertThat(count("{\"type\": \"emailActivity\", \"activity\": \"opened\", \"within\": {\"amount\": 7,"
                + " \"unit\": \"days\"}}")).isZero();
        assertThat(count("{\"type\": \"emailActivity\", \"activity\": \"opened\", \"within\": {\"amount\": 10,"
                + " \"unit\": \"days\"}}")).isEqualTo(1);

        String confirmers = "{\"type\": \"emailActivity\", \"activity\": \"clicked\", \"campaignId\": \"" + pass + "\"}";
        String nonConfirmers = "{\"type\": \"and\", \"criteria\": [{\"type\": \"emailActivity\", \"activity\": \"received\","
                + " \"campaignId\": \"" + pass + "\"}, {\"type\": \"not\", \"criterion\": " + confirmers + "}]}";
        assertThat(count(confirmers)).isEqualTo(1);
        assertThat(count(nonConfirmers)).as("a bounced permission pass was not received").isEqualTo(1);
        assertThat(count("{\"type\": \"emailActivity\", \"activity\": \"bounced\"}")).isEqualTo(1);
    }

    @Test
    void aDuplicateEngagementEventHasOneEffect() {
        UUID campaign = UUID.randomUUID();
        UUID ada = contact("ada");
        UUID send = feed.emailSent(ada, campaign, ago(3));
        EventEnvelope click = feed.clicked(send, ada, campaign, "cta", ago(2));
        feed.again(click);
        feed.publishAndAwait();

        assertThat(count("{\"type\": \"emailActivity\", \"activity\": \"clicked\", \"linkId\": \"cta\"}")).isEqualTo(1);
        long processed = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from processed_event where event_id = :id")
                .setParameter("id", click.id()).getSingleResult()).longValue());
        assertThat(processed).isEqualTo(1);
        assertThat(count("{\"type\": \"lastEngagement\", \"activity\": \"emailClicked\", \"operator\": \"lessThanAgo\","
                + " \"period\": {\"amount\": 1, \"unit\": \"weeks\"}}")).isEqualTo(1);
    }

    @Test
    void engagementArrivingBeforeItsSendCountsOnceAndTheLatestOpenWins() {
        UUID campaign = UUID.randomUUID();
        UUID grace = contact("grace");
        UUID send = UUID.randomUUID();
        feed.opened(send, grace, campaign, false, ago(5));
        feed.opened(send, grace, campaign, false, ago(400));
        feed.publishAndAwait();
        assertThat(count("{\"type\": \"emailActivity\", \"activity\": \"received\", \"campaignId\": \"" + campaign + "\"}"))
                .as("an open proves the email arrived").isEqualTo(1);

        feed.again(sentEnvelope(send, grace, campaign));
        feed.publishAndAwait();
        assertThat(count("{\"type\": \"emailActivity\", \"activity\": \"received\", \"count\": {\"operator\": \"exactly\","
                + " \"value\": 1}, \"within\": {\"amount\": 7, \"unit\": \"days\"}}")).isEqualTo(1);
        assertThat(count("{\"type\": \"lastEngagement\", \"activity\": \"emailOpened\", \"operator\": \"lessThanAgo\","
                + " \"period\": {\"amount\": 1, \"unit\": \"weeks\"}}")).isEqualTo(1);
    }

    private EventEnvelope sentEnvelope(UUID send, UUID contact, UUID campaign) {
        return new EventCodec().envelope(EmailSent.TYPE,
                new EmailSent(send, campaign, "REGULAR", contact, EventFeed.DEFAULT_TYPE, ago(6)),
                "/rekindle/campaign-service", NOW);
    }

    private UUID contact(String name) {
        return feed.contact(name + domain, Instant.parse("2029-01-01T00:00:00Z"));
    }

    private static Instant ago(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    /** Counts the contacts of this test's domain that also match {@code criterion}. */
    private long count(String criterion) {
        String body = "{\"criteria\": {\"type\": \"and\", \"criteria\": [{\"type\": \"property\", \"property\": \"email\","
                + " \"operator\": \"endsWith\", \"value\": \"" + domain + "\"}, " + criterion + "]}}";
        return given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_READ))
                .contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/segments/preview")
                .then().statusCode(200)
                .extract().jsonPath().getLong("count");
    }
}
