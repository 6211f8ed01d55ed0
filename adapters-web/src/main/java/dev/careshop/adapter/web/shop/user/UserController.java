package dev.careshop.adapter.web.shop.user;

import static dev.careshop.adapter.web.shared.ProblemType.CONFLICT;
import static dev.careshop.adapter.web.shared.ProblemType.NOT_FOUND;
import static dev.careshop.adapter.web.shared.ProblemType.PRECONDITION_FAILED;

import dev.careshop.adapter.web.shared.Locations;
import dev.careshop.adapter.web.shared.PageParams;
import dev.careshop.adapter.web.shared.PageResponse;
import dev.careshop.adapter.web.shared.ProblemResponses;
import dev.careshop.adapter.web.shared.SendsETag;
import dev.careshop.adapter.web.shared.Versions;
import dev.careshop.application.shop.user.port.in.DeleteInactiveUsersUseCase;
import dev.careshop.application.shop.user.port.in.DeleteUserUseCase;
import dev.careshop.application.shop.user.port.in.GetCurrentUserUseCase;
import dev.careshop.application.shop.user.port.in.GetUserUseCase;
import dev.careshop.application.shop.user.port.in.ListUsersUseCase;
import dev.careshop.application.shop.user.port.in.RegisterUserCommand;
import dev.careshop.application.shop.user.port.in.RegisterUserUseCase;
import dev.careshop.application.shop.user.port.in.UpdateUserCommand;
import dev.careshop.application.shop.user.port.in.UpdateUserUseCase;
import dev.careshop.domain.shared.InvalidValueException;
import dev.careshop.domain.shop.user.BulkDeletion;
import dev.careshop.domain.shop.user.User;
import dev.careshop.domain.shop.user.UserId;
import dev.careshop.domain.shop.user.UserSearch;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Set;
import java.util.UUID;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/users")
@Tag(name = "Users", description = """
        Shop user accounts, their role and status, and their posts. Anyone may sign up (POST /api/users, always a \
        CUSTOMER). Every signed-in user reads themselves at /api/users/me; a customer reads and changes their own \
        record, password and posts and reads their own order history, while another user's answer 404, as if they \
        did not exist. Staff and administrators list and read every user, their posts and order history; only the \
        user themselves or an administrator changes a record or password or writes a post (staff get 403). Roles, \
        activation, bulk status and deleting users are for administrators only.""")
public class UserController {

    static final Set<String> SORTABLE = Set.of("username", "email", "fullName", "createdAt", "updatedAt");

    private final RegisterUserUseCase registerUser;
    private final UpdateUserUseCase updateUser;
    private final DeleteUserUseCase deleteUser;
    private final DeleteInactiveUsersUseCase deleteInactiveUsers;
    private final GetUserUseCase getUser;
    private final GetCurrentUserUseCase getCurrentUser;
    private final ListUsersUseCase listUsers;
    private final UserWebMapper mapper;

    UserController(RegisterUserUseCase registerUser, UpdateUserUseCase updateUser, DeleteUserUseCase deleteUser,
                   DeleteInactiveUsersUseCase deleteInactiveUsers, GetUserUseCase getUser, GetCurrentUserUseCase getCurrentUser,
                   ListUsersUseCase listUsers, UserWebMapper mapper) {
        this.registerUser = registerUser;
        this.updateUser = updateUser;
        this.deleteUser = deleteUser;
        this.deleteInactiveUsers = deleteInactiveUsers;
        this.getUser = getUser;
        this.getCurrentUser = getCurrentUser;
        this.listUsers = listUsers;
        this.mapper = mapper;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @SecurityRequirements
    @SendsETag
    @Operation(operationId = "registerUser", summary = "Register a user",
            description = "A new, active CUSTOMER. The password is stored only as a salted Argon2id hash and never answered; "
                    + "role and active are not accepted here (400).")
    @ProblemResponses(CONFLICT)
    ResponseEntity<UserResponse> register(@Valid @RequestBody CreateUserRequest request) {
        User user = registerUser.register(new RegisterUserCommand(mapper.toProfile(request), mapper.toPassword(request.password())));
        return ResponseEntity.created(Locations.childOfCurrentRequest(user.getId()))
                .eTag(Versions.etag(user.getVersion()))
                .body(mapper.toResponse(user));
    }

    @GetMapping
    @Operation(operationId = "listUsers", summary = "List users", description = "Sortable by username, email, fullName, createdAt, updatedAt; default username.")
    PageResponse<UserResponse> list(
            @Parameter(description = "only active (true) or inactive (false) users") @RequestParam(required = false) Boolean active,
            @Parameter(description = "username, email or full name contains this, ignoring case") @RequestParam(required = false) String q,
            @Valid @ParameterObject PageParams paging) {
        return PageResponse.of(listUsers.list(new UserSearch(active, q), paging.toPageRequest(SORTABLE)), mapper::toResponse);
    }

    @GetMapping("/me")
    @SendsETag
    @Operation(operationId = "getCurrentUser", summary = "Read your own user record", description = "The user the access token was issued to. The ETag is the user's version.")
    @ProblemResponses(NOT_FOUND)
    ResponseEntity<UserResponse> me() {
        User user = getCurrentUser.current();
        return Versions.okWithETag(user.getVersion(), mapper.toResponse(user));
    }

    @GetMapping("/{id}")
    @SendsETag
    @Operation(operationId = "getUser", summary = "Read a user", description = "The ETag is the user's version.")
    @ProblemResponses(NOT_FOUND)
    ResponseEntity<UserResponse> get(@PathVariable UUID id) {
        User user = getUser.get(new UserId(id));
        return Versions.okWithETag(user.getVersion(), mapper.toResponse(user));
    }

    @PutMapping("/{id}")
    @SendsETag
    @Operation(operationId = "updateUser", summary = "Replace a user's profile",
            description = "username, email and fullName. Send the ETag of your last read in If-Match to refuse the update (412) "
                    + "if someone changed the user since. Password, role and active have their own operations (400 here).")
    @ProblemResponses({NOT_FOUND, CONFLICT, PRECONDITION_FAILED})
    ResponseEntity<UserResponse> update(@PathVariable UUID id, @Valid @RequestBody UpdateUserRequest request,
                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        User user = updateUser.update(new UpdateUserCommand(new UserId(id), mapper.toProfile(request), Versions.expectedVersion(ifMatch)));
        return Versions.okWithETag(user.getVersion(), mapper.toResponse(user));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(operationId = "deleteUser", summary = "Delete a user", description = "Deletes the user's posts too. Refused with 409 while the user has orders: "
            + "they are financial records; deactivate the user instead.")
    @ProblemResponses({NOT_FOUND, CONFLICT})
    void delete(@PathVariable UUID id) {
        deleteUser.delete(new UserId(id));
    }

    @DeleteMapping
    @Operation(operationId = "deleteInactiveUsers", summary = "Delete the inactive users",
            description = "Only `active=false` is accepted. Deletes every inactive user who has no orders (with their posts); "
                    + "inactive users with orders are kept and counted as skipped.")
    @ProblemResponses(CONFLICT)
    BulkDeletionResponse deleteInactive(
            @Parameter(description = "must be false", required = true, example = "false") @RequestParam Boolean active) {
        if (active) {
            throw new InvalidValueException("active", "only active=false is supported: active users are deleted one by one");
        }
        BulkDeletion deletion = deleteInactiveUsers.deleteInactive();
        return new BulkDeletionResponse(deletion.deleted(), deletion.skipped());
    }
}
