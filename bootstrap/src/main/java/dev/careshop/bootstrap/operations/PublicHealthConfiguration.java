package dev.careshop.bootstrap.operations;

import static org.springframework.web.servlet.function.RequestPredicates.GET;
import static org.springframework.web.servlet.function.RouterFunctions.route;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.ApiVersion;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.health.actuate.endpoint.HealthDescriptor;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointWebExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Health on the API's own port too. The actuator answers on the management port (metrics are for the monitoring
 * network only), but load balancers, container health checks and clients probe the port they call, at the paths
 * the SPEC names: {@code /actuator/health}, {@code /actuator/health/readiness} and {@code /actuator/health/liveness}
 * answer here exactly as on the management port (same components, no details), by asking the same health endpoint.
 * Spring Boot's own {@code additional-path} cannot express these paths: it takes one path segment per group.
 */
@Configuration(proxyBeanMethods = false)
class PublicHealthConfiguration {

    private static final String PREFIX = "/actuator/health";

    @Bean
    RouterFunction<ServerResponse> publicHealth(ObjectProvider<HealthEndpointWebExtension> health) {
        return route(GET(PREFIX).or(GET(PREFIX + "/{group}")), request -> answer(health.getObject(), request));
    }

    private static ServerResponse answer(HealthEndpointWebExtension health, ServerRequest request) {
        String[] path = request.path().equals(PREFIX) ? new String[0] : new String[] {request.pathVariable("group")};
        WebEndpointResponse<HealthDescriptor> response =
                health.health(ApiVersion.LATEST, WebServerNamespace.MANAGEMENT, SecurityContext.NONE, false, path);
        if (response.getBody() == null) {
            // No such group: answered as a 404 problem by the API's exception advice, like any unknown path.
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return ServerResponse.status(response.getStatus()).contentType(MediaType.APPLICATION_JSON).body(response.getBody());
    }
}
