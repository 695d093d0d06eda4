package io.rekindle.contact.rest;

import static io.rekindle.contact.rest.ImportFixtures.OWN_FORMS_UPSERT;
import static io.rekindle.contact.rest.ImportFixtures.awaitCompleted;
import static io.rekindle.contact.rest.ImportFixtures.reader;
import static io.rekindle.contact.rest.ImportFixtures.upload;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rekindle.testkit.RealServersResource;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL)
class ExportResourceTest {

    @Test
    void theExportContainsWhatWasImportedWithSubscriptionStatusPerTypeAndChannel() {
        String run = UUID.randomUUID().toString();
        String importId = upload("email,first_name,last_name,email_subscription\n"
                + "exp1-" + run + "@example.com,\"Smith, Jr.\",Doe,SUBSCRIBED\n"
                + "exp2-" + run + "@example.com,Eve,,\n", OWN_FORMS_UPSERT).statusCode(202).extract().path("id");
        awaitCompleted(importId);

        String csv = reader().when().get("/api/v1/contacts/export").then().statusCode(200)
                .contentType("text/csv").extract().asString();
        List<String> lines = Arrays.asList(csv.split("\r\n"));
        assertThat(lines.get(0)).startsWith("contact_id,email,first_name,last_name,phone,archived,created_at,")
                .contains("Marketing Information (EMAIL),Marketing Information (SMS)");
        int emailColumn = Arrays.asList(lines.get(0).split(",")).indexOf("Marketing Information (EMAIL)");
        String first = lines.stream().filter(l -> l.contains("exp1-" + run)).findFirst().orElseThrow();
        assertThat(first).contains(",exp1-" + run + "@example.com,\"Smith, Jr.\",Doe,,false,");
        assertThat(first.replace("\"Smith, Jr.\"", "SmithJr").split(",")[emailColumn]).isEqualTo("SUBSCRIBED");
        String second = lines.stream().filter(l -> l.contains("exp2-" + run)).findFirst().orElseThrow();
        assertThat(second.split(",")[emailColumn]).isEqualTo("NOT_SPECIFIED");
    }

    @Test
    void anExportImportedBackAsAnOptOutListUnsubscribesThoseContacts() {
        String run = UUID.randomUUID().toString();
        String contactId = ContactFixtures.create("roundtrip-" + run + "@example.com");
        ImportFixtures.subscribe(contactId);
        String export = reader().queryParam("archived", false).when().get("/api/v1/contacts/export").then()
                .statusCode(200).extract().asString();
        String header = export.substring(0, export.indexOf("\r\n"));
        String line = Arrays.stream(export.split("\r\n")).filter(l -> l.contains("roundtrip-" + run)).findFirst().orElseThrow();

        String importId = upload(header + "\r\n" + line + "\r\n", "{\"mode\": \"OPT_OUT\"}").statusCode(202)
                .extract().path("id");
        assertThat(awaitCompleted(importId)).containsEntry("unsubscribed", 1);
        reader().when().get("/api/v1/contacts/" + contactId + "/consent-records").then()
                .body("[1].source", org.hamcrest.Matchers.equalTo("IMPORT"));
    }
}
