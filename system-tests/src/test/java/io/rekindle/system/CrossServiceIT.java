package io.rekindle.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Flows that cross services, on the packaged services running as separate processes. */
class CrossServiceIT {

    private static RunningSuite suite;

    @BeforeAll
    static void startSuite() {
        suite = new RunningSuite().startAll();
    }

    @AfterAll
    static void stopSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void aContactCreatedThroughTheApiIsCountedBySegmentServiceWithinSeconds() {
        String domain = uniqueDomain();
        createContact("ada" + domain);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(countEndingWith(domain)).isEqualTo(1));
    }

    @Test
    void accountSettingsChangedInContactServiceReachTheOtherThreeServices() {
        String name = "Acme " + UUID.randomUUID();
        given().auth().oauth2(suite.token("email-admin"))
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "timeZone", "Europe/Copenhagen",
                        "verifiedSendingDomains", List.of("mail.acme.example"),
                        "resubscriptionThroughFormsEnabled", true))
                .when().put(suite.url("contact-service") + "/api/v1/account")
                .then().statusCode(200);

        for (String schema : List.of("segment", "campaign", "suppression")) {
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                    assertThat(query("select name from " + schema + ".account_settings_replica")).contains(name));
        }
    }

    @Test
    void eventsCommittedBeforeACrashArePublishedAfterTheRestartAndARepublishedEventHasNoSecondEffect() throws Exception {
        // contact-service with its relay off: committed events wait in the outbox, nothing reaches Kafka.
        suite.crashAndRestart("contact-service", Map.of("REKINDLE_OUTBOX_RELAY_ENABLED", "false"));
        String domain = uniqueDomain();
        List<String> ids = IntStream.range(0, 5).mapToObj(i -> createContact("c" + i + domain)).toList();
        assertThat(unpublished(ids)).isEqualTo(5);
        assertThat(countEndingWith(domain)).isZero();

        // The process dies with its outbox full, and comes back with the relay on.
        suite.crashAndRestart("contact-service", Map.of());
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(countEndingWith(domain)).isEqualTo(5));
        assertThat(unpublished(ids)).isZero();

        // The relay crashed after Kafka took the records and before it marked them: they go out again,
        // with the same event ids, and segment-service recognises every one as a duplicate.
        double duplicatesBefore = duplicatesSkippedBySegmentService();
        execute("update contact.outbox_event set published_at = null where aggregate_id = any (?)", ids);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                assertThat(duplicatesSkippedBySegmentService() - duplicatesBefore).isEqualTo(5));
        assertThat(countEndingWith(domain)).isEqualTo(5);
        assertThat(query("select count(*) from segment.contact_profile where email like '%" + domain + "'"))
                .containsExactly("5");
    }

    @Test
    void everyServiceIsReadyAndServesItsOpenApiSwaggerUiAndMetricsWithoutAToken() {
        for (String service : RunningSuite.SERVICES) {
            String url = suite.url(service);
            given().when().get(url + "/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            given().when().get(url + "/q/openapi").then().statusCode(200);
            given().when().get(url + "/q/swagger-ui/").then().statusCode(200);
            given().when().get(url + "/q/metrics").then().statusCode(200);
        }
    }

    @Test
    void theApiRefusesRequestsWithoutATokenAsProblemJson() {
        given().contentType(ContentType.JSON).body("{\"criteria\": {\"type\": \"and\", \"criteria\": []}}")
                .when().post(suite.url("segment-service") + "/api/v1/segments/preview")
                .then().statusCode(401).contentType("application/problem+json");
        given().when().get(suite.url("contact-service") + "/api/v1/account")
                .then().statusCode(401).contentType("application/problem+json");
    }

    private static String uniqueDomain() {
        return "@" + UUID.randomUUID().toString().substring(0, 8) + ".example";
    }

    private static String createContact(String email) {
        String location = given().auth().oauth2(suite.token("marketing-write"))
                .contentType(ContentType.JSON).body(Map.of("email", email))
                .when().post(suite.url("contact-service") + "/api/v1/contacts")
                .then().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static long countEndingWith(String domain) {
        return given().auth().oauth2(suite.token("marketing-read"))
                .contentType(ContentType.JSON)
                .body("{\"criteria\": {\"type\": \"property\", \"property\": \"email\", \"operator\": \"endsWith\", "
                        + "\"value\": \"" + domain + "\"}}")
                .when().post(suite.url("segment-service") + "/api/v1/segments/preview")
                .then().statusCode(200).extract().jsonPath().getLong("count");
    }

    private static double duplicatesSkippedBySegmentService() {
        String metrics = given().when().get(suite.url("segment-service") + "/q/metrics").then().statusCode(200)
                .extract().asString();
        Matcher matcher = Pattern.compile(
                "rekindle_events_consumed_total\\{consumer=\"segment-service.contact-projection\",outcome=\"duplicate\"} (\\S+)")
                .matcher(metrics);
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }

    private static long unpublished(List<String> aggregateIds) throws SQLException {
        return Long.parseLong(query("select count(*) from contact.outbox_event where published_at is null "
                + "and aggregate_id in ('" + String.join("','", aggregateIds) + "')").get(0));
    }

    private static List<String> query(String sql) throws SQLException {
        try (Connection connection = suite.database();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            List<String> values = new java.util.ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private static void execute(String sql, List<String> ids) throws SQLException {
        try (Connection connection = suite.database();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("varchar", ids.toArray()));
            statement.executeUpdate();
        }
    }
}
