package dev.careshop.bootstrap.security;

import dev.careshop.application.identity.actor.port.in.ConfirmActorUseCase;
import dev.careshop.application.identity.actor.port.out.CurrentActorPort;
import dev.careshop.bootstrap.transaction.RequestTransaction;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
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
                                    RequestTransaction requestTransaction,
                                    @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings,
                                    Environment environment) throws Exception {
        NoSuchEndpoint noSuchEndpoint = new NoSuchEndpoint(mappings);
        boolean separateManagementPort = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT;
        return http
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(rules -> EndpointAccessRules.apply(rules, noSuchEndpoint, separateManagementPort))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenResolver(new AuthorizationHeaderTokenResolver())
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new ConfirmedActorConverter(confirmActor, requestTransaction)))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .addFilterAfter(new ActorLogContextFilter(), BearerTokenAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .build();
    }

    /** Spring Security's default firewall, its character checks done by {@link PrintableText} instead of patterns. */
    @Bean
    HttpFirewall firewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(PrintableText.NAMES);
        firewall.setAllowedHeaderValues(PrintableText.VALUES);
        firewall.setAllowedParameterNames(PrintableText.NAMES);
        return firewall;
    }

    /**
     * No observations of Spring Security's own: each request is already observed once, as http.server.requests, with
     * its outcome (a 401 or 403 among them). Observing the filter chain too wraps each of its filters in an
     * observation of its own, and the authentication and the authorization in two more: in a profile of a patient read
     * these took about a tenth of the service's CPU, for timings no one reads.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
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
