package io.rekindle.contact.rest;

import io.rekindle.contact.service.FormService;
import io.rekindle.platform.problem.Problem;
import io.rekindle.platform.problem.ProblemException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The token-free endpoints a contact's browser calls: form submission and the double opt-in
 * confirmation link. Public by design ({@code @PermitAll}); listed in the service README.
 */
@Path("/public")
@Tag(name = "Public forms")
public class PublicFormResource {

    private final FormService forms;
    private final SubmissionRateLimiter rateLimiter;

    PublicFormResource(FormService forms, SubmissionRateLimiter rateLimiter) {
        this.forms = forms;
        this.rateLimiter = rateLimiter;
    }

    /** What a contact submits. */
    @Schema(name = "FormSubmission")
    public record SubmissionRequest(
            @NotBlank @Email @Size(max = 320) @Schema(example = "ada@example.com") String email,
            @Size(max = 200) String firstName,
            @Size(max = 200) String lastName,
            @Schema(description = "A subset of the form's types; absent = all of them") List<@NotNull UUID> subscriptionTypeIds,
            @Schema(description = "The contact ticked the consent box under the notice text") boolean consentGiven) {
    }

    /** The answer to every accepted submission, whatever the address's state, so it reveals nothing. */
    @Schema(name = "FormSubmissionAccepted")
    public record Accepted(String message) {
    }

    @POST
    @Path("/forms/{formId}/submissions")
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a form (public)", description = "Sends a confirmation email with a signed link "
            + "that expires; nothing is subscribed until the link is opened (double opt-in).")
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = Accepted.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields; nothing recorded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many submissions from this client",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@PathParam("formId") UUID formId, @NotNull @Valid SubmissionRequest request,
            @Context HttpServerRequest http, @Context HttpHeaders headers) {
        String client = http.remoteAddress() == null ? "unknown" : http.remoteAddress().host();
        if (!rateLimiter.tryAcquire(client)) {
            throw new ProblemException(429, "Too many requests", "Too many submissions; try again in a minute", List.of());
        }
        forms.submit(formId, new FormService.Submission(request.email(), request.firstName(), request.lastName(),
                request.subscriptionTypeIds(), request.consentGiven(), client, headers.getHeaderString(HttpHeaders.USER_AGENT)));
        return Response.accepted(new Accepted("Thank you. Please check your inbox and confirm your subscription.")).build();
    }

    /**
     * The link in the email. It does not confirm by itself: mail security scanners open links, and a
     * scanner must not be able to give consent. The page confirms with a POST, sent by a script at once
     * in a real browser, or by the button when scripts are off.
     */
    @GET
    @Path("/confirm/{token}")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Confirmation page (public)")
    public String confirmationPage(@PathParam("token") String token) {
        String action = "/public/confirm/" + Html.escape(token);
        return Html.page("Confirm your subscription",
                "<form id=\"confirm\" method=\"post\" action=\"" + action + "\">"
                        + "<p>Please confirm that you want to receive our emails.</p>"
                        + "<button type=\"submit\">Yes, subscribe me</button></form>"
                        + "<script>document.getElementById('confirm').submit();</script>");
    }

    @POST
    @Path("/confirm/{token}")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Confirm a subscription (public)", description = "Double opt-in: subscribes to the "
            + "submitted types with a FORM consent record. Confirming twice is harmless.")
    public Response confirm(@PathParam("token") String token, @Context HttpServerRequest http,
            @Context HttpHeaders headers) {
        FormService.Confirmation outcome;
        try {
            outcome = forms.confirm(token, http.remoteAddress() == null ? null : http.remoteAddress().host(),
                    headers.getHeaderString(HttpHeaders.USER_AGENT));
        } catch (ProblemException invalid) {
            return Response.status(404).type(MediaType.TEXT_HTML)
                    .entity(Html.page("Link not valid", "<p>This confirmation link is not valid or has expired.</p>"))
                    .build();
        }
        return switch (outcome) {
            case CONFIRMED, ALREADY_CONFIRMED -> Response.ok(Html.page("Thank you",
                    "<p>" + Html.escape(forms.thankYouMessage(token).orElse("Your subscription is confirmed. Thank you!"))
                            + "</p>")).build();
            case REFUSED -> Response.status(409).type(MediaType.TEXT_HTML).entity(Html.page("Not confirmed",
                    "<p>Your subscription could not be confirmed. Please contact us.</p>")).build();
        };
    }
}
