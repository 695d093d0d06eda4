package io.rekindle.campaign.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rekindle.campaign.testing.ContactFeed;
import io.rekindle.platform.security.Roles;
import io.rekindle.testkit.RealServersResource;
import io.rekindle.testkit.TestTokens;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Templates are checked when saved and previewed for a contact of the contact copy or for sample values. */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL)
class TemplateResourceTest {

    private static final String WRITER = TestTokens.withRoles(Roles.MARKETING_READ, Roles.MARKETING_WRITE);
    private static final String READER = TestTokens.withRoles(Roles.MARKETING_READ);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    private static Map<String, Object> permissionPass() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Permission pass " + UUID.randomUUID());
        body.put("kind", "PERMISSION_PASS");
        body.put("fromName", "Marissa from Acme");
        body.put("fromAddress", "marissa@mail.acme.example");
        body.put("replyTo", "hello@acme.example");
        body.put("subject", "{{ first_name | default: \"Hi there\" }}, still with us?");
        body.put("preheader", "One click keeps you on the list");
        body.put("htmlBody", "<p>Hi {{ first_name | default: \"there\" }} {{ last_name }},</p>\n"
                + "<p><a href=\"{{ confirm_url }}\">Yes, keep me subscribed</a></p>\n"
                + "<p><a href=\"{{ unsubscribe_url }}\">Unsubscribe</a> <a href=\"{{ preferences_url }}\">Preferences</a></p>");
        body.put("textBody", "Hi {{ first_name | default: \"there\" }},\nKeep me: {{ confirm_url }}\n"
                + "Unsubscribe: {{ unsubscribe_url }} ({{ email }})");
        return body;
    }

    private static String create(Map<String, Object> body) {
        return given().auth().oauth2(WRITER).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/templates")
                .then().statusCode(201)
                .extract().path("id");
    }

    @Test
    void aValidTemplateIsCreatedWithItsLocationAndCanBeReadBack() {
        Map<String, Object> body = permissionPass();
        String id = given().auth().oauth2(WRITER).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/templates")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/templates/" + given().auth().oauth2(READER)
                        .get("/api/v1/templates?size=1").then().extract().path("items[0].id")))
                .body("kind", equalTo("PERMISSION_PASS"))
                .extract().path("id");

        given().auth().oauth2(READER).when().get("/api/v1/templates/" + id)
                .then().statusCode(200)
                .body("name", equalTo(body.get("name")))
                .body("fromName", equalTo("Marissa from Acme"))
                .body("subject", equalTo(body.get("subject")));
    }

    @Test
    void anUnknownTagIsRefusedAtSaveTimeWithItsFieldAndPosition() {
        Map<String, Object> body = permissionPass();
        body.put("htmlBody", "<p>Hi {{ frist_name }}</p>\n<a href=\"{{ confirm_url }}\">Keep</a>"
                + "<a href=\"{{ unsubscribe_url }}\">Unsubscribe</a>");
        body.put("subject", "Hello {{ first_name");

        given().auth().oauth2(WRITER).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/templates")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations", hasSize(2))
                .body("violations.field", hasItem("htmlBody"))
                .body("violations.find { it.field == 'htmlBody' }.message",
                        startsWith("line 1, column 7: unknown tag 'frist_name'"))
                .body("violations.find { it.field == 'subject' }.message",
                        equalTo("line 1, column 7: '{{' is never closed with '}}'"));
    }

    @Test
    void aPermissionPassTemplateWithoutTheConfirmLinkOrAnyTemplateWithoutUnsubscribeIsRefused() {
        Map<String, Object> noConfirm = permissionPass();
        noConfirm.put("textBody", "Unsubscribe: {{ unsubscribe_url }}");
        given().auth().oauth2(WRITER).contentType(ContentType.JSON).body(noConfirm)
                .when().post("/api/v1/templates")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("textBody"))
                .body("violations[0].message", containsString("{{ confirm_url }}"));

        Map<String, Object> noUnsubscribe = permissionPass();
        noUnsubscribe.put("kind", "REGULAR");
        noUnsubscribe.put("htmlBody", "<p>Big sale</p>");
        given().auth().oauth2(WRITER).contentType(ContentType.JSON).body(noUnsubscribe)
                .when().post("/api/v1/templates")
                .then().statusCode(400)
                .body("violations[0].field", equalTo("htmlBody"))
                .body("violations[0].message", containsString("{{ unsubscribe_url }}"));
    }

    @Test
    void missingFieldsAndABadAddressAreReportedPerField() {
        Map<String, Object> body = permissionPass();
        body.remove("subject");
        body.put("replyTo", "not an address");
        given().auth().oauth2(WRITER).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/templates")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(endsWith("subject")))
                .body("violations.field", hasItem(endsWith("replyTo")));
    }

    @Test
    void anUpdateIsCheckedLikeACreate() {
        String id = create(permissionPass());
        Map<String, Object> broken = permissionPass();
        broken.put("subject", "Hi {{ nickname }}");
        given().auth().oauth2(WRITER).contentType(ContentType.JSON).body(broken)
                .when().put("/api/v1/templates/" + id)
                .then().statusCode(400)
                .body("violations[0].field", equalTo("subject"));

        Map<String, Object> renamed = permissionPass();
        renamed.put("name", "Renamed");
        given().auth().oauth2(WRITER).contentType(ContentType.JSON).body(renamed)
                .when().put("/api/v1/templates/" + id)
                .then().statusCode(200)
                .body("name", equalTo("Renamed"));
    }

    @Test
    void thePreviewRendersForAContactOfTheContactCopyWithFallbacksAndEscaping() {
        ContactFeed feed = new ContactFeed(bootstrapServers, entityManager);
        UUID named = feed.contact("ada@preview.example", "Ada <b>", "Lovelace");
        UUID nameless = feed.contact("anon@preview.example", null, null);
        feed.publishAndAwait();
        String id = create(permissionPass());

        given().auth().oauth2(READER).contentType(ContentType.JSON).body(Map.of("contactId", named.toString()))
                .when().post("/api/v1/templates/" + id + "/preview")
                .then().statusCode(200)
                .body("subject", equalTo("Ada <b>, still with us?"))
                .body("htmlBody", startsWith("<p>Hi Ada &lt;b&gt; Lovelace,</p>"))
                .body("htmlBody", containsString("href=\"http://localhost:8083/t/confirm/preview\""))
                .body("textBody", containsString("(ada@preview.example)"))
                .body("fromName", equalTo("Marissa from Acme"));

        given().auth().oauth2(READER).contentType(ContentType.JSON).body(Map.of("contactId", nameless.toString()))
                .when().post("/api/v1/templates/" + id + "/preview")
                .then().statusCode(200)
                .body("subject", equalTo("Hi there, still with us?"))
                .body("htmlBody", startsWith("<p>Hi there ,</p>"))
                .body("textBody", startsWith("Hi there,\n"));
    }

    @Test
    void thePreviewRendersSampleValuesAndRefusesAnUnknownContact() {
        String id = create(permissionPass());
        given().auth().oauth2(READER).contentType(ContentType.JSON)
                .body(Map.of("sample", Map.of("firstName", "Grace", "email", "grace@example.com")))
                .when().post("/api/v1/templates/" + id + "/preview")
                .then().statusCode(200)
                .body("subject", equalTo("Grace, still with us?"))
                .body("textBody", containsString("(grace@example.com)"));

        given().auth().oauth2(READER).contentType(ContentType.JSON).body(Map.of("contactId", UUID.randomUUID().toString()))
                .when().post("/api/v1/templates/" + id + "/preview")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void readersCannotWriteAndAnonymousCallersAreRefused() {
        given().auth().oauth2(READER).contentType(ContentType.JSON).body(permissionPass())
                .when().post("/api/v1/templates")
                .then().statusCode(403);
        given().when().get("/api/v1/templates")
                .then().statusCode(401)
                .body("title", not(equalTo(null)));
    }

    @Test
    void aDeletedTemplateIsGone() {
        String id = create(permissionPass());
        given().auth().oauth2(WRITER).when().delete("/api/v1/templates/" + id).then().statusCode(204);
        given().auth().oauth2(READER).when().get("/api/v1/templates/" + id).then().statusCode(404);
    }
}
