package io.rekindle.contact.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rekindle.events.EventCodec;
import io.rekindle.events.EventEnvelope;
import io.rekindle.events.Topics;
import io.rekindle.events.contact.ContactCreated;
import io.rekindle.platform.security.Roles;
import io.rekindle.testkit.RealServersResource;
import io.rekindle.testkit.TestTokens;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL)
class ContactResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void creatingAContactStoresItAndPublishesContactCreatedKeyedByContactId() {
        String location = given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_WRITE))
                .contentType(ContentType.JSON)
                .body("""
                        {"email": " Grace.Hopper@Example.com ", "firstName": "Grace", "phone": "+4512345678"}
                        """)
                .when().post("/api/v1/contacts")
                .then().statusCode(201)
                .header("Location", not(emptyOrNullString()))
                .body("email", equalTo("grace.hopper@example.com"))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_READ))
                .when().get(location)
                .then().statusCode(200).body("firstName", equalTo("Grace")).body("phone", equalTo("+4512345678"));

        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers)) {
            ConsumerRecord<String, String> record = kafka.consumeStrings()
                    .fromTopics(Topics.CONTACTS, r -> r.select().where(rec -> id.equals(rec.key())))
                    .awaitNextRecord(Duration.ofSeconds(15))
                    .getLastRecord();
            EventEnvelope envelope = new EventCodec().read(record.value());
            assertThat(envelope.type()).isEqualTo("io.rekindle.contact.ContactCreated.v1");
            assertThat(envelope.subject()).isEqualTo(id);
            assertThat(envelope.source()).isEqualTo("/rekindle/contact-service");
            assertThat(new String(record.headers().lastHeader("content-type").value()))
                    .startsWith("application/cloudevents+json");
            ContactCreated payload = new EventCodec().payload(envelope, ContactCreated.TYPE);
            assertThat(payload.email()).isEqualTo("grace.hopper@example.com");
            assertThat(payload.contactId()).isEqualTo(UUID.fromString(id));
        }
    }

    @Test
    void aSecondContactWithTheSameEmailInAnotherCaseIsAConflict() {
        String token = TestTokens.withRoles(Roles.MARKETING_WRITE);
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"email\":\"dup@example.com\"}")
                .when().post("/api/v1/contacts").then().statusCode(201);

        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"email\":\"DUP@example.com\"}")
                .when().post("/api/v1/contacts")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("title", equalTo("Conflict"));
    }

    @Test
    void invalidFieldsComeBackAsProblemJsonWithOneViolationPerFieldAndNothingIsStored() {
        given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_WRITE))
                .contentType(ContentType.JSON)
                .body("{\"email\": \"\", \"phone\": \"12345\"}")
                .when().post("/api/v1/contacts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", containsInAnyOrder("email", "phone"))
                .body("detail", equalTo("2 fields are not valid"));
    }

    @Test
    void anAddressThatCannotBeDeliveredIsAFieldViolation() {
        given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_WRITE))
                .contentType(ContentType.JSON)
                .body("{\"email\": \"not-an-address\"}")
                .when().post("/api/v1/contacts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("email"));
    }

    @Test
    void malformedJsonIsAProblemWithoutInternals() {
        given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_WRITE))
                .contentType(ContentType.JSON)
                .body("{\"email\": ")
                .when().post("/api/v1/contacts")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Malformed request body"))
                .body(not(org.hamcrest.Matchers.containsString("jackson")));
    }

    @Test
    void withoutATokenTheApiAnswers401AsProblemJson() {
        given().contentType(ContentType.JSON).body("{\"email\":\"x@example.com\"}")
                .when().post("/api/v1/contacts")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    void aForgedTokenIsRefusedWith401() {
        String forged = io.rekindle.testkit.JwtKeys.generate()
                .token("mallory", Duration.ofMinutes(5), Roles.MARKETING_WRITE);
        given().auth().oauth2(forged).contentType(ContentType.JSON).body("{\"email\":\"x@example.com\"}")
                .when().post("/api/v1/contacts")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void aTokenWithoutTheWriteRoleGets403AsProblemJson() {
        given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_READ))
                .contentType(ContentType.JSON).body("{\"email\":\"x@example.com\"}")
                .when().post("/api/v1/contacts")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("title", equalTo("Forbidden"));
    }

    @Test
    void anUnknownContactIs404ProblemJson() {
        given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_READ))
                .when().get("/api/v1/contacts/" + UUID.randomUUID())
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("instance", startsWith("/api/v1/contacts/"))
                .body("detail", endsWith("does not exist"));
    }

    @Test
    void theOpenApiDocumentAndHealthArePublicWhileTheApiIsNot() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/contacts"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
