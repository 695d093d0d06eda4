package io.rekindle.contact.rest;

import io.rekindle.contact.domain.Form;
import io.rekindle.contact.service.FormService;
import io.rekindle.platform.problem.Problem;
import io.rekindle.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sign-up form definitions. Submissions arrive on the public endpoint {@code /public/forms/{id}/submissions}. */
@Path("/api/v1/forms")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Forms")
@SecurityRequirement(name = "bearer")
public class FormResource {

    private final FormService forms;

    FormResource(FormService forms) {
        this.forms = forms;
    }

    /** A form as written by a client. */
    @Schema(name = "FormRequest")
    public record FormRequest(
            @NotBlank @Size(max = 200) @Schema(example = "Newsletter sign-up") String name,
            @NotBlank @Size(max = 10_000) @Schema(example = "Yes, send me the monthly newsletter. I can unsubscribe at any time.")
            String noticeText,
            @NotEmpty List<@NotNull UUID> subscriptionTypeIds,
            @Size(max = 2000) String thankYouMessage) {
    }

    /** A form as the API shows it. */
    @Schema(name = "Form")
    public record FormView(UUID id, String name, String noticeText, List<UUID> subscriptionTypeIds,
            String thankYouMessage, boolean archived, Instant createdAt, String submissionPath) {

        static FormView of(Form form) {
            return new FormView(form.id, form.name, form.noticeText, List.copyOf(form.subscriptionTypeIds),
                    form.thankYouMessage, form.archivedAt != null, form.createdAt,
                    "/public/forms/" + form.id + "/submissions");
        }
    }

    @GET
    @RolesAllowed({Roles.MARKETING_READ, Roles.MARKETING_WRITE})
    @Operation(summary = "List forms")
    public List<FormView> list() {
        return forms.list().stream().map(FormView::of).toList();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MARKETING_READ, Roles.MARKETING_WRITE})
    @Operation(summary = "Get a form")
    public FormView get(@PathParam("id") UUID id) {
        return FormView.of(forms.get(id));
    }

    @POST
    @RolesAllowed(Roles.MARKETING_WRITE)
    @Operation(summary = "Define a form", description = "The notice text is what contacts agree to; each "
            + "submission keeps a copy of it as consent evidence.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = FormView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or a type that is not active",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid FormRequest request, @Context UriInfo uri) {
        Form form = forms.create(definition(request));
        return Response.created(uri.getAbsolutePathBuilder().path(form.id.toString()).build())
                .entity(FormView.of(form)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.MARKETING_WRITE)
    @Operation(summary = "Change a form", description = "Pending submissions keep the notice text they were made with.")
    public FormView update(@PathParam("id") UUID id, @NotNull @Valid FormRequest request) {
        return FormView.of(forms.update(id, definition(request)));
    }

    @POST
    @Path("/{id}/archive")
    @RolesAllowed(Roles.MARKETING_WRITE)
    @Operation(summary = "Archive a form: it takes no more submissions")
    public FormView archive(@PathParam("id") UUID id) {
        return FormView.of(forms.archive(id));
    }

    private static FormService.FormDefinition definition(FormRequest request) {
        return new FormService.FormDefinition(request.name(), request.noticeText(), request.subscriptionTypeIds(),
                request.thankYouMessage());
    }
}
