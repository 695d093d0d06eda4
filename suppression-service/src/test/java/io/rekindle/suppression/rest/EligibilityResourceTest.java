package io.rekindle.suppression.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rekindle.platform.security.Roles;
import io.rekindle.suppression.support.Api;
import io.rekindle.suppression.support.Messages;
import io.rekindle.suppression.support.MutableClock;
import io.rekindle.suppression.support.TestData;
import io.rekindle.suppression.support.WebhookKeysResource;
import io.rekindle.testkit.RealServersResource;
import io.rekindle.testkit.TestTokens;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collections;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = WebhookKeysResource.class, scope = TestResourceScope.GLOBAL)
class EligibilityResourceTest {

    @Inject
    TestData data;

    @Inject
    MutableClock clock;

    @Test
    void suppressedAddressesAreBlockedWithTheirReasonWhateverTheirCase() {
        String bounced = Messages.uniqueAddress("bounced");
        Api.upload(Messages.hardBounce(bounced, null)).statusCode(201);
        String fine = Messages.uniqueAddress("fine");

        check("[\"" + fine + "\", \" " + bounced.toUpperCase() + "\", \"nonsense\"]").statusCode(200)
                .body("checked", equalTo(3))
                .body("blockedCount", equalTo(2))
                .body("blocked.find { it.normalisedAddress == '" + bounced + "' }.category", equalTo("hard-bounce"))
                .body("blocked.find { it.normalisedAddress == '" + bounced + "' }.reason", equalTo("userunknown"))
                .body("blocked.find { it.address == 'nonsense' }.category", equalTo("invalid-address"));
    }

    @Test
    void anUnbouncedAddressIsEligibleAgainAtOnce() {
        clock.set(Instant.parse("2028-01-15T10:00:00Z"));
        data.accountSettings("UTC", "mail.acme.example");
        String address = Messages.uniqueAddress("back");
        given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_WRITE))
                .contentType("application/json")
                .body("{\"addresses\": [\"" + address + "\"], \"note\": \"n\"}")
                .when().post("/api/v1/suppressions").then().statusCode(200);
        check("[\"" + address + "\"]").body("blockedCount", equalTo(1));

        given().auth().oauth2(TestTokens.withRoles(Roles.EMAIL_ADMIN))
                .contentType("application/json").body("{\"confirmation\": \"I confirm this address is correct\"}")
                .when().post("/api/v1/suppressions/{address}/unbounce", address)
                .then().statusCode(200);

        check("[\"" + address + "\"]").body("blocked", hasSize(0));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aBatchOfMoreThan10000AddressesIsAFieldViolation() {
        String addresses = Collections.nCopies(10_001, "\"a@example.org\"").stream().collect(Collectors.joining(","));
        check("[" + addresses + "]").statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("addresses"));
        check("[]").statusCode(400).body("violations[0].field", equalTo("addresses"));
    }

    private static ValidatableResponse check(String addressesJson) {
        return given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_READ))
                .contentType("application/json").body("{\"addresses\": " + addressesJson + "}")
                .when().post("/api/v1/eligibility")
                .then();
    }
}
