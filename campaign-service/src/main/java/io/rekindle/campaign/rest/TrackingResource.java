package io.rekindle.campaign.rest;

import io.rekindle.campaign.service.TrackingLinks;
import io.rekindle.campaign.service.TrackingService;
import io.rekindle.campaign.service.TrackingService.Outcome;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The public links in sent emails: open pixel, tracked links, permission-pass confirmation and one-click
 * unsubscribe.
 * No bearer token: the HMAC-signed link token is the credential, so a forged or altered one gets 404.
 */
@Path("/t")
@PermitAll
@Tag(name = "Public links")
public class TrackingResource {

    private static final byte[] PIXEL = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
    private static final String INVALID = Pages.page("This link is not valid",
            "<p>The link may be incomplete or too old.</p>");

    private final TrackingService tracking;

    TrackingResource(TrackingService tracking) {
        this.tracking = tracking;
    }

    @GET
    @Path("/o/{token}")
    @Operation(summary = "Open pixel", description = "Publishes EmailOpened; machine opens (privacy proxies, "
            + "scanners, prefetch right after delivery) are flagged with machineOpen.")
    @APIResponse(responseCode = "200", description = "A 1x1 transparent GIF")
    @APIResponse(responseCode = "404", description = "Forged, altered or expired token")
    public Response open(@PathParam("token") String token, @HeaderParam(HttpHeaders.USER_AGENT) String userAgent) {
        if (!tracking.open(token, userAgent)) {
            return Response.status(404).build();
        }
        return Response.ok(PIXEL, "image/gif").header("Cache-Control", "no-store, max-age=0").build();
    }

    @GET
    @Path("/c/{token}")
    @Operation(summary = "Tracked link", description = "Publishes EmailClicked and redirects to the link; the token "
            + "names a link of the campaign, so no other URL can ever be reached through it.")
    @APIResponse(responseCode = "302", description = "Redirect to the campaign's link")
    @APIResponse(responseCode = "404", description = "Forged, altered or expired token")
    public Response click(@PathParam("token") String token) {
        return tracking.click(token)
                .map(url -> Response.status(302).location(URI.create(url)).header("Cache-Control", "no-store").build())
                .orElseGet(() -> html(404, INVALID));
    }

    @GET
    @Path("/confirm/{token}")
    @Operation(summary = "Permission-pass confirmation page", description = "Shows a button that POSTs; a GET "
            + "alone (a link scanner) confirms nothing.")
    public Response confirmPage(@PathParam("token") String token) {
        if (!tracking.isValid(TrackingLinks.Purpose.CONFIRM, token)) {
            return html(404, INVALID);
        }
        return html(200, Pages.confirmForm("Stay subscribed?", "Confirm that you want to keep hearing from us.",
                "Yes, keep me subscribed"));
    }

    @POST
    @Path("/confirm/{token}")
    @Operation(summary = "Confirm a permission pass", description = "Records the confirmation once, publishes "
            + "PermissionPassConfirmed and shows the thank-you page.")
    public Response confirm(@PathParam("token") String token) {
        Optional<Outcome> outcome = tracking.confirm(token);
        if (outcome.isEmpty() || outcome.get() == Outcome.NOT_APPLICABLE) {
            return html(404, INVALID);
        }
        return html(200, Pages.page("Thank you!", "<p>You are still subscribed. We are glad you are staying.</p>"));
    }

    @GET
    @Path("/u/{token}")
    @Operation(summary = "Unsubscribe page", description = "Shows a button that POSTs; a GET unsubscribes nobody.")
    public Response unsubscribePage(@PathParam("token") String token) {
        if (!tracking.isValid(TrackingLinks.Purpose.UNSUBSCRIBE, token)) {
            return html(404, INVALID);
        }
        return html(200, Pages.confirmForm("Unsubscribe?", "You will no longer receive these emails.",
                "Unsubscribe"));
    }

    @POST
    @Path("/u/{token}")
    @Operation(summary = "One-click unsubscribe (RFC 8058)", description = "Unsubscribes at once; mail clients "
            + "POST List-Unsubscribe=One-Click here.")
    public Response unsubscribe(@PathParam("token") String token) {
        if (tracking.unsubscribe(token).isEmpty()) {
            return html(404, INVALID);
        }
        return html(200, Pages.page("You are unsubscribed", "<p>You will not receive these emails any more.</p>"));
    }

    private static Response html(int status, String body) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(body)
                .header("Cache-Control", "no-store").build();
    }
}
