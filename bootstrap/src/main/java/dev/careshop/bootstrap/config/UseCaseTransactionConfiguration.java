package dev.careshop.bootstrap.config;

import dev.careshop.application.shared.UseCase;
import java.lang.reflect.Method;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.interceptor.RollbackRuleAttribute;
import org.springframework.transaction.interceptor.RuleBasedTransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionInterceptor;

/**
 * Makes every public method of a {@link UseCase} class one transaction, read-only where the use case says so, rolled
 * back by any exception (domain exceptions are unchecked, but a use case must never commit half its work).
 * This is how the application module stays free of Spring: the annotation is its own, the advice lives here.
 */
@Configuration(proxyBeanMethods = false)
class UseCaseTransactionConfiguration {

    /**
     * Infrastructure beans with no dependencies: like Spring's own {@code @Transactional} support, the interceptor
     * finds the transaction manager lazily, so the connection pool and JPA are not created while post-processors are.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static TransactionInterceptor useCaseTransactionInterceptor() {
        TransactionInterceptor interceptor = new TransactionInterceptor();
        interceptor.setTransactionAttributeSource(new UseCaseTransactionAttributes());
        return interceptor;
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static DefaultPointcutAdvisor useCaseTransactionAdvisor(TransactionInterceptor useCaseTransactionInterceptor) {
        return new DefaultPointcutAdvisor(new AnnotationMatchingPointcut(UseCase.class, true), useCaseTransactionInterceptor);
    }

    /** Reads the transaction settings of a method from its class's {@link UseCase} annotation. */
    static final class UseCaseTransactionAttributes implements TransactionAttributeSource {

        @Override
        public TransactionAttribute getTransactionAttribute(Method method, Class<?> targetClass) {
            UseCase useCase = targetClass == null ? null : AnnotatedElementUtils.findMergedAnnotation(targetClass, UseCase.class);
            if (useCase == null) {
                return null;
            }
            RuleBasedTransactionAttribute attribute = new RuleBasedTransactionAttribute();
            attribute.setReadOnly(useCase.readOnly());
            attribute.getRollbackRules().add(new RollbackRuleAttribute(Exception.class));
            return attribute;
        }
    }
}
