package io.rekindle.contact.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rekindle.platform.security.Roles;
import io.rekindle.testkit.RealServersResource;
import io.rekindle.testkit.TestTokens;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL)
class WorkflowCommandTest {

    private static final String DEFAULT_TYPE = "00000000-0000-4000-8000-000000000001";

    @Test
    void aProgramUnsubscribesItsNonConfirmersOnceWithWorkflowConsentRecordsEvenWhenRetried() {
        String first = ContactFixtures.create("nc1-" + UUID.randomUUID() + "@example.com");
        String second = ContactFixtures.create("nc2-" + UUID.randomUUID() + "@example.com");
        String missing = UUID.randomUUID().toString();
        Map<String, Object> command = Map.of("commandId", "program-1/" + UUID.randomUUID(), "requestedBy", "program:p1",
                "subscriptionTypeId", DEFAULT_TYPE, "channel", "EMAIL", "contactIds", List.of(first, second, missing),
                "reason", "did not confirm within 7 days");

        send(command).then().statusCode(200)
                .body("unsubscribed", contains(first, second))
                .body("unknown", contains(missing))
                .body("replayed", equalTo(false));
        send(command).then().statusCode(200)
                .body("unsubscribed", contains(first, second))
                .body("replayed", equalTo(true));

        given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_READ))
                .when().get("/api/v1/contacts/" + first + "/consent-records")
                .then().body("", hasSize(1))
                .body("[0].source", equalTo("WORKFLOW"))
                .body("[0].recordedBy", equalTo("program:p1"))
                .body("[0].evidence.reason", equalTo("did not confirm within 7 days"));
    }

    @Test
    void aCommandWithoutIdOrContactsIsRefusedFieldByField() {
        send(Map.of("requestedBy", "program:p1", "subscriptionTypeId", DEFAULT_TYPE, "channel", "EMAIL",
                "contactIds", List.of()))
                .then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("commandId", "contactIds"));
    }

    private static io.restassured.response.Response send(Map<String, Object> command) {
        return given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_WRITE)).contentType(ContentType.JSON)
                .body(command).when().post("/api/v1/subscription-commands/unsubscribe-batch");
    }
}
