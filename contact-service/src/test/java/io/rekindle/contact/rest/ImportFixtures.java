package io.rekindle.contact.rest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.rekindle.platform.security.Roles;
import io.rekindle.testkit.TestTokens;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** Uploads CSV imports and waits for them, as a client would. */
final class ImportFixtures {

    static final String DEFAULT_TYPE = "00000000-0000-4000-8000-000000000001";
    static final String OWN_FORMS_UPSERT = """
            {"mode": "UPSERT", "consentSource": {"optInMethod": "Newsletter box at checkout",
             "legalBasis": "CONSENT", "listOrigin": "OWN_FORMS"}}""";

    private ImportFixtures() {
    }

    static ValidatableResponse upload(String csv, String optionsJson) {
        return upload(csv, optionsJson, null);
    }

    static ValidatableResponse upload(String csv, String optionsJson, String idempotencyKey) {
        var request = given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_WRITE))
                .multiPart("file", "contacts.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("options", "options.json", optionsJson.getBytes(StandardCharsets.UTF_8), "application/json");
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.when().post("/api/v1/imports").then();
    }

    /** Waits until the import is COMPLETED and returns its view. */
    static Map<String, Object> awaitCompleted(String importId) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                !"QUEUED".equals(status(importId)) && !"RUNNING".equals(status(importId)));
        Map<String, Object> view = reader().when().get("/api/v1/imports/" + importId).then().statusCode(200)
                .extract().jsonPath().getMap("");
        if (!"COMPLETED".equals(view.get("status"))) {
            throw new AssertionError("import " + importId + " ended " + view);
        }
        return view;
    }

    static io.restassured.specification.RequestSpecification reader() {
        return given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_READ));
    }

    static io.restassured.specification.RequestSpecification writer() {
        return given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_WRITE))
                .contentType(io.restassured.http.ContentType.JSON);
    }

    private static String status(String importId) {
        return reader().when().get("/api/v1/imports/" + importId).then().statusCode(200).extract().path("status");
    }

    static void subscribe(String contactId) {
        writer().body(Map.of("status", "SUBSCRIBED", "legalBasis", "CONSENT", "evidence", Map.of("optInMethod", "webshop")))
                .when().put("/api/v1/contacts/" + contactId + "/subscriptions/" + DEFAULT_TYPE + "/EMAIL")
                .then().statusCode(200);
    }
}
