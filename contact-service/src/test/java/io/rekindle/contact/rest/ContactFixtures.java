package io.rekindle.contact.rest;

import static io.restassured.RestAssured.given;

import io.rekindle.platform.security.Roles;
import io.rekindle.testkit.TestTokens;
import io.restassured.http.ContentType;
import java.util.Map;

/** Creates contacts through the API, as a client would. */
final class ContactFixtures {

    private ContactFixtures() {
    }

    /** Returns the new contact's id. */
    static String create(String email) {
        String location = given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_WRITE))
                .contentType(ContentType.JSON).body(Map.of("email", email))
                .when().post("/api/v1/contacts")
                .then().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }
}
