package io.rekindle.contact.rest;

import io.rekindle.contact.domain.Channel;
import io.rekindle.contact.service.WorkflowCommandService;
import io.rekindle.platform.problem.Problem;
import io.rekindle.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Idempotent commands for automated workflows such as re-engagement programs (R9). */
@Path("/api/v1/subscription-commands")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Workflow commands")
@SecurityRequirement(name = "bearer")
public class WorkflowCommandResource {

    private final WorkflowCommandService commands;

    WorkflowCommandResource(WorkflowCommandService commands) {
        this.commands = commands;
    }

    /** Unsubscribe these contacts from one type on one channel. */
    @Schema(name = "UnsubscribeBatchCommand")
    public record UnsubscribeBatchRequest(
            @NotBlank @Size(max = 100) @Schema(description = "Chosen by the caller; a retry with the same id changes nothing",
                    example = "program-7f3c/wave-1/non-confirmers") String commandId,
            @NotBlank @Size(max = 200) @Pattern(regexp = "[a-z-]+:\\S+", message = "must look like kind:id, e.g. program:7f3c")
            @Schema(description = "The workflow, recorded in the consent ledger", example = "program:7f3c") String requestedBy,
            @NotNull UUID subscriptionTypeId,
            @NotNull Channel channel,
            @NotEmpty @Size(max = 10_000) List<@NotNull UUID> contactIds,
            @Size(max = 500) String reason) {
    }

    @POST
    @Path("/unsubscribe-batch")
    @RolesAllowed(Roles.MARKETING_WRITE)
    @Operation(summary = "Unsubscribe a batch of contacts from a type (workflow action)",
            description = "Each contact gets a WORKFLOW consent record and a SubscriptionChanged event. Idempotent "
                    + "by commandId: a retry returns the first result with replayed=true.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = WorkflowCommandService.BatchResult.class)))
    @APIResponse(responseCode = "404", description = "No such subscription type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WorkflowCommandService.BatchResult unsubscribeBatch(@NotNull @Valid UnsubscribeBatchRequest request) {
        return commands.unsubscribe(new WorkflowCommandService.UnsubscribeBatch(request.commandId(), request.requestedBy(),
                request.subscriptionTypeId(), request.channel(), request.contactIds(), request.reason()));
    }
}
