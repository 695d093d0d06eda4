package io.rekindle.contact.rest;

import io.rekindle.contact.domain.AccountSettings;
import io.rekindle.contact.service.AccountSettingsService;
import io.rekindle.platform.problem.Problem;
import io.rekindle.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The settings of the account this deployment serves. */
@Path("/api/v1/account")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account")
@SecurityRequirement(name = "bearer")
public class AccountResource {

    private final AccountSettingsService settings;

    AccountResource(AccountSettingsService settings) {
        this.settings = settings;
    }

    /** The account's settings, as read and as written. */
    @Schema(name = "AccountSettings")
    public record AccountSettingsDto(
            @NotBlank @Size(max = 200) @Schema(example = "Acme Outdoor") String name,
            @NotBlank @ValidTimeZone @Schema(example = "Europe/Copenhagen") String timeZone,
            @Size(max = 200) @Schema(example = "Marissa from Acme") String defaultFromName,
            @Email @Size(max = 320) @Schema(example = "marissa@mail.acme.example") String defaultFromAddress,
            @NotNull @Size(max = 50) List<@NotBlank @Pattern(
                    regexp = "(?i)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}",
                    message = "must be a domain name such as mail.example.com") String> verifiedSendingDomains,
            @Schema(description = "Let contacts who opted out opt back in through a form (with a confirmation email)")
            boolean resubscriptionThroughFormsEnabled,
            @Schema(readOnly = true, description = "Counts changes") Long revision,
            @Schema(readOnly = true) Instant changedAt) {

        static AccountSettingsDto of(AccountSettings s) {
            return new AccountSettingsDto(s.name, s.timeZone, s.defaultFromName, s.defaultFromAddress,
                    List.copyOf(s.verifiedSendingDomains), s.resubscriptionThroughFormsEnabled, s.revision, s.changedAt);
        }
    }

    @GET
    @RolesAllowed({Roles.MARKETING_READ, Roles.MARKETING_WRITE, Roles.EMAIL_ADMIN})
    @Operation(summary = "Read the account settings")
    public AccountSettingsDto get() {
        return AccountSettingsDto.of(settings.current());
    }

    @PUT
    @RolesAllowed(Roles.EMAIL_ADMIN)
    @Operation(summary = "Change the account settings",
            description = "Replaces all settings; publishes AccountSettingsChanged with the new state.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AccountSettingsDto.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AccountSettingsDto change(@NotNull @Valid AccountSettingsDto request) {
        return AccountSettingsDto.of(settings.change(new AccountSettingsService.Changes(request.name(),
                request.timeZone(), request.defaultFromName(), request.defaultFromAddress(),
                request.verifiedSendingDomains(), request.resubscriptionThroughFormsEnabled())));
    }
}
