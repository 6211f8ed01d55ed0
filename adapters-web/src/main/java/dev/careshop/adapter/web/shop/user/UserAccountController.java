package dev.careshop.adapter.web.shop.user;

import static dev.careshop.adapter.web.shared.ProblemType.CONFLICT;
import static dev.careshop.adapter.web.shared.ProblemType.FORBIDDEN;
import static dev.careshop.adapter.web.shared.ProblemType.INVALID_REQUEST;
import static dev.careshop.adapter.web.shared.ProblemType.NOT_FOUND;
import static dev.careshop.adapter.web.shared.ProblemType.MISSING_REFERENCE;

import dev.careshop.adapter.web.shared.ProblemResponses;
import dev.careshop.adapter.web.shared.SendsETag;
import dev.careshop.adapter.web.shared.Versions;
import dev.careshop.application.shop.user.port.in.ChangePasswordCommand;
import dev.careshop.application.shop.user.port.in.ChangePasswordUseCase;
import dev.careshop.application.shop.user.port.in.ChangeUserActiveCommand;
import dev.careshop.application.shop.user.port.in.ChangeUserActiveUseCase;
import dev.careshop.application.shop.user.port.in.ChangeUserRoleCommand;
import dev.careshop.application.shop.user.port.in.ChangeUserRoleUseCase;
import dev.careshop.application.shop.user.port.in.ChangeUsersStatusCommand;
import dev.careshop.application.shop.user.port.in.ChangeUsersStatusUseCase;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The only ways to change a user's password, role and active flag; each answers 204 with the new version as ETag. */
@RestController
@RequestMapping("/api/users")
@Tag(name = "Users")
public class UserAccountController {

    private final ChangePasswordUseCase changePassword;
    private final ChangeUserRoleUseCase changeRole;
    private final ChangeUserActiveUseCase changeActive;
    private final ChangeUsersStatusUseCase changeStatus;
    private final UserWebMapper mapper;

    UserAccountController(ChangePasswordUseCase changePassword, ChangeUserRoleUseCase changeRole,
                          ChangeUserActiveUseCase changeActive, ChangeUsersStatusUseCase changeStatus, UserWebMapper mapper) {
        this.changePassword = changePassword;
        this.changeRole = changeRole;
        this.changeActive = changeActive;
        this.changeStatus = changeStatus;
        this.mapper = mapper;
    }

    @PutMapping("/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @SendsETag
    @Operation(operationId = "changeUserPassword", summary = "Set a user's password",
            description = "8–128 characters; stored only as a salted Argon2id hash. Users changing their own password send "
                    + "currentPassword too (400 when missing, 403 when wrong); an administrator setting another user's "
                    + "password does not. Staff get 403 for other users' passwords, customers 404.")
    @ProblemResponses({INVALID_REQUEST, FORBIDDEN, NOT_FOUND})
    ResponseEntity<Void> changePassword(@PathVariable UUID id, @Valid @RequestBody PasswordRequest request) {
        return noContent(changePassword.changePassword(new ChangePasswordCommand(
                new UserId(id), mapper.toPassword(request.password()), request.currentPassword())));
    }

    @PutMapping("/{id}/role")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @SendsETag
    @Operation(operationId = "changeUserRole", summary = "Set a user's role",
            description = "CUSTOMER, STAFF or ADMIN. The same role again changes nothing, not even the version. "
                    + "Demoting the last active administrator: 409.")
    @ProblemResponses({NOT_FOUND, CONFLICT})
    ResponseEntity<Void> changeRole(@PathVariable UUID id, @Valid @RequestBody RoleRequest request) {
        return noContent(changeRole.changeRole(new ChangeUserRoleCommand(new UserId(id), request.role())));
    }

    @PutMapping("/{id}/active")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @SendsETag
    @Operation(operationId = "changeUserActive", summary = "Activate or deactivate a user",
            description = "Inactive users cannot write posts; users with orders are deactivated rather than deleted. "
                    + "The current state again changes nothing, not even the version. "
                    + "Deactivating the last active administrator: 409.")
    @ProblemResponses({NOT_FOUND, CONFLICT})
    ResponseEntity<Void> changeActive(@PathVariable UUID id, @Valid @RequestBody ActiveRequest request) {
        return noContent(changeActive.changeActive(new ChangeUserActiveCommand(new UserId(id), request.active())));
    }

    @PostMapping("/status")
    @Operation(operationId = "changeUsersStatus", summary = "Activate or deactivate many users",
            description = "All or nothing: when any id names no user, nothing changes and the 422 lists the unknown ids. "
                    + "`updated` counts the users whose flag changed (each gets a new version); one UPDATE statement. "
                    + "Deactivating every remaining active administrator: 409.")
    @ProblemResponses({MISSING_REFERENCE, CONFLICT})
    UsersStatusResponse changeStatus(@Valid @RequestBody UsersStatusRequest request) {
        int updated = changeStatus.changeStatus(new ChangeUsersStatusCommand(
                request.ids().stream().map(UserId::new).toList(), request.active()));
        return new UsersStatusResponse(updated);
    }

    private static ResponseEntity<Void> noContent(User user) {
        return ResponseEntity.noContent().eTag(Versions.etag(user.getVersion())).build();
    }
}
