package io.rekindle.contact.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.rekindle.contact.config.AccountConfig;
import io.rekindle.contact.config.FormConfig;
import io.rekindle.contact.repository.AccountSettingsRepository;
import io.rekindle.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/** Sends the double opt-in confirmation email over SMTP. */
@ApplicationScoped
public class ConfirmationMailer {

    private static final Logger LOG = Logger.getLogger(ConfirmationMailer.class);

    private final Mailer mailer;
    private final AccountSettingsRepository accountSettings;
    private final AccountConfig accountConfig;
    private final FormConfig config;

    ConfirmationMailer(Mailer mailer, AccountSettingsRepository accountSettings, AccountConfig accountConfig,
            FormConfig config) {
        this.mailer = mailer;
        this.accountSettings = accountSettings;
        this.accountConfig = accountConfig;
        this.config = config;
    }

    void sendConfirmation(String to, String firstName, String formName, String confirmationUrl) {
        String greeting = firstName == null || firstName.isBlank() ? "Hello," : "Hello " + firstName + ",";
        String text = greeting + "\n\n"
                + "please confirm that you want to receive email from us (" + formName + ") by opening this link:\n\n"
                + confirmationUrl + "\n\n"
                + "If you did not ask for this, ignore this message: nothing happens without your confirmation.\n";
        String from = FormService.fromAddress(accountSettings.findByIdOptional(accountConfig.id()),
                config.fallbackFromAddress());
        try {
            mailer.send(Mail.withText(to, "Please confirm your subscription", text).setFrom(from));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Confirmation email to a form submitter could not be sent");
            throw new ProblemException(503, "Service unavailable",
                    "The confirmation email could not be sent; please try again later", List.of());
        }
    }
}
