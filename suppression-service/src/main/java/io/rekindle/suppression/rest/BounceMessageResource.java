package io.rekindle.suppression.rest;

import io.rekindle.platform.problem.Problem;
import io.rekindle.platform.problem.ProblemException;
import io.rekindle.platform.security.Roles;
import io.rekindle.suppression.service.EvidenceIngestion;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Upload of raw bounce messages, e.g. forwarded from a mailbox the service does not poll. */
@Path("/api/v1/bounces/messages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bounces")
@SecurityRequirement(name = "bearer")
public class BounceMessageResource {

    private final EvidenceIngestion ingestion;
    private final JsonWebToken token;

    BounceMessageResource(EvidenceIngestion ingestion, JsonWebToken token) {
        this.ingestion = ingestion;
        this.token = token;
    }

    @POST
    @Consumes({"message/rfc822", MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed({Roles.MARKETING_WRITE, Roles.EMAIL_ADMIN})
    @Operation(summary = "Ingest a raw bounce message",
            description = "Takes one RFC 5322 message as received: an RFC 3464 delivery status notification, a "
                    + "non-standard bounce notice, an RFC 5965 complaint or an auto reply. The raw message is "
                    + "kept for audit; each recipient is classified and the suppression policy applied (hard "
                    + "bounce and complaint: suppressed; soft bounce: counted; sender-side reasons: recorded only). "
                    + "A VERP return path bounces+<send id>@<domain> in the message records the send id. The same "
                    + "message uploaded again changes nothing and answers 200 with duplicate=true.")
    @RequestBody(content = @Content(mediaType = "message/rfc822",
            example = "From: MAILER-DAEMON@mx.example.net\nTo: bounces+5f1c9e4a@mail.acme.example\n"
                    + "Subject: Undelivered Mail Returned to Sender\nContent-Type: multipart/report; "
                    + "report-type=delivery-status; boundary=B\n\n--B\n..."))
    @APIResponse(responseCode = "201", description = "Ingested",
            content = @Content(schema = @Schema(implementation = IngestionResponse.class)))
    @APIResponse(responseCode = "200", description = "Received before; nothing changed",
            content = @Content(schema = @Schema(implementation = IngestionResponse.class)))
    @APIResponse(responseCode = "400", description = "Empty body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response upload(byte[] message) {
        if (message == null || message.length == 0) {
            throw ProblemException.invalid("body", "must be a raw RFC 5322 message");
        }
        EvidenceIngestion.Outcome outcome = ingestion.ingestMessage(message, EvidenceIngestion.Channel.UPLOAD,
                token.getSubject());
        return Response.status(outcome.duplicate() ? Response.Status.OK : Response.Status.CREATED)
                .entity(IngestionResponse.of(outcome)).build();
    }
}
