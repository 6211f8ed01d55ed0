package dev.careshop.application.shop.user.port.in;

/**
 * A fresh installation has nobody who may appoint staff: this creates its first administrator, once. It never
 * promotes an existing account, so nobody can become administrator by signing up under the expected name first.
 */
public interface CreateFirstAdminUseCase {

    /** Whether an active administrator exists. */
    boolean adminExists();

    /**
     * Creates the user the command describes, as an active {@code ADMIN}, unless an active administrator exists.
     *
     * @throws dev.careshop.domain.shared.DuplicateValueException when the username or e-mail is taken by a user who
     *                                                          is not an active administrator
     */
    FirstAdminOutcome createIfNoAdmin(CreateFirstAdminCommand command);

    enum FirstAdminOutcome {
        CREATED,
        /** An active administrator exists; nothing was changed. */
        ADMIN_EXISTS
    }
}
