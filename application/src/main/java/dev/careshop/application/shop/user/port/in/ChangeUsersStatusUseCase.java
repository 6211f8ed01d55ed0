package dev.careshop.application.shop.user.port.in;

public interface ChangeUsersStatusUseCase {

    /**
     * Sets {@code active} on every named user, all or nothing: when any id names no user, nothing changes and the
     * answer lists the unknown ids (422). Answers how many users' flag actually changed.
     */
    int changeStatus(ChangeUsersStatusCommand command);
}
