package io.rekindle.suppression.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rekindle.platform.security.Roles;
import io.rekindle.suppression.support.Api;
import io.rekindle.suppression.support.Messages;
import io.rekindle.suppression.support.TestData;
import io.rekindle.suppression.support.WebhookKeysResource;
import io.rekindle.testkit.RealServersResource;
import io.rekindle.testkit.TestTokens;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = WebhookKeysResource.class, scope = TestResourceScope.GLOBAL)
class SuppressionQueryResourceTest {

    @Inject
    TestData data;

    @Test
    void theListFiltersBySendAndReasonAndPagesWithAClampedSize() {
        String sendId = UUID.randomUUID().toString();
        String first = Messages.uniqueAddress("a");
        String second = Messages.uniqueAddress("b");
        Api.upload(Messages.hardBounce(first, sendId)).statusCode(201);
        Api.upload(Messages.hardBounce(second, sendId)).statusCode(201);

        given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_READ))
                .queryParam("sendId", sendId).queryParam("reason", "userunknown").queryParam("severity", "hard")
                .when().get("/api/v1/suppressions")
                .then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.address", containsInAnyOrder(first, second))
                .body("items.category", everyItem(equalTo("hard-bounce")));

        given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_READ))
                .queryParam("sendId", sendId).queryParam("size", 0).queryParam("page", 1)
                .when().get("/api/v1/suppressions")
                .then().statusCode(200)
                .body("size", equalTo(1)).body("page", equalTo(1)).body("items", hasSize(1));
        given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_READ))
                .queryParam("size", 5000)
                .when().get("/api/v1/suppressions")
                .then().statusCode(200).body("size", equalTo(100));
    }

    @Test
    void unknownFilterValuesAreFieldViolations() {
        given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_READ))
                .queryParam("category", "sad").queryParam("severity", "medium").queryParam("since", "yesterday")
                .when().get("/api/v1/suppressions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("category", "severity", "since"));
    }

    @Test
    void theHistoryShowsEveryVerdictForTheAddressOldestFirst() {
        String address = Messages.uniqueAddress("history");
        Api.upload(Messages.mailboxFull(address)).statusCode(201);
        Api.upload(Messages.blockedBySpamhaus(address)).statusCode(201);
        Api.upload(Messages.hardBounce(address, "send-7")).statusCode(201);

        given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_READ))
                .when().get("/api/v1/suppressions/{address}/history", address.toUpperCase())
                .then().statusCode(200)
                .body("address", equalTo(address))
                .body("suppression.category", equalTo("hard-bounce"))
                .body("entries.reason", org.hamcrest.Matchers.contains("mailboxfull", "blocked", "userunknown"))
                .body("entries[2].enhancedStatus", equalTo("5.1.1"))
                .body("entries[2].sendId", equalTo("send-7"));

        given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_READ))
                .when().get("/api/v1/suppressions/{address}/history", Messages.uniqueAddress("unknown"))
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theCsvExportListsTheSuppressedAddressesWithTheirReasons() {
        String sendId = UUID.randomUUID().toString();
        String address = Messages.uniqueAddress("csv");
        Api.upload(Messages.hardBounce(address, sendId)).statusCode(201);

        String csv = given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_READ))
                .queryParam("sendId", sendId)
                .when().get("/api/v1/suppressions/export")
                .then().statusCode(200)
                .contentType("text/csv")
                .extract().asString();

        assertThat(csv.split("\r\n")).containsExactly(
                "address,category,reason,severity,global,send_id,suppressed_at,source,note",
                csv.split("\r\n")[1]);
        assertThat(csv.split("\r\n")[1]).startsWith(address + ",hard-bounce,userunknown,hard,false," + sendId + ",");
    }

    @Test
    void aNoteThatLooksLikeAFormulaIsExportedAsText() {
        String address = Messages.uniqueAddress("formula");
        given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_WRITE))
                .contentType("application/json")
                .body("{\"addresses\": [\"" + address + "\"], \"note\": \"=HYPERLINK(\\\"x\\\", \\\"y\\\")\"}")
                .when().post("/api/v1/suppressions")
                .then().statusCode(200);

        String csv = given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_READ))
                .queryParam("category", "manual")
                .when().get("/api/v1/suppressions/export")
                .then().statusCode(200).extract().asString();
        assertThat(csv).contains(address + ",manual,,n/a,false,,").contains("\"'=HYPERLINK(\"\"x\"\", \"\"y\"\")\"");
    }

    @Test
    void aManualSuppressionWithAnInvalidAddressIsRefusedWholeWithFieldViolations() {
        String valid = Messages.uniqueAddress("valid");
        given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_WRITE))
                .contentType("application/json")
                .body("{\"addresses\": [\"" + valid + "\", \"not an address\"], \"note\": \"\"}")
                .when().post("/api/v1/suppressions")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("note"));
        given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_WRITE))
                .contentType("application/json")
                .body("{\"addresses\": [\"" + valid + "\", \"not an address\"], \"note\": \"n\"}")
                .when().post("/api/v1/suppressions")
                .then().statusCode(400)
                .body("violations.field", containsInAnyOrder("addresses[1]"));

        assertThat(data.suppressed(valid)).isFalse();
    }

    @Test
    void onlyAnEmailAdminMayAddToTheGlobalList() {
        String address = Messages.uniqueAddress("notglobal");
        given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_WRITE))
                .contentType("application/json")
                .body("{\"addresses\": [\"" + address + "\"], \"note\": \"n\", \"global\": true}")
                .when().post("/api/v1/suppressions")
                .then().statusCode(403).contentType("application/problem+json");
        assertThat(data.suppressed(address)).isFalse();
    }

    @Test
    void anAccountSuppressionLoadedIntoTheGlobalListBecomesGlobal() {
        String address = Messages.uniqueAddress("promoted");
        Api.upload(Messages.hardBounce(address, null)).statusCode(201);

        given().auth().oauth2(TestTokens.withRoles(Roles.EMAIL_ADMIN))
                .contentType("application/json")
                .body("{\"addresses\": [\"" + address + "\"], \"note\": \"operator list\", \"global\": true}")
                .when().post("/api/v1/suppressions")
                .then().statusCode(200).body("madeGlobal", equalTo(1));
        Api.suppression(address).statusCode(200).body("global", equalTo(true)).body("category", equalTo("hard-bounce"));
    }
}
