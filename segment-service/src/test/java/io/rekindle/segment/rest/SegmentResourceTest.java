package io.rekindle.segment.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rekindle.platform.security.Roles;
import io.rekindle.segment.testing.EventFeed;
import io.rekindle.testkit.RealServersResource;
import io.rekindle.testkit.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL)
class SegmentResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    @Test
    void aStaticSegmentKeepsItsMembersWhileAnActiveOneFollowsTheEvents() {
        String domain = "@" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        EventFeed feed = new EventFeed(bootstrapServers, entityManager);
        UUID erased = feed.contact("a" + domain, Instant.now());
        feed.contact("b" + domain, Instant.now());
        feed.publishAndAwait();
        String criteria = "{\"type\": \"property\", \"property\": \"email\", \"operator\": \"endsWith\", \"value\": \""
                + domain + "\"}";

        String active = create("Active " + domain, "ACTIVE", criteria);
        String frozen = create("Static " + domain, "STATIC", criteria);
        feed.contact("c" + domain, Instant.now());
        feed.publishAndAwait();

        assertThat(count(active)).isEqualTo(3);
        assertThat(count(frozen)).isEqualTo(2);
        writer().get("/api/v1/segments/" + frozen).then().statusCode(200)
                .body("kind", equalTo("STATIC")).body("criteria.value", equalTo(domain));

        feed.erase(erased, Instant.now());
        feed.publishAndAwait();
        assertThat(count(frozen)).as("an erased contact leaves a static segment too").isEqualTo(1);

        writer().contentType(ContentType.JSON)
                .body("{\"name\": \"Renamed\", \"criteria\": " + criteria + "}")
                .put("/api/v1/segments/" + frozen).then().statusCode(200).body("name", equalTo("Renamed"));
        assertThat(count(frozen)).as("same criteria: the snapshot stays").isEqualTo(1);
        writer().contentType(ContentType.JSON)
                .body("{\"name\": \"Renamed\", \"criteria\": {\"type\": \"and\", \"criteria\": [" + criteria + "]}}")
                .put("/api/v1/segments/" + frozen).then().statusCode(200);
        assertThat(count(frozen)).as("new criteria: members taken again").isEqualTo(2);

        writer().delete("/api/v1/segments/" + frozen).then().statusCode(204);
        writer().get("/api/v1/segments/" + frozen).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void membersArePagedAndExportedAsCsv() {
        String domain = "@" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        EventFeed feed = new EventFeed(bootstrapServers, entityManager);
        for (String name : new String[] {"ann", "bob", "cid", "dan", "eve"}) {
            feed.contact(name + domain, Instant.now());
        }
        feed.contact("o'neil,\"quoted\"" + domain, Instant.now());
        feed.publishAndAwait();
        String segment = create("Paged", "ACTIVE", "{\"type\": \"property\", \"property\": \"email\","
                + " \"operator\": \"endsWith\", \"value\": \"" + domain + "\"}");

        writer().queryParams(Map.of("page", 1, "size", 2)).get("/api/v1/segments/" + segment + "/members")
                .then().statusCode(200)
                .body("total", equalTo(6)).body("page", equalTo(1)).body("size", equalTo(2))
                .body("items.email", contains("cid" + domain, "dan" + domain));
        writer().queryParam("size", 1000).get("/api/v1/segments/" + segment + "/members")
                .then().statusCode(200).body("size", equalTo(100)).body("items.size()", equalTo(6));
        writer().queryParam("page", -1).get("/api/v1/segments/" + segment + "/members")
                .then().statusCode(400).body("violations[0].field", equalTo("page"));

        String csv = writer().get("/api/v1/segments/" + segment + "/members.csv")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        assertThat(csv).startsWith("contact_id,email,first_name,last_name,phone\r\n");
        assertThat(csv.split("\r\n")).hasSize(7);
        assertThat(csv).contains(",\"o'neil,\"\"quoted\"\"" + domain + "\",");
    }

    @Test
    void anInvalidSegmentIsAProblemWithFieldPaths() {
        writer().contentType(ContentType.JSON)
                .body("{\"name\": \" \", \"kind\": \"STATIC\", \"criteria\": {\"type\": \"placedOrder\","
                        + " \"count\": {\"operator\": \"atLeast\"}}}")
                .post("/api/v1/segments").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", containsInAnyOrder("name", "criteria.count.value"));
        given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_READ)).contentType(ContentType.JSON)
                .body("{\"name\": \"x\", \"kind\": \"ACTIVE\", \"criteria\": {\"type\": \"and\", \"criteria\": []}}")
                .post("/api/v1/segments").then().statusCode(403);
    }

    @Test
    void presetsReturnCriteriaTheFiltersAccept() {
        UUID campaign = UUID.randomUUID();
        String r5 = writer().queryParam("campaignId", campaign).get("/api/v1/segments/presets/hubspot-unengaged")
                .then().statusCode(200).body("type", equalTo("and"))
                .body("criteria[1].criteria[0].period.amount", equalTo(52))
                .extract().asString();
        String k3 = writer().queryParams(Map.of("purchasers", false, "receivedOperator", "lessThan"))
                .get("/api/v1/segments/presets/klaviyo-unengaged")
                .then().statusCode(200).body("criteria[2].count.operator", equalTo("lessThan"))
                .body("criteria[3].count.value", equalTo(0)).extract().asString();
        String r8 = writer().queryParam("campaignId", campaign).get("/api/v1/segments/presets/permission-pass-non-confirmers")
                .then().statusCode(200).extract().asString();
        String m3 = writer().get("/api/v1/segments/presets/mailchimp-inactive")
                .then().statusCode(200).body("quantifier", equalTo("none")).body("last", equalTo(5)).extract().asString();
        for (String criteria : new String[] {r5, k3, r8, m3}) {
            writer().contentType(ContentType.JSON).body("{\"criteria\": " + criteria + "}")
                    .post("/api/v1/segments/preview").then().statusCode(200);
        }
        writer().get("/api/v1/segments/presets/permission-pass-confirmers").then().statusCode(400)
                .body("violations[0].field", equalTo("campaignId"));
        writer().queryParams(Map.of("channel", "SMS", "activity", "opened")).get("/api/v1/segments/presets/mailchimp-inactive")
                .then().statusCode(400).body("violations[0].field", equalTo("activity"));
    }

    private String create(String name, String kind, String criteria) {
        return writer().contentType(ContentType.JSON)
                .body("{\"name\": \"" + name + "\", \"kind\": \"" + kind + "\", \"criteria\": " + criteria + "}")
                .post("/api/v1/segments").then().statusCode(201).extract().jsonPath().getString("id");
    }

    private long count(String segment) {
        return writer().get("/api/v1/segments/" + segment + "/count").then().statusCode(200)
                .extract().jsonPath().getLong("count");
    }

    private static RequestSpecification writer() {
        return given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_WRITE));
    }
}
