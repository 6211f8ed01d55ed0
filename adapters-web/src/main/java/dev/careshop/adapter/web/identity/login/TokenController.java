package dev.careshop.adapter.web.identity.login;

import static dev.careshop.adapter.web.shared.ProblemType.INVALID_CREDENTIALS;
import static dev.careshop.adapter.web.shared.ProblemType.TOO_MANY_LOGIN_ATTEMPTS;

import dev.careshop.adapter.web.shared.ProblemResponses;
import dev.careshop.application.identity.login.port.in.AccessToken;
import dev.careshop.application.identity.login.port.in.LogInCommand;
import dev.careshop.application.identity.login.port.in.LogInUseCase;
import dev.careshop.application.identity.login.port.in.LoginOutcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
@Tag(name = "Authentication", description = "Access tokens for the API. Anyone may log in; no token is needed for it.")
public class TokenController {

    private final LogInUseCase logIn;

    TokenController(LogInUseCase logIn) {
        this.logIn = logIn;
    }

    @PostMapping("/token")
    @SecurityRequirements
    @Operation(operationId = "logIn", summary = "Log in: exchange a username (or e-mail) and password for an access token",
            description = "Answers a signed JWT carrying the user's id and role, valid for expiresIn seconds. A wrong "
                    + "password, an unknown user and an inactive account get the same 401. After 5 failed attempts "
                    + "for one account within 15 minutes, attempts get 429 with Retry-After until the oldest of them "
                    + "is 15 minutes old.")
    @ProblemResponses({INVALID_CREDENTIALS, TOO_MANY_LOGIN_ATTEMPTS})
    ResponseEntity<TokenResponse> token(@Valid @RequestBody TokenRequest request) {
        LoginOutcome outcome = logIn.logIn(new LogInCommand(request.username(), request.password()));
        if (outcome instanceof LoginOutcome.Throttled throttled) {
            throw new LoginThrottledException(throttled.retryAfter());
        }
        if (outcome instanceof LoginOutcome.Authenticated authenticated) {
            return issued(authenticated.token());
        }
        throw new LoginRefusedException();
    }

    /** A token is a credential: no cache may keep the answer (RFC 6749 §5.1). */
    private static ResponseEntity<TokenResponse> issued(AccessToken token) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.PRAGMA, "no-cache")
                .body(TokenResponse.bearer(token.value(), token.expiresIn().toSeconds()));
    }
}
