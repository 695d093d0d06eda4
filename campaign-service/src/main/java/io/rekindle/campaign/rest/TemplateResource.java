package io.rekindle.campaign.rest;

import io.rekindle.campaign.domain.TemplateKind;
import io.rekindle.campaign.service.PreviewView;
import io.rekindle.campaign.service.SampleValues;
import io.rekindle.campaign.service.TemplateDraft;
import io.rekindle.campaign.service.TemplateService;
import io.rekindle.campaign.service.TemplateView;
import io.rekindle.platform.problem.Problem;
import io.rekindle.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Email templates (R6, K4): saved only when every tag is valid, previewed for a contact or sample values. */
@Path("/api/v1/templates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Templates")
@SecurityRequirement(name = "bearer")
public class TemplateResource {

    private static final String INVALID_TEMPLATE_EXAMPLE = """
            {"type":"about:blank","title":"Template is not valid","status":400,"detail":"1 problem in the template",
             "instance":"/api/v1/templates","violations":[{"field":"htmlBody",
             "message":"line 3, column 12: unknown tag 'frist_name'; known tags: first_name, last_name, email, \
            confirm_url, unsubscribe_url, preferences_url"}]}""";

    private final TemplateService templates;

    TemplateResource(TemplateService templates) {
        this.templates = templates;
    }

    /** A template as written by a client. */
    @Schema(name = "TemplateRequest")
    public record TemplateRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Permission pass, spring") String name,
            @NotNull @Schema(example = "PERMISSION_PASS") TemplateKind kind,
            @Size(max = 200) @Schema(example = "Marissa from Acme") String fromName,
            @Email @Size(max = 320) @Schema(example = "marissa@mail.acme.example") String fromAddress,
            @Email @Size(max = 320) @Schema(example = "hello@acme.example") String replyTo,
            @NotBlank @Size(max = 998)
            @Schema(example = "{{ first_name | default: \"Hi there\" }}, do you still want to hear from us?")
            String subject,
            @Size(max = 500) @Schema(example = "One click keeps you on the list.") String preheader,
            @NotBlank @Schema(example = "<p>Hi {{ first_name | default: \"there\" }},</p>"
                    + "<p><a href=\"{{ confirm_url }}\">Yes, keep me subscribed</a></p>"
                    + "<p><a href=\"{{ unsubscribe_url }}\">Unsubscribe</a> · "
                    + "<a href=\"{{ preferences_url }}\">Preferences</a></p>") String htmlBody,
            @NotBlank @Schema(example = "Hi {{ first_name | default: \"there\" }},\n\nKeep me subscribed: "
                    + "{{ confirm_url }}\n\nUnsubscribe: {{ unsubscribe_url }}") String textBody) {

        TemplateDraft draft() {
            return new TemplateDraft(name, kind, blankToNull(fromName), blankToNull(fromAddress), blankToNull(replyTo),
                    subject, blankToNull(preheader), htmlBody, textBody);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** What to preview with: a contact of the account, or sample values; with neither, every tag shows its fallback. */
    @Schema(name = "PreviewRequest")
    public record PreviewRequest(UUID contactId, @Valid SampleValues sample) {
    }

    /** One page of templates. */
    @Schema(name = "TemplatePage")
    public record TemplatePageResponse(List<TemplateView> items, int page, int size, long total) {
    }

    @GET
    @RolesAllowed({Roles.MARKETING_READ, Roles.MARKETING_WRITE})
    @Operation(summary = "List templates, newest first")
    public TemplatePageResponse list(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        TemplateService.TemplatePage found = templates.list(page, Math.max(1, Math.min(100, size)));
        return new TemplatePageResponse(found.items(), found.page(), found.size(), found.total());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MARKETING_READ, Roles.MARKETING_WRITE})
    @Operation(summary = "Get a template")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TemplateView.class)))
    @APIResponse(responseCode = "404", description = "No such template",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TemplateView get(@PathParam("id") UUID id) {
        return templates.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MARKETING_WRITE)
    @Operation(summary = "Create a template",
            description = "Tags: first_name, last_name, email, confirm_url, unsubscribe_url, preferences_url, each "
                    + "optionally with a fallback: {{ first_name | default: \"there\" }}. Both bodies must contain "
                    + "{{ unsubscribe_url }}; a PERMISSION_PASS template must also contain {{ confirm_url }}. Links "
                    + "are not allowed in the subject or preheader. Every error is reported with its field and "
                    + "position.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = TemplateView.class)))
    @APIResponse(responseCode = "400", description = "Missing fields or template errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown tag", value = INVALID_TEMPLATE_EXAMPLE)))
    public Response create(@NotNull @Valid TemplateRequest request, @Context UriInfo uri) {
        TemplateView created = templates.create(request.draft());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MARKETING_WRITE)
    @Operation(summary = "Replace a template", description = "Checked exactly like a new template.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TemplateView.class)))
    @APIResponse(responseCode = "400", description = "Missing fields or template errors",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown tag", value = INVALID_TEMPLATE_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such template",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public TemplateView update(@PathParam("id") UUID id, @NotNull @Valid TemplateRequest request) {
        return templates.update(id, request.draft());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.MARKETING_WRITE)
    @Operation(summary = "Delete a template")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such template",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") UUID id) {
        templates.delete(id);
    }

    @POST
    @Path("/{id}/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MARKETING_READ, Roles.MARKETING_WRITE})
    @Operation(summary = "Render a template for a contact or for sample values",
            description = "Values are HTML-escaped in the HTML body. Links in a preview point at placeholder "
                    + "tokens; real ones are signed per recipient when the campaign is sent.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PreviewView.class)))
    @APIResponse(responseCode = "404", description = "No such template or contact",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PreviewView preview(@PathParam("id") UUID id, @Valid PreviewRequest request) {
        PreviewRequest given = request == null ? new PreviewRequest(null, null) : request;
        return templates.preview(id, given.contactId(), given.sample());
    }
}
