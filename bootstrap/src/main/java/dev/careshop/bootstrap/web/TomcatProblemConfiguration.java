package dev.careshop.bootstrap.web;

import org.apache.catalina.Container;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat settings and the outermost filter that keep client mistakes and an absent database inside the problem+json
 * contract. Tomcat is a runtime concern, so they
 * live here and not in the web adapter.
 */
@Configuration(proxyBeanMethods = false)
public class TomcatProblemConfiguration {

    @Bean
    ProblemTomcatCustomizer problemTomcatCustomizer() {
        return new ProblemTomcatCustomizer();
    }

    /**
     * Before every filter that may answer through Spring MVC's content negotiation (RequestParametersFilter, at
     * HIGHEST_PRECEDENCE + 10, and the security filters): a malformed Accept header is refused whoever sends it.
     */
    @Bean
    FilterRegistrationBean<MalformedAcceptFilter> malformedAcceptFilter(JsonMapper jsonMapper) {
        FilterRegistrationBean<MalformedAcceptFilter> registration =
                new FilterRegistrationBean<>(new MalformedAcceptFilter(new ProblemWriter(jsonMapper)));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    /** Before (outside) the request-transaction filter and the security filters, whose failures it answers. */
    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(JsonMapper jsonMapper) {
        FilterRegistrationBean<DatabaseUnavailableFilter> registration =
                new FilterRegistrationBean<>(new DatabaseUnavailableFilter(new ProblemWriter(jsonMapper)));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2);
        return registration;
    }

    /**
     * Runs after Spring Boot's own {@code TomcatWebServerFactoryCustomizer} (order 0), whose context customizer puts a
     * plain {@link ErrorReportValve} (no report, no server info) on the host when {@code server.error.include-stacktrace}
     * is {@code never}. Ours replaces that valve with {@link ProblemErrorReportValve}, and names its class as the
     * host's error-report valve so that the host, when it starts, does not add Tomcat's default one back.
     * <p>
     * It also tells the connector to parse no request body as parameters (Tomcat's default parses a form POST): the
     * API reads JSON only, so a form body, however it is encoded, is a 415 from Spring MVC and never a failure to
     * decode parameters nobody asked for.
     * <p>
     * And it lets TRACE through to the filters: Tomcat's own refusal of TRACE goes to Spring Boot's error page, whose
     * body is not a problem. Let through, TRACE meets Spring Security's firewall, which refuses it as our 405 problem
     * (SecurityProblems), and Spring MVC, were it ever reached, would not echo it either
     * ({@code spring.mvc.dispatch-trace-request}).
     */
    static class ProblemTomcatCustomizer implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addConnectorCustomizers(connector -> {
                connector.setParseBodyMethods("");
                connector.setAllowTrace(true);
            });
            factory.addContextCustomizers(context -> replaceErrorReportValve(context.getParent()));
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        private static void replaceErrorReportValve(Container host) {
            Pipeline pipeline = host.getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                    pipeline.removeValve(valve);
                }
            }
            if (host instanceof StandardHost standardHost) {
                standardHost.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
            pipeline.addValve(new ProblemErrorReportValve());
        }
    }
}
