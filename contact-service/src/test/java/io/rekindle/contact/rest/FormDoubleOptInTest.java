package io.rekindle.contact.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.rekindle.platform.security.Roles;
import io.rekindle.testkit.Mailboxes;
import io.rekindle.testkit.RealServersResource;
import io.rekindle.testkit.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Forms and double opt-in, with the confirmation email really delivered to the SMTP server. */
@QuarkusTest
@WithTestResource(value = RealServersResource.class, scope = TestResourceScope.GLOBAL)
class FormDoubleOptInTest {

    private static final String DEFAULT_TYPE = "00000000-0000-4000-8000-000000000001";
    private static final Pattern CONFIRM_LINK = Pattern.compile("https?://\\S+(/public/confirm/\\S+)");

    @ConfigProperty(name = "rekindle.test.imap-port")
    int imapPort;

    @Inject
    EntityManager entityManager;

    @Test
    void theConfirmationEmailIsDeliveredAndItsLinkSubscribesWithADoubleOptInConsentRecord() {
        String formId = createForm("Yes, send me the newsletter.");
        String email = "doi-" + UUID.randomUUID() + "@example.com";

        submit(formId, email, true).then().statusCode(202);

        String link = confirmationLink(email);
        given().when().get(link).then().statusCode(200).body(containsString("method=\"post\""));
        given().when().post(link).then().statusCode(200).body(containsString("Thank you"));

        String contactId = contactIdOf(email);
        reader().when().get("/api/v1/contacts/" + contactId + "/subscriptions").then()
                .body("find { it.subscriptionTypeId == '" + DEFAULT_TYPE + "' && it.channel == 'EMAIL' }.status",
                        equalTo("SUBSCRIBED"))
                .body("find { it.subscriptionTypeId == '" + DEFAULT_TYPE + "' && it.channel == 'EMAIL' }.doubleOptInConfirmedAt",
                        notNullValue());
        reader().when().get("/api/v1/contacts/" + contactId + "/consent-records").then()
                .body("", hasSize(1))
                .body("[0].source", equalTo("FORM"))
                .body("[0].doubleOptIn", equalTo(true))
                .body("[0].evidence.noticeText", equalTo("Yes, send me the newsletter."))
                .body("[0].evidence.formId", equalTo(formId))
                .body("[0].recordedBy", equalTo("form:" + formId));

        given().when().post(link).then().statusCode(200);
        reader().when().get("/api/v1/contacts/" + contactId + "/consent-records").then().body("", hasSize(1));
    }

    @Test
    void anOptedOutContactIsResubscribedThroughAFormOnlyWhileTheAccountAllowsIt() {
        String formId = createForm("Yes, email me again.");
        String email = "resub-" + UUID.randomUUID() + "@example.com";
        String contactId = ContactFixtures.create(email);
        writer().body(Map.of("status", "UNSUBSCRIBED"))
                .when().put("/api/v1/contacts/" + contactId + "/subscriptions/" + DEFAULT_TYPE + "/EMAIL")
                .then().statusCode(200);

        setResubscriptionThroughForms(false);
        submit(formId, email, true).then().statusCode(202);
        assertThat(pendingSubmissions(contactId)).isZero();
        assertThat(Mailboxes.read(imapPort, email)).isEmpty();

        setResubscriptionThroughForms(true);
        submit(formId, email, true).then().statusCode(202);
        given().when().post(confirmationLink(email)).then().statusCode(200);
        reader().when().get("/api/v1/contacts/" + contactId + "/consent-records").then()
                .body("[-1].previousStatus", equalTo("UNSUBSCRIBED"))
                .body("[-1].newStatus", equalTo("SUBSCRIBED"))
                .body("[-1].source", equalTo("FORM"));
    }

    @Test
    void aSubmissionWithoutConsentOrWithABadAddressIsRefusedAndCreatesNothing() {
        String formId = createForm("Yes.");
        String email = "noconsent-" + UUID.randomUUID() + "@example.com";

        submit(formId, email, false).then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("consentGiven"));
        given().contentType(ContentType.JSON).body(Map.of("email", "not an address", "consentGiven", true))
                .when().post("/public/forms/" + formId + "/submissions")
                .then().statusCode(400).body("violations[0].field", equalTo("email"));

        reader().queryParam("email", email).when().get("/api/v1/contacts").then().body("total", equalTo(0));
    }

    @Test
    void aForgedOrAlteredConfirmationLinkConfirmsNothing() {
        given().when().post("/public/confirm/" + "bm90LWEtcmVhbC1pZA.zzzzzz.AAAA").then().statusCode(404);
    }

    @Test
    void aFormOnlyOffersActiveSubscriptionTypes() {
        writer().body(Map.of("name", "Bad form", "noticeText", "Yes", "subscriptionTypeIds", List.of(UUID.randomUUID())))
                .when().post("/api/v1/forms")
                .then().statusCode(400).body("violations[0].field", equalTo("subscriptionTypeIds[0]"));
    }

    private String confirmationLink(String email) {
        List<String> messages = Mailboxes.awaitMessages(imapPort, email, Duration.ofSeconds(15));
        assertThat(messages).isNotEmpty();
        String last = messages.get(messages.size() - 1).replace("=\r\n", "").replace("=\n", "");
        assertThat(last).contains("Subject: Please confirm your subscription");
        Matcher matcher = CONFIRM_LINK.matcher(last);
        String path = null;
        while (matcher.find()) {
            path = matcher.group(1);
        }
        assertThat(path).as("confirmation link in %s", last).isNotNull();
        return path;
    }

    private long pendingSubmissions(String contactId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from form_submission where contact_id = :id")
                .setParameter("id", UUID.fromString(contactId)).getSingleResult()).longValue());
    }

    private static String createForm(String notice) {
        return writer().body(Map.of("name", "Sign-up " + UUID.randomUUID(), "noticeText", notice,
                        "subscriptionTypeIds", List.of(DEFAULT_TYPE)))
                .when().post("/api/v1/forms").then().statusCode(201).extract().path("id");
    }

    private static io.restassured.response.Response submit(String formId, String email, boolean consent) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "firstName", "Ada", "consentGiven", consent))
                .when().post("/public/forms/" + formId + "/submissions");
    }

    private static String contactIdOf(String email) {
        return reader().queryParam("email", email).when().get("/api/v1/contacts")
                .then().statusCode(200).extract().path("items[0].id");
    }

    private static void setResubscriptionThroughForms(boolean enabled) {
        given().auth().oauth2(TestTokens.withRoles(Roles.EMAIL_ADMIN)).contentType(ContentType.JSON)
                .body(Map.of("name", "Rekindle", "timeZone", "UTC", "verifiedSendingDomains", List.of(),
                        "resubscriptionThroughFormsEnabled", enabled))
                .when().put("/api/v1/account").then().statusCode(200);
    }

    private static RequestSpecification writer() {
        return given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_WRITE)).contentType(ContentType.JSON);
    }

    private static RequestSpecification reader() {
        return given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_READ));
    }
}
