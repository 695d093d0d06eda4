package io.rekindle.segment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rekindle.platform.security.Roles;
import io.rekindle.testkit.RealServersResource;
import io.rekindle.testkit.TestTokens;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL)
class SegmentPreviewResourceTest {

    @Test
    void aFilterMissingItsValueIsReportedOnThatFieldOfTheNestedCriterion() {
        given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_READ))
                .contentType(ContentType.JSON)
                .body("""
                        {"criteria": {"type": "and", "criteria": [
                            {"type": "property", "property": "email", "operator": "isKnown"},
                            {"type": "property", "property": "firstName", "operator": "equals"},
                            {"type": "property", "operator": "equals", "value": "x"}]}}
                        """)
                .when().post("/api/v1/segments/preview")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("criteria.criteria[1].value", "criteria.criteria[2].property"));
    }

    @Test
    void anUnknownOperatorIsAFieldViolationNotAServerError() {
        given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_READ))
                .contentType(ContentType.JSON)
                .body("{\"criteria\": {\"type\": \"property\", \"property\": \"email\", \"operator\": \"sounds-like\", \"value\": \"x\"}}")
                .when().post("/api/v1/segments/preview")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("criteria.operator"));
    }

    @Test
    void engagementFiltersReportEachInvalidFieldWithItsPath() {
        given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_READ))
                .contentType(ContentType.JSON)
                .body("""
                        {"criteria": {"type": "or", "criteria": [
                            {"type": "emailActivity", "activity": "opened", "count": {"operator": "atLeast", "value": -1}},
                            {"type": "lastEngagement", "activity": "emailOpened", "operator": "moreThanAgo"},
                            {"type": "not", "criterion": {"type": "emailActivity", "activity": "received", "linkId": "cta",
                                "within": {"amount": 0, "unit": "days"}}},
                            {"type": "lastMessages", "channel": "SMS", "activity": "opened", "quantifier": "none", "last": 500}]}}
                        """)
                .when().post("/api/v1/segments/preview")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("criteria.criteria[0].count.value",
                        "criteria.criteria[1].period", "criteria.criteria[2].criterion.linkId",
                        "criteria.criteria[2].criterion.within.amount", "criteria.criteria[3].activity",
                        "criteria.criteria[3].last"));
    }

    @Test
    void anUnknownFilterTypeIsAFieldViolation() {
        given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_READ))
                .contentType(ContentType.JSON)
                .body("{\"criteria\": {\"type\": \"and\", \"criteria\": [{\"type\": \"openedRecently\"}]}}")
                .when().post("/api/v1/segments/preview")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("criteria.criteria[0]"));
    }

    @Test
    void theOpenApiDocumentDescribesEveryFilterWithAnExample() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("components.schemas.EmailActivityFilter.examples[0].type", equalTo("emailActivity"))
                .body("components.schemas.LastEngagementFilter.examples[0].period.amount", equalTo(52))
                .body("components.schemas.EmailActivity.enum", hasItem("received"))
                .body("components.schemas.Criterion.oneOf.size()", equalTo(13));
    }

    @Test
    void previewNeedsAToken() {
        given().contentType(ContentType.JSON).body("{\"criteria\": {\"type\": \"and\", \"criteria\": []}}")
                .when().post("/api/v1/segments/preview")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
