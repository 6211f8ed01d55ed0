package dev.careshop.bootstrap.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The last rule: what no rule above names is denied, except that a signed-in user who asks for an endpoint that does
 * not exist (an unknown path, or a method the path does not support) is let through to Spring MVC, which answers 404
 * or 405 as it would without security, instead of a misleading "your role may not do this". Anonymous requests get
 * 401 either way, so they learn nothing about which endpoints exist.
 * <p>
 * This never lets a request reach a controller without a rule: it is let through only when the request mapping finds
 * no handler, and the dispatcher asks the same mapping the same question.
 */
final class NoSuchEndpoint implements AuthorizationManager<RequestAuthorizationContext> {

    private final RequestMappingHandlerMapping mappings;
    private final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

    NoSuchEndpoint(RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        boolean signedIn = trustResolver.isAuthenticated(authentication.get());
        return new AuthorizationDecision(signedIn && !mapped(context.getRequest()));
    }

    private boolean mapped(HttpServletRequest request) {
        try {
            return mappings.getHandler(request) != null;
        } catch (Exception noMatchForThisMethodOrMediaType) {
            // The mapping refuses the request itself (405, 415 ...): no controller method will run for it.
            return false;
        }
    }
}
