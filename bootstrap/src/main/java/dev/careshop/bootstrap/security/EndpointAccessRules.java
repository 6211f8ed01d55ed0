package dev.careshop.bootstrap.security;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import dev.careshop.domain.shop.user.Role;
import jakarta.servlet.DispatcherType;
import java.util.Arrays;
import java.util.stream.Stream;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call which endpoint: every operation of the API is listed here with the roles that may call it, and
 * anything not listed is denied (see {@link NoSuchEndpoint} for the one nuance). These are the coarse rules; which user's records a signed-in user may read or
 * change is decided by the use cases (a customer asking for someone else's order gets 404 from the use case, not
 * from here). AuthorizationMatrixTest walks every mapped endpoint against this table.
 */
final class EndpointAccessRules {

    private static final String STAFF = Role.STAFF.name();
    private static final String ADMIN = Role.ADMIN.name();

    private EndpointAccessRules() {
    }

    /** GET, and HEAD with it: Spring MVC answers HEAD from the GET mapping, so whoever may read may ask for headers. */
    private static RequestMatcher[] reads(String... patterns) {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return Arrays.stream(patterns)
                .flatMap(pattern -> Stream.of(paths.matcher(GET, pattern), paths.matcher(HttpMethod.HEAD, pattern)))
                .toArray(RequestMatcher[]::new);
    }

    static void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules,
                      NoSuchEndpoint noSuchEndpoint, boolean separateManagementPort) {
        // Error dispatches render an answer already decided; they are not requests of their own.
        rules.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
        // OPTIONS only asks which methods a path allows (Spring MVC answers it from the mappings, never a controller).
        rules.requestMatchers(HttpMethod.OPTIONS, "/**").permitAll();

        // Anyone: logging in, signing up, the catalog, the documentation and the health probe.
        rules.requestMatchers(POST, "/api/auth/token", "/api/users").permitAll()
                .requestMatchers(reads("/api/products", "/api/products/{id}", "/api/categories", "/api/categories/{id}")).permitAll()
                .requestMatchers(reads("/docs", "/docs/**", "/swagger-ui/**", "/v3/api-docs", "/v3/api-docs/**")).permitAll()
                .requestMatchers(reads("/actuator/health", "/actuator/health/**")).permitAll();

        // The actuator's other endpoints (metrics): open on the management port, which only the monitoring network
        // reaches (README, "Operating CareShop"); only administrators, should someone put them on the API's port.
        if (separateManagementPort) {
            rules.requestMatchers(EndpointRequest.toAnyEndpoint()).permitAll();
        } else {
            rules.requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(ADMIN);
        }

        // Only administrators: access to the audit trail, and roles, activation and deletion of users.
        rules.requestMatchers(reads("/api/patients/{id}/access-log")).hasRole(ADMIN)
                .requestMatchers(PUT, "/api/users/{id}/role", "/api/users/{id}/active").hasRole(ADMIN)
                .requestMatchers(POST, "/api/users/status").hasRole(ADMIN)
                .requestMatchers(DELETE, "/api/users", "/api/users/{id}").hasRole(ADMIN);

        // Any signed-in user, for what is their own: the use cases refuse other users' records.
        rules.requestMatchers(reads("/api/users/me", "/api/users/{id}", "/api/users/{id}/orders",
                        "/api/users/{id}/posts", "/api/users/{id}/posts/{postId}")).authenticated()
                .requestMatchers(PUT, "/api/users/{id}", "/api/users/{id}/password").authenticated()
                .requestMatchers(POST, "/api/users/{id}/posts").authenticated()
                .requestMatchers(POST, "/api/orders", "/api/orders/{id}/payment", "/api/orders/{id}/cancel").authenticated()
                .requestMatchers(reads("/api/orders/{id}", "/api/orders/{id}/payment")).authenticated();

        // Staff (and administrators): the clinic, the catalog's management, every order's fulfilment, user lists and
        // the reports.
        rules.requestMatchers(reads("/api/patients", "/api/patients/{id}", "/api/patients/{id}/history",
                        "/api/doctors", "/api/doctors/{id}",
                        "/api/appointments", "/api/appointments/{id}", "/api/appointments/{id}/prescriptions/{prescriptionId}"))
                .hasAnyRole(STAFF, ADMIN)
                .requestMatchers(POST, "/api/patients", "/api/doctors", "/api/appointments",
                        "/api/appointments/{id}/status", "/api/appointments/{id}/prescriptions").hasAnyRole(STAFF, ADMIN)
                .requestMatchers(PUT, "/api/patients/{id}", "/api/doctors/{id}").hasAnyRole(STAFF, ADMIN)
                .requestMatchers(DELETE, "/api/patients/{id}", "/api/doctors/{id}", "/api/appointments/{id}",
                        "/api/appointments/{id}/prescriptions/{prescriptionId}").hasAnyRole(STAFF, ADMIN)
                .requestMatchers(POST, "/api/categories", "/api/products", "/api/products/{id}/stock").hasAnyRole(STAFF, ADMIN)
                .requestMatchers(PUT, "/api/categories/{id}", "/api/products/{id}").hasAnyRole(STAFF, ADMIN)
                .requestMatchers(DELETE, "/api/categories/{id}", "/api/products/{id}").hasAnyRole(STAFF, ADMIN)
                .requestMatchers(reads("/api/users", "/api/orders")).hasAnyRole(STAFF, ADMIN)
                .requestMatchers(POST, "/api/orders/{id}/ship", "/api/orders/{id}/deliver").hasAnyRole(STAFF, ADMIN)
                .requestMatchers(reads("/api/reports/users", "/api/reports/products/{id}/sales", "/api/reports/categories"))
                .hasAnyRole(STAFF, ADMIN);

        // Deny by default: an endpoint nobody listed above is closed until someone decides who may call it.
        rules.anyRequest().access(noSuchEndpoint);
    }
}
