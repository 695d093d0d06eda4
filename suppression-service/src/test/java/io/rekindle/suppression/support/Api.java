package io.rekindle.suppression.support;

import static io.restassured.RestAssured.given;

import io.rekindle.platform.security.Roles;
import io.rekindle.testkit.TestTokens;
import io.restassured.response.ValidatableResponse;

/** REST calls the tests share. */
public final class Api {

    private Api() {
    }

    public static ValidatableResponse upload(byte[] message) {
        return given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_WRITE))
                .contentType("message/rfc822").body(message)
                .when().post("/api/v1/bounces/messages")
                .then();
    }

    public static ValidatableResponse suppression(String address) {
        return given().auth().oauth2(TestTokens.withRoles(Roles.MARKETING_READ))
                .when().get("/api/v1/suppressions/{address}", address)
                .then();
    }
}
