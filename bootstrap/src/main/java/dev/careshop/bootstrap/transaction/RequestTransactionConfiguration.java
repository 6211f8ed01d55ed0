package dev.careshop.bootstrap.transaction;

import dev.careshop.application.shared.UseCase;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.transaction.PlatformTransactionManager;

/** Wires {@link RequestTransaction}: the advice around every use case and the filter around the security filters. */
@Configuration(proxyBeanMethods = false)
public class RequestTransactionConfiguration {

    @Bean
    RequestTransaction requestTransaction(PlatformTransactionManager transactions) {
        return new RequestTransaction(transactions);
    }

    /**
     * Ordered before (outside) the use-case transaction advisor, whose order is the lowest precedence: the use case's
     * own interceptor then finds the request's transaction and joins it. The transaction is looked up lazily, like the
     * use-case interceptor's, so no infrastructure bean pulls the persistence layer in early.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static DefaultPointcutAdvisor requestTransactionAdvisor(ObjectProvider<RequestTransaction> requestTransaction) {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(new AnnotationMatchingPointcut(UseCase.class, true),
                new RequestTransactionInterceptor(requestTransaction));
        advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return advisor;
    }

    @Bean
    FilterRegistrationBean<RequestTransactionFilter> requestTransactionFilter(RequestTransaction requestTransaction) {
        FilterRegistrationBean<RequestTransactionFilter> registration =
                new FilterRegistrationBean<>(new RequestTransactionFilter(requestTransaction));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
