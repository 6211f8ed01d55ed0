package dev.careshop.bootstrap.security;

import dev.careshop.application.shop.user.port.in.CreateFirstAdminCommand;
import dev.careshop.application.shop.user.port.in.CreateFirstAdminUseCase;
import dev.careshop.application.shop.user.port.in.CreateFirstAdminUseCase.FirstAdminOutcome;
import dev.careshop.domain.shared.DuplicateValueException;
import dev.careshop.domain.shared.EmailAddress;
import dev.careshop.domain.shared.InvalidValueException;
import dev.careshop.domain.shop.user.Password;
import dev.careshop.domain.shop.user.UserProfile;
import dev.careshop.domain.shop.user.Username;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * At start, once every bean exists and before the web server takes requests: creates the first administrator from
 * {@code CARESHOP_BOOTSTRAP_ADMIN_PASSWORD} when no active administrator exists, or says how to.
 */
class FirstAdminCreator implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminCreator.class);

    private final CreateFirstAdminUseCase createFirstAdmin;
    private final FirstAdminProperties properties;

    FirstAdminCreator(CreateFirstAdminUseCase createFirstAdmin, FirstAdminProperties properties) {
        this.createFirstAdmin = createFirstAdmin;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!properties.hasPassword()) {
            if (!createFirstAdmin.adminExists()) {
                log.warn("No active ADMIN user exists, so nobody can manage roles or users. Set "
                        + "CARESHOP_BOOTSTRAP_ADMIN_PASSWORD (8-128 characters) and restart to create user '{}'.",
                        properties.username());
            }
            return;
        }
        CreateFirstAdminCommand command = command();
        try {
            if (createFirstAdmin.createIfNoAdmin(command) == FirstAdminOutcome.CREATED) {
                log.info("Created the first administrator, user '{}'.", properties.username());
            }
        } catch (DuplicateValueException taken) {
            // Another instance created it at this very moment, or an account that is not an active administrator has
            // the name: that account is never promoted, because anyone could have signed up under it.
            log.warn("No administrator was created: the username '{}' or the e-mail '{}' is taken by an existing user, "
                    + "who is not promoted. Choose others with CARESHOP_BOOTSTRAP_ADMIN_USERNAME and "
                    + "CARESHOP_BOOTSTRAP_ADMIN_EMAIL and restart.", properties.username(), properties.email());
        }
    }

    /**
     * The administrator the settings describe. A setting that breaks a rule stops the start, naming the setting and
     * the rule, never the password.
     */
    private CreateFirstAdminCommand command() {
        try {
            UserProfile profile = new UserProfile(new Username(properties.username()), new EmailAddress(properties.email()),
                    "Administrator");
            return new CreateFirstAdminCommand(profile, new Password(properties.password()));
        } catch (InvalidValueException invalid) {
            throw new IllegalStateException("The first administrator's settings (CARESHOP_BOOTSTRAP_ADMIN_"
                    + invalid.field().toUpperCase(Locale.ROOT) + ") are not valid: " + invalid.getMessage(), invalid);
        }
    }
}
