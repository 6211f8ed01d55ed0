package dev.careshop.adapter.web.identity.login;

import dev.careshop.adapter.web.shared.Problem;
import dev.careshop.adapter.web.shared.ProblemType;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** How logging in fails over HTTP: a refusal with its challenge, a throttle with its wait. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class LoginProblemsAdvice {

    @ExceptionHandler(LoginRefusedException.class)
    ResponseEntity<Object> loginRefused(LoginRefusedException e, HttpServletRequest request) {
        return ResponseEntity.status(ProblemType.INVALID_CREDENTIALS.status())
                .header(HttpHeaders.WWW_AUTHENTICATE, LoginRefusedException.CHALLENGE)
                .body(Problem.of(ProblemType.INVALID_CREDENTIALS, e.getMessage(), request.getRequestURI(), List.of()));
    }

    @ExceptionHandler(LoginThrottledException.class)
    ResponseEntity<Object> loginThrottled(LoginThrottledException e, HttpServletRequest request) {
        return ResponseEntity.status(ProblemType.TOO_MANY_LOGIN_ATTEMPTS.status())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(Problem.of(ProblemType.TOO_MANY_LOGIN_ATTEMPTS, e.getMessage(), request.getRequestURI(),
                        List.of()));
    }
}
