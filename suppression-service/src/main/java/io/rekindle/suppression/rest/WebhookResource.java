package io.rekindle.suppression.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.rekindle.platform.problem.Problem;
import io.rekindle.platform.problem.ProblemException;
import io.rekindle.suppression.domain.bounce.WebhookProvider;
import io.rekindle.suppression.service.EvidenceIngestion;
import io.rekindle.suppression.service.webhook.WebhookAuthenticationException;
import io.rekindle.suppression.service.webhook.WebhookAuthenticator;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

/**
 * ESP event webhooks. Public (the ESPs carry no bearer token) and therefore authenticated by each
 * provider's own mechanism before anything is stored.
 */
@Path("/webhooks/{provider}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class WebhookResource {

    private static final Logger LOG = Logger.getLogger(WebhookResource.class);

    private final WebhookAuthenticator authenticator;
    private final EvidenceIngestion ingestion;

    WebhookResource(WebhookAuthenticator authenticator, EvidenceIngestion ingestion) {
        this.authenticator = authenticator;
        this.ingestion = ingestion;
    }

    /** Answer to an SNS subscription handshake, which carries no events. */
    @RegisterForReflection
    @Schema(name = "SnsHandshake")
    public record SnsHandshake(@Schema(example = "SubscriptionConfirmation") String type, String detail) {
    }

    @POST
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Receive an ESP event webhook",
            description = "Public endpoint for Amazon SES (through SNS; `amazon-ses`), SendGrid (`sendgrid`), "
                    + "Mailgun (`mailgun`) and Postmark (`postmark`). Authenticity is checked first: the SNS "
                    + "message signature (SignatureVersion 1 or 2, certificate from an allowed SNS host), "
                    + "SendGrid's ECDSA signature headers, Mailgun's HMAC signature in the payload, Postmark's "
                    + "basic-auth credentials. Bounces, complaints, deliveries and drops are then applied like raw "
                    + "bounces. A payload delivered again (ESP retry) changes nothing.")
    @APIResponse(responseCode = "200", description = "Accepted (also for a redelivery, with duplicate=true)",
            content = @Content(schema = @Schema(implementation = IngestionResponse.class)))
    @APIResponse(responseCode = "400", description = "Authentic but not a JSON webhook payload",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Authenticity could not be verified; nothing was recorded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown provider",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response receive(
            @Parameter(in = ParameterIn.PATH, example = "amazon-ses",
                    description = "amazon-ses, sendgrid, mailgun or postmark") @PathParam("provider") String provider,
            @Context HttpHeaders headers, byte[] body) {
        WebhookProvider webhookProvider = Arrays.stream(WebhookProvider.values())
                .filter(p -> p.cliName().equals(provider)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Webhook provider", provider));
        byte[] payload = body != null ? body : new byte[0];
        try {
            authenticator.verify(webhookProvider, name -> Optional.ofNullable(headers.getHeaderString(name)), payload);
        } catch (WebhookAuthenticationException e) {
            // The reason stays in the log: telling a forger which check failed would help them.
            LOG.infof("Rejected %s webhook: %s", provider, e.getMessage());
            throw new ProblemException(401, "Unauthorized", "The webhook's authenticity could not be verified",
                    List.of());
        }
        if (webhookProvider == WebhookProvider.AMAZON_SES) {
            String type = WebhookAuthenticator.snsType(payload);
            if (!type.equals("Notification")) {
                // Confirming means visiting SubscribeURL, an outgoing call this service does not make by itself.
                LOG.infof("SNS %s received; confirm the subscription by visiting %s", type,
                        WebhookAuthenticator.snsSubscribeUrl(payload));
                return Response.ok(new SnsHandshake(type, "Logged; an operator confirms the subscription")).build();
            }
        }
        return Response.ok(IngestionResponse.of(ingestion.ingestWebhook(webhookProvider, payload))).build();
    }
}
