package io.rekindle.segment.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

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
    void previewNeedsAToken() {
        given().contentType(ContentType.JSON).body("{\"criteria\": {\"type\": \"and\", \"criteria\": []}}")
                .when().post("/api/v1/segments/preview")
                .then().statusCode(401).contentType("application/problem+json");
    }
}
