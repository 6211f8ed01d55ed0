package dev.careshop.bootstrap.security;

import dev.careshop.application.identity.actor.port.in.ConfirmActorUseCase;
import dev.careshop.application.identity.actor.port.out.CurrentActorPort;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import java.util.Collections;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stateless bearer-token API: every request stands on its own access token (no session, no cookie, hence no CSRF
 * token either), {@link EndpointAccessRules} decides which roles reach which endpoint, and refusals are problem details.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, SecurityProblems problems, ConfirmActorUseCase confirmActor,
                                    @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) throws Exception {
        NoSuchEndpoint noSuchEndpoint = new NoSuchEndpoint(mappings);
        return http
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(rules -> EndpointAccessRules.apply(rules, noSuchEndpoint))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(bearerTokenExceptOnTheLogin())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new ConfirmedActorConverter(confirmActor)))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .build();
    }

    /**
     * The bearer token of a request, from its one Authorization header. The login is how a client replaces an expired
     * token, so it never looks at the token it may still send: a client that attaches its last token to every request
     * would otherwise be refused (401) at the one place that helps it. Two Authorization headers are refused rather
     * than one of them chosen: which one a proxy or a server would take is anybody's guess.
     */
    private static BearerTokenResolver bearerTokenExceptOnTheLogin() {
        BearerTokenResolver fromHeader = new DefaultBearerTokenResolver();
        RequestMatcher login = PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/auth/token");
        return request -> {
            if (login.matches(request)) {
                return null;
            }
            if (Collections.list(request.getHeaders(HttpHeaders.AUTHORIZATION)).size() > 1) {
                throw new InvalidBearerTokenException("A request carries one Authorization header");
            }
            return fromHeader.resolve(request);
        };
    }

    @Bean
    SecurityProblems securityProblems(JsonMapper jsonMapper) {
        return new SecurityProblems(jsonMapper);
    }

    @Bean
    CurrentActorPort currentActor() {
        return new SecurityContextCurrentActor();
    }
}
