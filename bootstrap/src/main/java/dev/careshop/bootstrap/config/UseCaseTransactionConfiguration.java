package dev.careshop.bootstrap.config;

import dev.careshop.application.shared.UseCase;
import java.lang.reflect.Method;
import java.util.Optional;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.TransactionManager;
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
        TransactionInterceptor interceptor = new UseCaseTransactionInterceptor();
        interceptor.setTransactionAttributeSource(new UseCaseTransactionAttributes());
        return interceptor;
    }

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static DefaultPointcutAdvisor useCaseTransactionAdvisor(TransactionInterceptor useCaseTransactionInterceptor) {
        return new DefaultPointcutAdvisor(new AnnotationMatchingPointcut(UseCase.class, true), useCaseTransactionInterceptor);
    }

    /**
     * The service has one transaction manager. Spring's lookup would still search each call's use-case class for a
     * {@code @Qualifier} naming another one (annotation scanning on every call, 3 % of a patient read's CPU); this
     * interceptor lets it find the default one only, once.
     */
    static final class UseCaseTransactionInterceptor extends TransactionInterceptor {

        @Override
        protected TransactionManager determineTransactionManager(TransactionAttribute attribute, Class<?> targetClass) {
            return super.determineTransactionManager(attribute, null);
        }
    }

    /** Reads the transaction settings of a method from its class's {@link UseCase} annotation, once per class. */
    static final class UseCaseTransactionAttributes implements TransactionAttributeSource {

        private final ClassValue<Optional<TransactionAttribute>> attributes = new ClassValue<>() {
            @Override
            protected Optional<TransactionAttribute> computeValue(Class<?> targetClass) {
                return Optional.ofNullable(AnnotatedElementUtils.findMergedAnnotation(targetClass, UseCase.class))
                        .map(UseCaseTransactionAttributes::attribute);
            }
        };

        @Override
        public TransactionAttribute getTransactionAttribute(Method method, Class<?> targetClass) {
            return targetClass == null ? null : attributes.get(targetClass).orElse(null);
        }

        private static TransactionAttribute attribute(UseCase useCase) {
            RuleBasedTransactionAttribute attribute = new RuleBasedTransactionAttribute();
            attribute.setReadOnly(useCase.readOnly());
            attribute.getRollbackRules().add(new RollbackRuleAttribute(Exception.class));
            return attribute;
        }
    }
}
