package io.rekindle.suppression.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rekindle.events.EventCodec;
import io.rekindle.events.Topics;
import io.rekindle.events.suppression.AddressUnsuppressed;
import io.rekindle.platform.security.Roles;
import io.rekindle.suppression.support.Api;
import io.rekindle.suppression.support.Messages;
import io.rekindle.suppression.support.MutableClock;
import io.rekindle.suppression.support.TestData;
import io.rekindle.suppression.support.WebhookKeysResource;
import io.rekindle.testkit.RealServersResource;
import io.rekindle.testkit.TestTokens;
import io.restassured.response.ValidatableResponse;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Unbounce rules (B4, B5). Every test runs in a calendar month of its own (the allowance is per month and
 * account-wide), with the contact count it needs.
 */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = WebhookKeysResource.class, scope = TestResourceScope.GLOBAL)
class UnbounceResourceTest {

    private static final String CONFIRMED = "{\"confirmation\": \"I confirm this address is correct\", "
            + "\"note\": \"Customer confirmed by phone\"}";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    TestData data;

    @Inject
    MutableClock clock;

    @BeforeEach
    void accountWithAVerifiedDomain() {
        data.accountSettings("Europe/Copenhagen", "mail.acme.example");
        data.contactTotal(0);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anEmailAdminUnbouncesAManuallySuppressedAddressAndTheUnbounceIsAuditedAndPublished() {
        clock.set(Instant.parse("2027-01-12T10:00:00Z"));
        String address = manuallySuppressed("restored");

        unbounce(address, CONFIRMED).statusCode(200)
                .body("address", equalTo(address))
                .body("previousCategory", equalTo("manual"))
                .body("unbouncedBy", equalTo("test-user"))
                .body("allowance.month", equalTo("2027-01"))
                .body("allowance.limit", equalTo(10))
                .body("allowance.used", equalTo(1))
                .body("allowance.remaining", equalTo(9));

        Api.suppression(address).statusCode(404);
        given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_READ))
                .when().get("/api/v1/suppressions/{address}/history", address)
                .then().statusCode(200)
                .body("entries.type", hasItem("unbounce"))
                .body("entries.find { it.type == 'unbounce' }.by", equalTo("test-user"))
                .body("entries.find { it.type == 'unbounce' }.note", equalTo("Customer confirmed by phone"))
                .body("entries.find { it.type == 'unbounce' }.at", equalTo("2027-01-12T10:00:00Z"));
        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            var record = kafka.consumeStrings()
                    .fromTopics(Topics.SUPPRESSIONS, r -> r.select().where(rec -> address.equals(rec.key())
                            && rec.value().contains(AddressUnsuppressed.TYPE.cloudEventType())))
                    .awaitNextRecord(Duration.ofSeconds(20))
                    .getLastRecord();
            EventCodec codec = new EventCodec();
            assertThat(codec.payload(codec.read(record.value()), AddressUnsuppressed.TYPE).unsuppressedBy())
                    .isEqualTo("test-user");
        }
    }

    @Test
    void anUnbounceWithoutTheExactConfirmationIsAFieldViolationAndChangesNothing() {
        String address = manuallySuppressed("unconfirmed");

        unbounce(address, "{\"confirmation\": \"yes\"}").statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("confirmation"));
        unbounce(address, "{}").statusCode(400).body("violations[0].field", equalTo("confirmation"));
        Api.suppression(address).statusCode(200);
    }

    @Test
    void onlyAnEmailAdminMayUnbounce() {
        String address = manuallySuppressed("forbidden");
        given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_WRITE, Roles.MARKETING_READ))
                .contentType("application/json").body(CONFIRMED)
                .when().post("/api/v1/suppressions/{address}/unbounce", address)
                .then().statusCode(403).contentType("application/problem+json");
        Api.suppression(address).statusCode(200);
    }

    @Test
    void aGlobalBounceCannotBeUnbounced() {
        String address = Messages.uniqueAddress("global");
        given().auth().oauth2(TestTokens.withRoles(Roles.EMAIL_ADMIN))
                .contentType("application/json")
                .body("{\"addresses\": [\"" + address + "\"], \"note\": \"platform list\", \"global\": true}")
                .when().post("/api/v1/suppressions")
                .then().statusCode(200).body("added", equalTo(1));

        refused(address, 409, "global-bounce");
    }

    @Test
    void userUnknownAndMailboxFullBouncesCannotBeUnbounced() {
        String unknown = Messages.uniqueAddress("unknown");
        Api.upload(Messages.hardBounce(unknown, null)).statusCode(201);
        String full = Messages.uniqueAddress("full");
        data.suppression(full, "soft-bounce", "mailboxfull", false);

        refused(unknown, 409, "abandoned-mailbox-kind");
        refused(full, 409, "abandoned-mailbox-kind");
    }

    @Test
    void aComplaintIsNotABounceAndCannotBeUnbounced() {
        String address = Messages.uniqueAddress("complained");
        Api.upload(Messages.complaint(address, "s1")).statusCode(201);

        refused(address, 409, "not-a-bounce");
    }

    @Test
    void anAddressCanBeUnbouncedOnlyOnceEver() {
        clock.set(Instant.parse("2027-02-03T09:00:00Z"));
        String address = manuallySuppressed("again");
        unbounce(address, CONFIRMED).statusCode(200);
        manuallySuppress(address);

        clock.set(Instant.parse("2027-04-03T09:00:00Z"));
        refused(address, 409, "once-per-address");
    }

    @Test
    void unbouncingRequiresAVerifiedSendingDomain() {
        data.accountSettings("Europe/Copenhagen");
        String address = manuallySuppressed("nodomain");

        refused(address, 422, "verified-sending-domain-required");
    }

    @Test
    void anAddressThatIsNotSuppressedIsNotFound() {
        unbounce(Messages.uniqueAddress("never"), CONFIRMED).statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aSmallAccountGetsTheMinimumAllowanceOf10() {
        clock.set(Instant.parse("2027-03-10T12:00:00Z"));
        data.contactTotal(100);
        data.earlierUnbounces(9, Instant.parse("2027-03-02T12:00:00Z"));

        unbounce(manuallySuppressed("tenth"), CONFIRMED).statusCode(200)
                .body("allowance.limit", equalTo(10)).body("allowance.remaining", equalTo(0));
        refused(manuallySuppressed("eleventh"), 422, "monthly-allowance")
                .body("allowance.limit", equalTo(10))
                .body("allowance.used", equalTo(10))
                .body("allowance.remaining", equalTo(0));
    }

    @Test
    void aLargeAccountIsCappedAtAnAllowanceOf1000() {
        clock.set(Instant.parse("2027-05-10T12:00:00Z"));
        data.contactTotal(80_000);
        data.earlierUnbounces(999, Instant.parse("2027-05-02T12:00:00Z"));

        given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_READ))
                .when().get("/api/v1/suppressions/unbounce-allowance")
                .then().statusCode(200)
                .body("month", equalTo("2027-05")).body("limit", equalTo(1000)).body("remaining", equalTo(1));
        unbounce(manuallySuppressed("thousandth"), CONFIRMED).statusCode(200);
        refused(manuallySuppressed("over"), 422, "monthly-allowance")
                .body("allowance.limit", equalTo(1000))
                .body("allowance.remaining", equalTo(0));
    }

    @Test
    void inBetweenTheAllowanceIsTwoPercentOfTotalContacts() {
        clock.set(Instant.parse("2027-07-10T12:00:00Z"));
        data.contactTotal(5_000);
        data.earlierUnbounces(99, Instant.parse("2027-07-01T12:00:00Z"));

        unbounce(manuallySuppressed("hundredth"), CONFIRMED).statusCode(200)
                .body("allowance.limit", equalTo(100)).body("allowance.remaining", equalTo(0));
        refused(manuallySuppressed("over"), 422, "monthly-allowance").body("allowance.limit", equalTo(100));
    }

    @Test
    void theMonthIsCountedInTheAccountsTimeZone() {
        data.contactTotal(0);
        // 23:30 in Copenhagen (UTC+2 in summer time) on 30 September: still September there.
        data.earlierUnbounces(10, Instant.parse("2027-09-30T21:30:00Z"));

        clock.set(Instant.parse("2027-09-30T21:45:00Z"));
        String address = manuallySuppressed("midnight");
        refused(address, 422, "monthly-allowance").body("allowance.month", equalTo("2027-09"));

        // 00:30 on 1 October in Copenhagen, though still September in UTC: a new month, a new allowance.
        clock.set(Instant.parse("2027-09-30T22:30:00Z"));
        unbounce(address, CONFIRMED).statusCode(200)
                .body("allowance.month", equalTo("2027-10"))
                .body("allowance.used", equalTo(1));
    }

    private ValidatableResponse refused(String address, int status, String rule) {
        ValidatableResponse response = unbounce(address, CONFIRMED).statusCode(status)
                .contentType("application/problem+json")
                .body("rule", equalTo(rule))
                .body("type", equalTo("urn:rekindle:problem:unbounce-refused"));
        Api.suppression(address).statusCode(200);
        return response;
    }

    private static ValidatableResponse unbounce(String address, String body) {
        return given().auth().oauth2(TestTokens.withRoles(Roles.EMAIL_ADMIN))
                .contentType("application/json").body(body)
                .when().post("/api/v1/suppressions/{address}/unbounce", address)
                .then();
    }

    private static String manuallySuppressed(String name) {
        String address = Messages.uniqueAddress(name);
        manuallySuppress(address);
        return address;
    }

    private static void manuallySuppress(String address) {
        given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_WRITE))
                .contentType("application/json")
                .body("{\"addresses\": [\"" + address + "\"], \"note\": \"asked us to stop\"}")
                .when().post("/api/v1/suppressions")
                .then().statusCode(200);
    }
}
