package dev.careshop.application.shop.user.port.in;

import dev.careshop.domain.shop.user.BulkDeletion;

public interface DeleteInactiveUsersUseCase {

    /** Deletes every inactive user who has no orders; those with orders are kept and counted as skipped. */
    BulkDeletion deleteInactive();
}
